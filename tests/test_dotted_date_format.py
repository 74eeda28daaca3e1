"""A date format with dots after a follow-up ("when exactly? dd.mm.yyyy"): a wish for the shape of the answer, as
"dd/mm/yyyy" is, never a question of its own ("Ask me something", the Vilnius dates announcement)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("follow", ["when? dd.mm.yyyy", "exact date? dd.mm.yyyy", "when exactly? dd.mm.yy", "the dates? dd.mm.yyyy pls"])
def test_a_dotted_format_after_a_follow_up(bot, follow):
    user = f"u-{follow}"
    bot.handle(Request("when was the london conference in 2024?", user=user))
    reply = bot.handle(Request(follow, user=user))
    assert reply.items and reply.items[0].id == "london-cyber-defence-conference-2024", reply.title
