"""Whether NATO goes on the offensive in cyberspace (bot.answering.stance_asks), and what someone wrote in a year
(bot.answering.topics.writing_says): the stance the knowledge records, the writing itself."""

import pytest

from bot.answering.stance_asks import as_stance
from bot.request import Request

STANCE = "is nato offensive or defensive in cyberspace"


@pytest.mark.parametrize(("typed", "read"), [
    ("does nato go offensive in cyber", STANCE),
    ("does nato conduct offensive cyber operations", STANCE),
    ("can nato hack back", STANCE),
    ("is nato allowed to launch cyber attacks", STANCE),
    ("will the alliance ever go on the offensive in cyberspace", STANCE),
    ("did russia go offensive in cyber", "did russia go offensive in cyber"),  # not the alliance
    ("what is nato offensive cyber doctrine", "what is nato offensive cyber doctrine"),  # no yes-or-no asked
    # the alliance hacking or attacking others, or striking back, in a young asker's words
    ("is nato going to hack other countries back", STANCE),
    ("does nato attack other countries", STANCE),
    ("can nato cyber attack russia", STANCE),
    ("will the allies hit the hackers back", STANCE),
    ("did nato get attacked by hackers", "did nato get attacked by hackers"),  # the alliance attacked: not its stance
    ("did russia hack other countries", "did russia hack other countries"),  # not the alliance
])
def test_offensive_asked_as_the_stance(typed, read):
    assert as_stance(typed) == read


@pytest.mark.parametrize("question", [
    "does nato go offensive in cyber?",
    "can nato hack back?",
    "does nato do offensive cyber ops",
    "does nato go offensive in cyber? what did stoltenberg write in 2016",
])
def test_the_stance_answered(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "defensive-principles-2016"


@pytest.mark.parametrize(("question", "first"), [
    ("what did stoltenberg write in 2016", "stoltenberg-oped-2016"),
    ("what did stoltenberg write in his 2016 op-ed", "stoltenberg-oped-2016"),
    ("what did stoltenberg publish in 2016?", "stoltenberg-oped-2016"),
])
def test_what_someone_wrote_in_a_year_is_the_writing(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and "no spoken quote" in reply.title


def test_a_year_with_no_writing_is_no_writing(bot):
    reply = bot.handle(Request("what did stoltenberg write in 2019", user="w"))
    assert reply.items[0].id != "stoltenberg-oped-2016"

