"""Whether a gathering ran on one day only, asked with its days ("only 09/11 or also 10/11?", "just the 9th or also the
10th?") after its dates, or of a gathering named: how many days it ran, from its recorded dates."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("first", "then", "meant", "said"), [
    ("when was the berlin conference?", "only 09/11 or also 10/11?", "berlin-cyber-defence-conference-2023", "single day"),
    ("when was tirana?", "just the 9th or also the 10th?", "tirana-cyber-defence-conference-2025", "lasted 2 days"),
    ("when was the rome conference?", "ok only 9 november?", "rome-pledge-conference-2022", "lasted 2 days"),
    ("when was the hague pledge conference?", "and only 16/05 or also 17/05?", "hague-pledge-conference-2024", "lasted 2 days"),
])
def test_only_that_day_after_its_dates(bot, first, then, meant, said):
    user = f"{first}|{then}"
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(then, user=user))
    assert reply.items[0].id == meant and said in reply.title, reply.title


@pytest.mark.parametrize(("typed", "meant"), [
    ("was the berlin conference only on 9 november?", "berlin-cyber-defence-conference-2023"),
    ("was the hague conference only on 16 may or also on the 17th?", "hague-pledge-conference-2024"),
])
def test_only_that_day_of_a_gathering_named(bot, typed, meant):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == meant and ("lasted" in reply.title or "single day" in reply.title), reply.title


def test_a_day_alone_is_not_a_length(bot):
    reply = bot.handle(Request("only 9 november?", user="alone"))
    assert "how long" not in reply.title.lower(), reply.title
