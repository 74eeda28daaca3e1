"""After a line, a question of the gathering it was said at ("who hosted that?", "who organised it"), and after a
gathering, where in its own city it met ("where in london?"): asked of that gathering, not searched as words."""

import pytest

from bot.request import Request


def _after(bot, earlier, typed):
    user = f"{earlier}|{typed}"
    bot.handle(Request(earlier, user=user))
    return bot.handle(Request(typed, user=user))


@pytest.mark.parametrize("typed", ["who hosted that?", "who organised it", "and who hosted it", "who was it hosted by"])
def test_the_hosts_of_the_gathering_a_line_was_said_at(bot, typed):
    reply = _after(bot, "who said nothing immoral in defending our nations", typed)
    assert reply.items[0].id == "berlin-cyber-defence-conference-2023" and "Germany" in reply.title, reply.title


@pytest.mark.parametrize(("earlier", "typed", "venue"), [
    ("when was the 2024 nato cyber defence conference", "where in london?", "Lancaster House"),
    ("when was the 2022 pledge conference", "whereabouts in rome exactly", "Farnesina"),
])
def test_where_within_its_own_city(bot, earlier, typed, venue):
    reply = _after(bot, earlier, typed)  # not "2 events fit 'in london'"
    assert reply.kind == "answer" and venue in reply.title, reply.title
