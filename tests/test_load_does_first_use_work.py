"""First-use work belongs to loading: a loaded bot compiles no regular expression while it answers."""

import re._compiler

from bot.request import Request
from bot.service import Bot
from tests.answers.scoring import load_rows


def test_answering_the_whole_answer_table_compiles_no_pattern(monkeypatch):
    bot = Bot.from_path(None)
    compiled: list[str] = []
    real = re._compiler.compile

    def spy(pattern, flags=0):
        compiled.append(str(pattern)[:80])
        return real(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", spy)
    for row in load_rows():
        bot.handle(Request(row.ask))
    assert compiled == [], compiled
