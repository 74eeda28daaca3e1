"""An attack's technical detail asked in an analyst's words ("any IOCs", "which CVE", "TTPs"): the honest miss names what
was asked, as an analyst writes it, and the attack, never the attack's card as the answer."""

import pytest

from bot.request import Request

_MISS = "The knowledge does not record {} or other technical details (an exploit, malware, traffic volume) of DDoS attack on NATO public websites"


@pytest.mark.parametrize(("typed", "asked"), [
    ("iocs for the ddos on nato in march 2014?", "IOCs"),
    ("which cve was used in the ddos on nato.int", "CVEs"),
    ("ttps behind the 2014 nato websites attack", "TTPs"),
    ("how many gbps did the 2014 ddos on nato peak at", "traffic volume"),
    ("attack vectors of the nato website ddos", "attack vectors"),
])
def test_the_miss_names_the_detail_asked(bot, typed, asked):
    assert bot.handle(Request(typed, user=typed)).title == _MISS.format(asked)


def test_several_details_are_named_once_each(bot):
    reply = bot.handle(Request("which CVE got exploited, and which exploit, in the nato.int ddos", user="u"))
    assert reply.kind == "not_found" and reply.title.startswith("The knowledge does not record CVEs, exploits or other"), reply.title
