"""After a pledge or initiative, "so it was vilnius summit decision?" or "was it decided at vilnius?" asks whether
*that entry* came from the gathering named: checked against where it was agreed, never a bare "yes, vilnius was held"
(follow_ups._decided_at, decision_nouns.as_agreed without an article)."""

import pytest

from adapters.text_render import render_text
from bot.answering.decision_nouns import as_agreed
from bot.request import Request


@pytest.mark.parametrize(("earlier", "question", "first", "word"), [
    ("NATO Integrated Cyber Defence Centre - when created?", "so it was Vilnius summit decision?", "nicc-2024", "Washington"),
    ("what is the nicc?", "was it decided at vilnius?", "nicc-2024", "Washington"),
    ("what is the nicc?", "so it was agreed at the vilnius summit?", "nicc-2024", "Washington"),
    ("what is the cyber defence pledge?", "so it was a wales summit decision?", "cyber-defence-pledge-2016", "Warsaw"),
    ("what is the cyber defence pledge?", "was it agreed in warsaw?", "cyber-defence-pledge-2016", "Yes"),
])
def test_decided_at_after_an_entry_checks_that_entry(bot, earlier, question, first, word):
    user = f"{earlier}>{question}"
    bot.handle(Request(earlier, user=user))
    reply = bot.handle(Request(question, user=user))
    assert reply.items[0].id == first and word in render_text(reply) and not reply.title.startswith("Yes: NATO"), (question, reply.title)


@pytest.mark.parametrize(("text", "read"), [
    ("so it was vilnius summit decision", "so it was agreed at vilnius"),
    ("was the nicc a vilnius decision", "was the nicc agreed at vilnius"),
])
def test_a_decision_called_after_its_summit_reads_as_agreed_there(text, read):
    assert as_agreed(text) == read
