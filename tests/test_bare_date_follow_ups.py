"""A bare ask for the date after an answer ("exact date?", "the precise dates pls", "which day?") is when the entry the
conversation is about was, not a search for "exact" or "precise". Asked of the real bot, in conversations."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("earlier", "question", "first", "word"), [
    ("what is the cyber defence pledge?", "exact date?", "cyber-defence-pledge-2016", "8 July 2016"),
    ("what does the cyber defence pledge commit allies to?", "the exact date pls", "cyber-defence-pledge-2016", "8 July 2016"),
    ("who spoke at the rome conference?", "exact dates?", "rome-pledge-conference-2022", "9–10 November 2022"),
    ("what is the nato integrated cyber defence centre?", "precise date?", "nato-integrated-cyber-defence-centre", "10 July 2024"),
    ("who hosted the tirana conference", "and the correct date?", "tirana-cyber-defence-conference-2025", "9–10 October 2025"),
    ("where was the hague pledge conference?", "which days exactly?", "hague-pledge-conference-2024", "May 2024"),
])
def test_a_bare_date_ask_is_when_the_last_entry_was(bot, earlier, question, first, word):
    user = f"{earlier}>{question}"
    bot.handle(Request(earlier, user=user))
    reply = bot.handle(Request(question, user=user))
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), (question, reply.title)
