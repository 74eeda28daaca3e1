"""A summit asked about by its announcement ("the SG also announced the next summit at the time of rome: which city?"):
the summit, then the announcement; when the announcement was made is asked of the announcement."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("question", [
    "At time of Rome conference, Secretary General also announced next summit. Which city and which dates, please?",
    "Which summit was announced during the Rome conference?",
    "What summit did Stoltenberg announce in November 2022?",
])
def test_the_summit_announced_answers(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and [i.id for i in reply.items][:2] == ["vilnius-summit-2023", "vilnius-dates-announcement-2022"], reply.title
    assert "July 2023" in render_text(reply)


@pytest.mark.parametrize("question", [
    "When was the Vilnius summit announced?",
    "On what date was the next summit announced?",
    "stoltenberg announced the vilnius summit dates in 2023 in brussels?",
])
def test_when_it_was_announced_is_the_announcements(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "vilnius-dates-announcement-2022" and "2022" in reply.title, reply.title


@pytest.mark.parametrize("follow_up", [
    "And on what day did he actually make that announcement?",
    "when was the announcement made?",
    "which day did stoltenberg give that announcement",
    "And on what day did he make that announcement? The article rather leaves it hanging.",
])
def test_the_day_of_that_announcement_after_the_summit(bot, follow_up):
    user = f"announcement-{follow_up}"
    bot.handle(Request("Which summit did Stoltenberg announce in November 2022?", user=user))
    reply = bot.handle(Request(follow_up, user=user))
    assert reply.items and reply.items[0].id == "vilnius-dates-announcement-2022" and "9 November 2022" in reply.title, reply.title
