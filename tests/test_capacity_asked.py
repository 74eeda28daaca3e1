"""In what capacity someone took part, asked formally or as a bare follow-up after who took part
(bot.answering.capacity_asked, formal_asks), and a bare "and on what dates?" after an event (follow_ups)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("before", "question", "says"), [
    ([], "In what capacity did Pat McFadden attend the London conference?", "Chancellor of the Duchy of Lancaster"),
    ([], "In what capacity did Luminita Odobescu attend the 2024 Pledge Conference?", "Foreign Minister of Romania"),
    (["Who represented Romania at The Hague?"], "in which role was that?", "Foreign Minister of Romania"),
    (["Who spoke at the 2024 London conference?"], "And in what capacity?", "Chancellor of the Duchy of Lancaster"),
    (["Who gave the NATO keynote at the 2021 Pledge Conference?"], "Thank you. In what capacity?", "Deputy Secretary General"),
    (["Which Ally hosted the 2025 NATO Cyber Defence Conference?"], "And on what dates?", "9–10 October 2025"),
])
def test_the_capacity_or_dates_asked(bot, before, question, says):
    for earlier in before:
        bot.handle(Request(earlier, user=question))
    assert says in render_text(bot.handle(Request(question, user=question)))
