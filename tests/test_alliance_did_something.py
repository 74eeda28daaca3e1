"""A clause saying NATO or the Allies did something for cyber, then "what was it?": what they decided then and there,
never "something big" looked up as a thing, a quote holding "did something", or the bot's own card (done_something)."""

import pytest

from bot.answering.done_something import done_asked


@pytest.mark.parametrize(("typed", "read"), [
    ("NATO did something important for cyber in Wales, what was it?", "what did NATO do for cyber in Wales"),
    ("8 years ago the allies agreed something on cyber, what exactly?", "what did the allies do on cyber 8 years ago"),
    ("NATO met in Washington and decided something on cyber defence - what?", "what did NATO do on cyber defence in Washington"),
    ("in 2023 in Vilnius the alliance adopted something new for cyber. what was that?", "what did the alliance do for cyber in 2023 in Vilnius"),
])
def test_something_done_then_what_is_asked_as_what_was_done(typed, read):
    assert done_asked(typed) == read


@pytest.mark.parametrize("typed", [
    "Rutte said something about cyber, what was it?", "NATO did something for cyber, thanks", "what did nato do for cyber in wales?",
])
def test_other_messages_are_left_as_typed(typed):
    assert done_asked(typed) == typed


@pytest.mark.parametrize(("typed", "decision"), [
    ("NATO did something important for cyber in Wales, what was it?", "wales-2014-enhanced-cyber-defence-policy"),
    ("NATO met in Washington and decided something on cyber defence - what?", "nicc-2024"),
    ("in 2023 in Vilnius the alliance adopted something new for cyber. what was that?", "vilnius-2023-cyber-defence-concept"),
    ("NATO did something big for cyber in Warsaw, what was it?", "cyber-defence-pledge-2016"),
])
def test_what_was_done_is_the_decision(first_item, typed, decision):
    assert first_item(typed) == decision
