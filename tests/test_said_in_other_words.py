"""Words asked of a speaker that their own line says in its words ("did Rutte say allies spend more on cyber?" of his
"NATO Allies are also stepping up their investment in cyber defence"): their line, told as close, never "Stoltenberg said
it, not Rutte" because another line shares more of the words as typed (topics/checks.answer_verify)."""

import pytest

from bot.request import Request

INVESTMENT = "rutte-tirana-2025-stepping-up-investment"


@pytest.mark.parametrize("typed", [
    "did Rutte say the allies invest more in cyber defence?",
    "did Rutte say allies are putting more money into cyber?",
    "is it true Rutte said allies increase cyber spending?",
    "did Mark Rutte really say allies spend more on cyber defence? exact words please",
])
def test_their_line_in_other_words_is_theirs(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == INVESTMENT and "not Mark Rutte" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "said"), [
    ("did Rutte say allies must recommit with more money and more expertise?", "Jens Stoltenberg said it, not Mark Rutte"),
    ("did Stoltenberg say nato will bomb china?", "I have no quote by Jens Stoltenberg"),
])
def test_a_line_they_never_said_is_still_not_theirs(bot, typed, said):
    assert bot.handle(Request(typed, user=typed)).title.startswith(said)


@pytest.mark.parametrize("typed", [
    "what did rutte say at the nato cyber defence conference 2024",  # London 2024: he did not speak there
    "what did ollongren say at the nato cyber defence conference in 2023",
])
def test_where_asked_is_no_words_another_said(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "Jens Stoltenberg said it": his Berlin welcome names the conference
    assert reply.kind == "not_found" and reply.title.startswith("There is no quote by"), reply.title


@pytest.mark.parametrize(("typed", "missed"), [
    ("was stoltenberg at the munich conference", "I have no conference in Munich."),  # not the Rome conference
    ("was rutte at the oslo summit", "I have no summit in Oslo."),  # not the Wales summit
])
def test_a_gathering_at_a_place_the_knowledge_lacks_is_said_so_first(bot, typed, missed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title == missed, reply.title
