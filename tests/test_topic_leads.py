""""For <gathering>, <question>?": the lead names what is asked about; it is neither a question of its own nor "for" someone."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "first", "word"), [
    ("For 2021 conference hosted by Estonia, which Estonian leaders took part?", "tallinn-pledge-conference-2021", "Kallas"),
    ("For the conference hosted by Albania, who spoke?", "tirana-cyber-defence-conference-2025", "Rama"),
    ("Regarding the summit hosted by the US, when was it?", "washington-summit-2024", "July"),
    ("For the Rome conference, which Italian minister spoke?", "edmondo-cirielli", "Cirielli"),
])
def test_a_topic_lead_names_the_subject(bot, question, first, word):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first and word in reply.title, reply.title
