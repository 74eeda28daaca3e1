"""A label a writer is said to have put on something ("the article says berlin was the 'first nato cyber defence
conference'. which is true?"): checked as a claim about that subject, not as words someone said (label_claims),
and "which is true", "what is correct", "which one is right" ask that check (drafted_claims.IS_THAT_RIGHT)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("question", "first", "word"), [
    ("article says Berlin was 'first NATO cyber defense conference'. but i remember pledge conferences before. which is true",
     "berlin-cyber-defence-conference-2023", "2018"),
    ("the article says Berlin was the 'first NATO cyber defence conference'. is that right?", "berlin-cyber-defence-conference-2023", "2018"),
    ("my editor says tirana was the 'third pledge conference' - correct?", "tirana-cyber-defence-conference-2025", "No"),
    ("the piece says geoana was 'secretary general' - true?", "mircea-geoana", "Deputy"),
    ("my notes say the pledge was agreed in wales. what is correct?", "cyber-defence-pledge-2016", "Warsaw"),
])
def test_a_reported_label_is_checked_as_a_claim(bot, question, first, word):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and word in render_text(reply), (question, reply.title)
