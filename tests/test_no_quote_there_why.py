"""Someone's words asked of a gathering whose recorded speakers do not include them ("what did stoltenberg say at the
london cyber defence conference", London 2024): the honest miss first, then why: the gathering with its place and date,
where they did speak, and who spoke there; never only "no quote" with a list of unrelated entries."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "speakers_there"), [
    ("what did stoltenberg say at the london cyber defence conference", "Pat McFadden"),
    ("what did stoltenberg say at london 2024", "Pat McFadden"),
    ("what did rutte say at the hague pledge conference", "Kajsa Ollongren"),
    ("what did geoana say in tirana", "Mark Rutte"),
])
def test_the_miss_says_why(bot, typed, speakers_there):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("There is no quote by"), reply.title
    assert "is not among the speakers recorded at" in reply.title and speakers_there in reply.title, reply.title


def test_a_speaker_without_a_quote_there_keeps_the_plain_miss(bot):
    reply = bot.handle(Request("what did mcfadden say in london", user="mcfadden"))
    assert reply.title == "There is no quote by Pat McFadden at NATO Cyber Defence Conference 2024 in the knowledge", reply.title
