"""A request for a date or place that names no subject, after a clause that does: the clause's subject is asked."""


import pytest

from adapters.text_render import render_text
from bot.answering.bare_aspects import detail_as_it
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(
    ("clause", "read"),
    [
        ("could you kindly tell me exact dates", "when was it"),
        ("what were the dates", "when was it"),
        ("tell me exact date please", "when was it"),
        ("please give me the venue", "what was the venue of it"),
        ("could you tell me the city", "where was it"),
        # a clause naming its subject, or asking something else, stays as typed
        ("exact dates of the hague conference", "exact dates of the hague conference"),
        ("who spoke", "who spoke"),
        ("date", "date"),
        ("city", "city"),
        ("", ""),
    ],
)
def test_detail_as_it(clause, read):
    assert detail_as_it(clause) == read


@pytest.mark.parametrize(
    ("asked", "entry", "word"),
    [
        ("Article about The Hague pledge conference has no date. Could you tell me exact dates?", "hague-pledge-conference-2024", "May"),
        ("The Hague conference article gives no date. What were the dates?", "hague-pledge-conference-2024", "May"),
        ("I am writing about the Rome conference. What were the exact dates?", "rome-pledge-conference-2022", "November"),
        ("First annual cyber defence conference. Exact date please?", "berlin-cyber-defence-conference-2023", "November"),
        ("Rome article does not give the venue. Please tell me the venue.", "rome-pledge-conference-2022", "Farnesina"),
    ],
)
def test_detail_after_a_lead_is_the_leads(bot, asked, entry, word):
    reply = bot.handle(Request(asked, user=asked))
    assert [i.id for i in reply.items][:1] == [entry]
    assert word in render_text(reply)


@pytest.mark.parametrize("asked", [
    "Lithuania hosted a pledge conference in Vilnius in 2023, right? what were the dates",
    "oslo hosted the 2023 pledge conference, correct? exact dates please",
    "the pledge conference of 2020 was in tallinn, true? the venue please",
])
def test_a_detail_after_a_claim_asks_the_claim_first(bot, asked):
    """The claim's lead is no gathering to ask "it" of ("when was lithuania"): the claim is checked, and none holds."""
    reply = bot.handle(Request(asked, user=asked))
    assert is_miss(reply) or reply.title.startswith("No: "), reply.title
