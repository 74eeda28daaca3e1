""""What else has X written?" is an honest miss beyond the articles the knowledge cites (topics/other_writings), and
"that X who ..." before a pronoun is X (asker_leads)."""


import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "says"), [
    ("what else has Roxana Stanica written?", "no other writing by Roxana Stanica"),
    ("has stanica written anything else?", "no other writing by Roxana Stanica"),
    ("other articles by roxana stanica?", "no other writing by Roxana Stanica"),
    ("That Roxana Stanica who wrote the Hague article, what else has she written? Lovely style", "no other writing by Roxana Stanica"),
    ("what else has baerbock written", "no writing by Annalena Baerbock"),
    ("what other things has stoltenberg written?", "no other writing by Jens Stoltenberg"),
])
def test_what_else_someone_wrote_is_an_honest_miss(bot, question, says):
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) and says in reply.title, reply.title
