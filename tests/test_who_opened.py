"""Who opened a gathering, asked plainly or against an article's label ("who really opened the hague conference?
article says ollongren opening remarks"): the reply leads with the person the knowledge says opened it, not only the
one the article names (topics/openers, topics/article_checks.noted_person_first)."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "opener"), [
    ("who really opened Hague conference? article says Ollongren opening remarks", "ernest-noorman"),
    ("the article says ollongren gave the opening remarks in the hague - who actually opened it?", "ernest-noorman"),
    ("who actually gave the opening speech at the hague, the article says ollongren?", "ernest-noorman"),
    ("who opened the hague conference?", "ernest-noorman"),
    ("who gave the opening keynotes at the rome conference", "edmondo-cirielli"),
    ("who opened the berlin conference", "jens-stoltenberg"),
])
def test_who_opened_leads_with_the_opener(bot, question, opener):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and opener in [i.id for i in reply.items[:2]], (question, reply.title, reply.items[:3])


def test_a_question_not_asking_who_keeps_its_order(bot):
    reply = bot.handle(Request("did ollongren really give the opening remarks at the hague?", user="x"))
    assert reply.items[0].id == "hague-pledge-conference-2024"


@pytest.mark.parametrize(("question", "opener"), [
    ("which minister opened the berlin conference?", "annalena-baerbock"),
    ("together with which minister did stoltenberg open the berlin cyber defence conference?", "annalena-baerbock"),
    ("which official opened the first nato cyber defence conference", "jens-stoltenberg"),
])
def test_which_role_opened_leads_with_the_opener_holding_it(bot, question, opener):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and [i.id for i in reply.items[1:2]] == [opener], (question, reply.title, reply.items[:3])
