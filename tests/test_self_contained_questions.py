"""A question that carries its own subject is not a follow-up of the last answer: quoted words ("is the quote
'stepping up their investment' real?"), "there's" (there is), and "there" after a place the question names, however
misspelt ("the conference in tiana and who spoke there"). Asked after an unrelated answer in the same conversation."""

import pytest

from bot.answering.follow_ups import follow_up
from bot.reply import ItemRef


@pytest.mark.parametrize("typed", [
    "is the quote 'stepping up their investment' real?",
    "is the quote 'they attack us and giving saceur' real?",
    "who said there's nothing wrong with that?",
    "when was the conference in Tiana and who spoke there?",
    "when was the conference in Lonon and who spoke there?",
])
def test_a_question_with_its_own_subject_is_no_follow_up(bot, typed):
    event = ItemRef("event", "vilnius-dates-announcement-2022")
    assert follow_up(bot.engine.lookup, typed, event, bot.clock().date()) is None


@pytest.mark.parametrize(("typed", "read"), [
    ("who spoke there?", "who spoke at NATO Vilnius Summit 2023"),
    ("did he speak there in person?", None),  # nobody named before: nobody to point to
])
def test_there_alone_still_points_back(bot, typed, read):
    summit = ItemRef("event", "vilnius-summit-2023")
    assert follow_up(bot.engine.lookup, typed, summit, bot.clock().date()) == read


def test_the_same_question_asked_after_another_answer_is_answered_as_asked(bot):
    from bot.request import Request

    bot.handle(Request("when was the vilnius summit?", user="u-self"))
    reply = bot.handle(Request("is the quote 'stepping up their investment' real?", user="u-self"))
    assert reply.items[0].id == "rutte-tirana-2025-stepping-up-investment", reply.title
