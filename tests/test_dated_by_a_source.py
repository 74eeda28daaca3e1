"""A date a site, blog or book gives something, checked as a claim: "one site dates the warsaw summit to 7 and 8 june
2015. which dates are right?" (claims._DATED_BY; a date in quotation marks is no one's words, topics/quoted_words)."""

import pytest

from bot.answering.claims import as_claim
from bot.request import Request


@pytest.mark.parametrize(("text", "claim"), [
    ("one secondary site dates the warsaw summit to 7 and 8 june 2015", "is it true that the warsaw summit was on 7 and 8 june 2015"),
    ("a blog puts the tallinn conference in may 2020", "is it true that the tallinn conference was in may 2020"),
    ("my textbook dates the pledge to 2015", "is it true that the pledge was in 2015"),
    ("the timeline places the berlin conference on 10 november 2023", "is it true that the berlin conference was on 10 november 2023"),
    ("the site dates back to 2015", "the site dates back to 2015"),
])
def test_a_date_given_by_a_text_is_a_claim(text, claim):
    assert as_claim(text) == claim


@pytest.mark.parametrize(("question", "first", "says"), [
    ("one secondary site dates the Warsaw Summit to '7 and 8 June 2015'. which dates are right?", "warsaw-summit-2016", "8–9 July 2016"),
    ("a blog dates the wales summit to 3 and 4 october 2015 - which is right?", "wales-summit-2014", "4–5 September 2014"),
    ("my textbook dates the pledge to june 2015, what's the right date?", "cyber-defence-pledge-2016", "8 July 2016"),
    ("a website puts the berlin conference on 9 november 2023, is that right?", "berlin-cyber-defence-conference-2023", "Yes"),
])
def test_the_date_is_checked(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and says in reply.title, reply.title
