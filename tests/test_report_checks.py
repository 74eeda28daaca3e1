"""Whether a piece of writing is right, asked of the piece ("is the Berlin article right that ...?"): the claim it makes
is checked, and the entry the claim is about leads the reply."""

import pytest

from bot.answering.report_checks import as_report_checked
from bot.request import Request


@pytest.mark.parametrize("typed, put", [
    ("is the Berlin article right that it was NATO's first conference?", "the Berlin article says it was NATO's first conference. is that right?"),
    ("was the rome piece wrong to call it the first pledge conference?", "the rome piece calls it the first pledge conference. is that right?"),
    ("is the op-ed correct when it says the attack was two years ago", "the op-ed says the attack was two years ago. is that right?"),
    ("is rutte right that no one stands alone?", "is rutte right that no one stands alone?"),  # a person, not a piece of writing
    ("is that right?", "is that right?"),
])
def test_a_piece_asked_if_right_is_put_as_its_claim(typed, put):
    assert as_report_checked(typed) == put



@pytest.mark.parametrize("question, first, says", [
    ("is the Berlin article right that it was NATO's *first* cyber defence conference?", "berlin-cyber-defence-conference-2023", "2018"),
    ("is the berlin piece correct that it was the first nato cyber defence conference?", "berlin-cyber-defence-conference-2023", "2018"),
    ("is the rome article correct that italy hosted the conference?", "rome-pledge-conference-2022", "Italy"),
    ("was the tirana piece wrong to call it the third conference?", "tirana-cyber-defence-conference-2025", "3"),
    ("is the op-ed accurate when it says an attack blocked the nato website two years ago?", "nato-websites-ddos-2014", "2014"),
    ("the op-ed says _originally published by Defence News on 8 July_ - is that date legit?", "stoltenberg-oped-2016", "unverified"),
])
def test_the_claim_is_checked_against_its_entry(bot_9_november, question, first, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first and says in reply.title + str(reply.blocks), reply.title
