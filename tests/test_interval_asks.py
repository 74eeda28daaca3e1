"""The time between two entries, asked as a scheduler writes it: sides first, the unit first, which day of each."""

import pytest

from bot.answering.topics.interval_sides import edge_of, with_place_shared
from bot.request import Request


@pytest.mark.parametrize(
    ("question", "ids", "count"),
    [
        # the sides first, then the unit
        ("wales summit -> warsaw summit, count the days for me", {"wales-summit-2014", "warsaw-summit-2016"}, "673 days"),
        ("Rome 2022 conf to Berlin 2023 conf: how many weeks?", {"rome-pledge-conference-2022", "berlin-cyber-defence-conference-2023"}, "52 weeks"),
        ("from the vilnius summit to the washington summit, how many months is that", {"vilnius-summit-2023", "washington-summit-2024"}, "11 months"),
        ("tallinn 2021 and the hague 2024 pledge conferences - how many days apart?", {"tallinn-pledge-conference-2021", "hague-pledge-conference-2024"}, "days"),
        # the unit first
        ("days between the wales summit and the warsaw summit?", {"wales-summit-2014", "warsaw-summit-2016"}, "673 days"),
        ("gap in weeks between the paris pledge conference and the london pledge conference", {"paris-pledge-conference-2018", "london-pledge-conference-2019"}, "53 weeks"),
        ("number of days from the pledge being adopted to the first pledge conference", {"cyber-defence-pledge-2016", "paris-pledge-conference-2018"}, "676 days"),
        # which day of each side
        ("how many days from the closing day of the warsaw summit to the op-ed?", {"warsaw-summit-2016", "stoltenberg-oped-2016"}, "days"),
        ("days between the end of the rome conference and the vilnius summit opening", {"rome-pledge-conference-2022", "vilnius-summit-2023"}, "243 days"),
        ("how many full months between the opening of the wales summit and the opening of the vilnius summit", {"wales-summit-2014", "vilnius-summit-2023"}, "106 months"),
        # a side naming only a kind takes the other's place
        ("how many days between the vilnius dates being announced and the summit itself opening?", {"vilnius-dates-announcement-2022", "vilnius-summit-2023"}, "244 days"),
    ],
)
def test_the_time_between_two_entries(bot_9_november, question, ids, count):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.kind == "answer", reply.title
    assert ids <= {i.id for i in reply.items}, reply.title
    assert count in reply.title


@pytest.mark.parametrize(
    ("side", "words", "edge"),
    [
        ("the last day of the hague pledge conference", "the hague pledge conference", "end"),
        ("the warsaw summit closing day", "the warsaw summit", "end"),
        ("day one of the berlin conference", "the berlin conference", "start"),
        ("the rome 2022 opening", "the rome 2022", "start"),
        ("the tirana conference", "the tirana conference", "start"),
    ],
)
def test_which_day_of_a_side_is_counted(side, words, edge):
    assert edge_of(side)[:2] == (words, edge)


def test_a_side_told_as_agreed_is_the_decision():
    assert edge_of("the day the nicc was agreed").decided


def test_a_side_naming_only_a_kind_takes_the_other_s_place():
    assert with_place_shared("the vilnius dates announced", "the summit") == ("the vilnius dates announced", "vilnius the summit")


def test_a_side_the_knowledge_lacks_is_not_answered_by_another(bot_9_november):
    reply = bot_9_november.handle(Request("madrid summit 2022 to the rome pledge conference, how many days?", user="interval-asks"))
    assert "Madrid" not in reply.title or reply.kind != "answer"
    assert not (reply.kind == "answer" and "days:" in reply.title)


@pytest.mark.parametrize(
    ("question", "first", "says"),
    [
        ("how many days were there between rutte being appointed and him actually starting as sg?", "mark-rutte", ["97 days", "26 June 2024", "1 October 2024"]),
        ("days between rutte taking over and the tirana conference?", "mark-rutte", ["373 days"]),
        ("how many weeks between stoltenberg leaving office as secretary general and the london 2024 conference", "jens-stoltenberg", ["7 weeks"]),
        ("how long between stoltenberg becoming secretary general and the wales summit", "wales-summit-2014", ["27 days"]),  # under a month: days
    ],
)
def test_a_person_s_moment_in_a_role_as_a_side(bot_9_november, question, first, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert all(word in reply.title for word in says), reply.title


def test_before_or_after_a_person_took_over(bot_9_november):
    reply = bot_9_november.handle(Request("was the nicc agreed before or after rutte took over?", user="moment-order"))
    assert reply.items[0].id == "nicc-2024"
    assert "was before" in reply.title


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("how long had rutte been in the sg job by the time of his tirana video? in days please", "373 days"),
        ("how many weeks had stoltenberg been secretary general by the time of the rome conference", "423 weeks"),
        ("how long had rutte been sg when the london 2024 conference took place?", "1 month"),
    ],
)
def test_time_in_a_role_by_a_moment(bot_9_november, question, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.kind == "answer", reply.title
    assert says in reply.title
