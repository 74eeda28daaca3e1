""""What were the dates (the city, the hosts) of <a gathering described by what happened there>": the fact asked of that
gathering, never the decision or the person the description names ("... of the Warsaw Summit at which the Cyber
Defence Pledge was agreed" was the pledge's card)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("what were the dates of the summit at which the pledge was agreed?", "warsaw-summit-2016", "8–9 July 2016"),
    ("what were the dates of the conference at which odobescu spoke?", "hague-pledge-conference-2024", "16–17 May 2024"),
    ("what was the date of the conference at which rutte said no one stands alone?", "tirana-cyber-defence-conference-2025", "October 2025"),
    ("what were the hosts of the conference where geoana spoke in 2021?", "tallinn-pledge-conference-2021", "Estonia"),
])
def test_the_fact_of_the_gathering_described(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and said in reply.title, (reply.title, [i.id for i in reply.items][:3])
