"""How long ago someone spoke at a gathering, asked of a person who did not speak there ("how long ago did jake sullivan
speak at the rome conference"): the person is checked first, never the gathering's age as if they had spoken there."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "named"), [
    ("how long ago did rishi sunak open the london cyber conference", "Rishi Sunak"),
    ("how many years ago did grant shapps speak at the hague pledge conference", "Grant Shapps"),
    ("how long ago did jake sullivan give his keynote at the rome conference", "jake sullivan"),
])
def test_nobody_of_that_name_is_said_first(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith(f"There is nobody called “{named}”"), reply.title


def test_a_known_person_who_spoke_elsewhere_is_put_right(bot):
    reply = bot.handle(Request("how many years ago did pat mcfadden speak at the rome conference", user="u"))
    assert reply.title.startswith("Pat McFadden is not among the speakers") and "London" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["how long ago did stoltenberg speak at the rome conference", "how long ago did rutte speak at tirana"])
def test_a_speaker_there_gets_the_years(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "years ago" in reply.title or "year ago" in reply.title, reply.title
