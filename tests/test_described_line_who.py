"""A line described, not quoted ("the quote about giving saceur the authority"), then who said it asked alone ("who and
where?", "by whom, where?"): the line and its speaker, never "no quote by 'who and where'"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "meant"), [
    ("the line about giving saceur authority to respond - who and when?", "stoltenberg-berlin-2023-saceur-authority"),
    ("the passage on private companies like microsoft and starlink - by whom, where?", "stoltenberg-berlin-2023-private-companies"),
    ("that quote about stepping up investment: who, where and when?", "rutte-tirana-2025-stepping-up-investment"),
    ("the remark about digital frontiers, who? where?", "ollongren-hague-2024-stand-together"),
])
def test_who_said_a_line_described(bot, typed, meant):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == meant, reply.title
    assert "who and" not in reply.title and "by whom" not in reply.title
