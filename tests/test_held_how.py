"""How a gathering was held, asked as a choice ("in person or online?", "video or in person"): the way it was held, led
by "In person:" or "Online:", never a "Yes" to one half of the choice; who of its speakers spoke by video, said."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "event", "lead"), [
    ("was the hague pledge conference in person or online?", "hague-pledge-conference-2024", "In person: "),
    ("london 2019 pledge conference - virtual or in person", "london-pledge-conference-2019", "In person: "),
    ("tallinn pledge conf 2021 in person or online", "tallinn-pledge-conference-2021", "Online: "),
    ("was the 2021 pledge conference face to face or virtual", "tallinn-pledge-conference-2021", "Online: "),
])
def test_the_way_a_gathering_was_held(bot, typed, event, lead):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == event and reply.title.startswith(lead), reply.title


@pytest.mark.parametrize("typed", ["tirana 2025 conference: on site or by video?", "did the tirana conference happen in person or via video"])
def test_a_speaker_by_video_is_said(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("In person: ") and "Mark Rutte spoke by video" in reply.title, reply.title


def test_asked_as_a_follow_up(bot):
    bot.handle(Request("berlin cyber defence conference 2023", user="berlin-how"))
    reply = bot.handle(Request("virtual or in person?", user="berlin-how"))
    assert reply.items[0].id == "berlin-cyber-defence-conference-2023" and reply.title.startswith("In person: "), reply.title


def test_a_year_it_was_not_held_is_an_honest_miss(bot):
    reply = bot.handle(Request("was the berlin conference 2022 in person or online", user="berlin-2022"))
    assert reply.title.startswith("I have no conference in Berlin in 2022"), reply.title
