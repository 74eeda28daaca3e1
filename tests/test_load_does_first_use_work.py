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


def test_the_indexes_answers_read_are_built_while_loading(monkeypatch):
    """The article notes' index, the articles' entries, the days roles changed and what else a day holds: built by ``Bot.from_path``, not by a question."""
    from bot.answering import day_items
    from bot.answering.topics import article_checks, article_scope, days

    bot = Bot.from_path(None)
    built: list[str] = []
    monkeypatch.setattr(article_checks, "_clauses", lambda *a: built.append("notes") or ())
    monkeypatch.setattr(article_scope, "_Entry", lambda *a: built.append("articles"))
    monkeypatch.setattr(days, "_build_role_days", lambda *a: built.append("role days") or {})
    monkeypatch.setattr(day_items, "_build", lambda *a: built.append("initiatives and articles by day") or {})
    monkeypatch.setattr(day_items, "_build_named_by", lambda *a: built.append("initiatives a pledge names") or {})
    for row in load_rows():
        bot.handle(Request(row.ask))
    assert built == []
