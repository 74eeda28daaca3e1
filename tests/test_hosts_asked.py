"""Hosts asked as a reporter asks: the only host "or was somebody else involved too", why a country co-hosted,
what a country "has got to do with" a gathering."""

import pytest

from bot.answering.sole_host import sole_host
from bot.request import Request


@pytest.mark.parametrize(
    ("asked", "plain"),
    [
        ("was italy the only host country for the rome one or was somebody else involved too", "was the rome one hosted by italy alone"),
        ("did germany host the berlin conference alone or did someone else help", "was the berlin conference hosted by germany alone"),
        ("why did romania co host the hague conference", "was the hague conference hosted by romania"),
        ("why was romania co hosting the conference in the hague", "was the conference in the hague hosted by romania"),
        ("why did rutte host it", "why did rutte host it"),  # not a host country: as asked
    ],
)
def test_hosts_asked_plainly(asked, plain):
    assert sole_host(asked) == plain


@pytest.mark.parametrize(
    ("question", "first", "says"),
    [
        ("was Italy the only host country for the Rome one or was somebody else involved too", "rome-pledge-conference-2022", "United States"),
        ("was the netherlands the sole host of the hague conference or was someone else involved", "hague-pledge-conference-2024", "Romania"),
        ("why did romania co-host the hague conference", "hague-pledge-conference-2024", "Romania"),
        ("why were the americans co-hosts of the rome conference", "rome-pledge-conference-2022", "United States"),
        ("why did germany co-host the hague conference", "hague-pledge-conference-2024", "No:"),
        ("what's Romania got to do with the conference in Holland?", "hague-pledge-conference-2024", "Romania"),
        ("whats geoana got to do with the hague conference", "hague-pledge-conference-2024", "Geoan"),
    ],
)
def test_hosts_of_a_gathering(bot_9_november, question, first, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert says in str(reply), reply.title
