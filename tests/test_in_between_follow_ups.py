"""After two entries were compared, "the one in between" is the edition between those two ("compare berlin 2023 and
tirana 2025" then "and what was the one in between?": London 2024), never a search for the words "in between"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("compared", "typed", "between"), [
    ("compare the berlin and tirana conferences", "ok which one was in between?", "london-cyber-defence-conference-2024"),
    ("compare paris 2018 with tallinn 2021", "and which came between them", "london-pledge-conference-2019"),
    ("berlin 2023 vs tirana 2025", "what happened between those two?", "london-cyber-defence-conference-2024"),
])
def test_the_one_between_two_compared_entries(bot, compared, typed, between):
    bot.handle(Request(compared, user=typed))
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [between], reply.title


def test_in_between_with_nothing_compared_before_is_no_follow_up(bot):
    bot.handle(Request("who spoke in rome?", user="u"))
    assert "london-cyber-defence-conference-2024" not in [i.id for i in bot.handle(Request("what was in between?", user="u")).items]
