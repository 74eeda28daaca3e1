"""A fact typed as a template with one blank where a name, a place or a year goes ("___ hosted the 2024 pledge
conference", "the pledge was agreed at ___", "the NICC was agreed in ___ (year)"): the question the blank asks, never a
search for a quote holding the template's words. A blank inside a line someone said stays a quote's gap."""

import pytest

from bot.answering.gap_fills import as_gap_fill
from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "shown"), [
    ("___ co-hosted the rome pledge conference", "rome-pledge-conference-2022", "Italy"),
    ("fill in: ___ spoke for the UK at the london 2024 conference", "london-cyber-defence-conference-2024", "McFadden"),
    ("the enhanced cyber defence policy was endorsed at ___", "wales-2014-enhanced-cyber-defence-policy", "Wales"),
    ("complete the row: the 2019 pledge conference was held in ___", "london-pledge-conference-2019", "London"),
    ("the cyber defence pledge was agreed in ___ (year)", "cyber-defence-pledge-2016", "2016"),
    ("the 2021 pledge conference was organised by ___", "tallinn-pledge-conference-2021", "Estonia"),
])
def test_a_blank_in_a_fact_asks_who_where_or_when(bot, typed, first, shown):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and reply.items and reply.items[0].id == first and shown in reply.title, (reply.title, [i.id for i in reply.items[:3]])


#: A quote's gap, not a fact's: the line around the blank is looked up as someone's words.
_LINES = ("fill in the blank: cyber is a constantly ______ space", "no one stands alone in ___", "we must not repeat this ___")


def test_a_blank_in_a_line_someone_said_stays_a_quotes_gap():
    assert all(as_gap_fill(line).startswith("who said") for line in _LINES), [as_gap_fill(line) for line in _LINES]
