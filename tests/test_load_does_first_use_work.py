"""First-use work belongs to loading: a loaded bot compiles no regular expression while it answers."""

import re

import _sre

from bot.patterns import lazy_pattern
from bot.request import Request
from bot.service import Bot
from tests.answers.scoring import load_rows


def test_answering_the_whole_answer_table_compiles_no_pattern(monkeypatch):
    bot = Bot.from_path(None)
    re.purge()  # what other tests left in re's cache would hide a pattern made per question
    compiled: list[str] = []
    real = _sre.compile  # every matcher's last step, whether re.compile or a kept program (pattern_cache) built it

    def spy(pattern, *program):
        compiled.append(str(pattern)[:80])
        return real(pattern, *program)

    monkeypatch.setattr(_sre, "compile", spy)
    for row in load_rows():
        bot.handle(Request(row.ask))
    assert compiled == [], compiled
    lazy_pattern("a pattern made after loading").search("")
    assert compiled == ["a pattern made after loading"]  # the spy sees a first use


def test_the_indexes_answers_read_are_built_while_loading():
    """Every value built once per load (``per_load``: the articles' notes and entries, the days roles changed, the
    entries' own texts, the table of initials ...) is built by ``Bot.from_path``, none by a question."""
    from bot.answering import per_load
    from bot.answering.topics import article_scope

    bot = Bot.from_path(None)
    built_at_load = per_load.builds
    for row in load_rows():
        bot.handle(Request(row.ask))
    assert per_load.builds == built_at_load
    scope = article_scope.article_index(bot.engine.lookup)
    assert scope.scored.keys() == scope.items.keys()  # every article's entries and their words' weights, at load


def test_a_question_would_count_a_value_built_on_its_time():
    """The count the test above reads moves when a value is built: a new load's values, built on first use."""
    from bot.answering import per_load
    from bot.answering.lookup import Lookup
    from bot.answering.topics.written_words import build_texts

    bot = Bot.from_path(None, warm=False)
    before = per_load.builds
    build_texts(Lookup(bot.knowledge))
    assert per_load.builds == before + 1
