"""A line an article words twice (its sub-heading and its body, quotes with `variant_of`): on a tie, the body's
wording leads (bot.answering.lookup.best, bot.answering.quote_rank)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("question", [
    "which companies did stoltenberg say became critical actors in ukraine",
    "what companies did stoltenberg name as critical actors in ukraine",
    "stoltenberg private companies critical actors quote",
    "who said private companies have become critical actors",
])
def test_the_body_wording_of_a_line_leads_its_sub_heading_wording(bot, question):
    """The article words the line twice (its sub-heading and its body): on a tie, the body's wording leads."""
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "stoltenberg-berlin-2023-private-companies"
