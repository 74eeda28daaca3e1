"""A bot started on a broken knowledge file: a notice for users, the first problem for /readyz, and the fix swapped in."""

from __future__ import annotations

from fakes.knowledge_files import SMALL_KNOWLEDGE, knowledge_copy

from bot.awaiting import NOT_LOADED, RELOAD_REFUSED, KnowledgeAwaited, load_or_await, when_loaded
from bot.request import EVERY_ROLE, Request


def test_a_refused_file_gives_a_waiting_bot_that_an_admin_reload_or_a_fix_brings_up(tmp_path):
    path = knowledge_copy(tmp_path)
    path.write_text(SMALL_KNOWLEDGE.replace("start: 2025-10-09", "start: soon", 1), encoding="utf-8")
    bot = load_or_await(str(path))
    started = []
    when_loaded(bot, lambda: started.append("digests"))
    first = bot.knowledge_problem
    notice = bot.handle(Request("quote rutte", "slack"))
    path.write_text("events: [", encoding="utf-8")  # another mistake: the reason follows it
    refused = bot.handle(Request("reload", "slack", roles=EVERY_ROLE))
    second = bot.knowledge_problem
    path.write_text(SMALL_KNOWLEDGE, encoding="utf-8")
    bot.reload()
    when_loaded(bot, lambda: started.append("later"))
    assert isinstance(bot, KnowledgeAwaited)
    assert first.startswith(f"knowledge: {path}:") and "start" in first and "\n" not in first
    assert (notice.kind, notice.title) == ("error", NOT_LOADED)
    assert refused.title == RELOAD_REFUSED and second != first and "YAML syntax error" in second
    assert bot.knowledge_problem is None and started == ["digests", "later"]
    assert "Rutte" in bot.handle(Request("quote rutte", "slack")).title


def test_a_good_file_gives_the_ordinary_bot(tmp_path):
    bot = load_or_await(str(knowledge_copy(tmp_path)))
    started = []
    when_loaded(bot, lambda: started.append(1))
    assert not isinstance(bot, KnowledgeAwaited) and started == [1]
