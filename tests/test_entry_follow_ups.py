"""Follow-ups about the pledge, initiative or event the conversation is about. A bare ask for the date ("exact date?",
"the precise dates pls", "which days exactly?") is when that entry was, not a search for "exact". "so it was vilnius
summit decision?" or "was it decided at vilnius?" asks whether *that entry* came from the gathering named: checked
against where it was agreed, never a bare "yes, vilnius was held" (follow_ups, decision_nouns.as_agreed).
Asked of the real bot, in conversations."""

import pytest

from adapters.text_render import render_text
from bot.answering.decision_nouns import as_agreed
from bot.request import Request
from tests.answers.scoring import is_miss


def _asked_after(bot, earlier: str, question: str):
    user = f"{earlier}>{question}"
    bot.handle(Request(earlier, user=user))
    return bot.handle(Request(question, user=user))

@pytest.mark.parametrize(("earlier", "question", "first", "word"), [
    ("what is the cyber defence pledge?", "exact date?", "cyber-defence-pledge-2016", "8 July 2016"),
    ("what does the cyber defence pledge commit allies to?", "the exact date pls", "cyber-defence-pledge-2016", "8 July 2016"),
    ("who spoke at the rome conference?", "exact dates?", "rome-pledge-conference-2022", "9–10 November 2022"),
    ("what is the nato integrated cyber defence centre?", "precise date?", "nato-integrated-cyber-defence-centre", "10 July 2024"),
    ("who hosted the tirana conference", "and the correct date?", "tirana-cyber-defence-conference-2025", "9–10 October 2025"),
    ("where was the hague pledge conference?", "which days exactly?", "hague-pledge-conference-2024", "May 2024"),
])
def test_a_bare_date_ask_is_when_the_last_entry_was(bot, earlier, question, first, word):
    reply = _asked_after(bot, earlier, question)
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("earlier", "question", "first", "word"), [
    ("NATO Integrated Cyber Defence Centre - when created?", "so it was Vilnius summit decision?", "nicc-2024", "Washington"),
    ("what is the nicc?", "was it decided at vilnius?", "nicc-2024", "Washington"),
    ("what is the nicc?", "so it was agreed at the vilnius summit?", "nicc-2024", "Washington"),
    ("what is the cyber defence pledge?", "so it was a wales summit decision?", "cyber-defence-pledge-2016", "Warsaw"),
    ("what is the cyber defence pledge?", "was it agreed in warsaw?", "cyber-defence-pledge-2016", "Yes"),
])
def test_decided_at_after_an_entry_checks_that_entry(bot, earlier, question, first, word):
    reply = _asked_after(bot, earlier, question)
    assert reply.items[0].id == first and word in render_text(reply) and not reply.title.startswith("Yes: NATO"), (question, reply.title)


@pytest.mark.parametrize(("text", "read"), [
    ("so it was vilnius summit decision", "so it was agreed at vilnius"),
    ("was the nicc a vilnius decision", "was the nicc agreed at vilnius"),
])
def test_a_decision_called_after_its_summit_reads_as_agreed_there(text, read):
    assert as_agreed(text) == read
