"""After a quote, "was he there in <its city or country>" asks whether its speaker was at the gathering where it was said
(place_as_there.as_there)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("first_asked", "then", "first", "says"), [
    ("who said no one stands alone in nato", "was he actually there in albania", "tirana-cyber-defence-conference-2025", "video"),
    ("who said no one stands alone in nato", "was he really in tirana", "tirana-cyber-defence-conference-2025", "video"),
    ("who said no one stands alone in nato", "did he go to albania", "tirana-cyber-defence-conference-2025", "video"),
    ("who said the line between peace crisis and conflict is blurred", "was he there in italy", "rome-pledge-conference-2022", "in person"),
    ("who spoke in tirana", "and was he actually in tirana", "tirana-cyber-defence-conference-2025", "video"),
])
def test_there_after_a_quote(bot, first_asked, then, first, says):
    bot.handle(Request(first_asked, user=then))
    reply = bot.handle(Request(then, user=then))
    assert reply.items[0].id == first and says in reply.title, reply.title
