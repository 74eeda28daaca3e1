"""Metrics count what the core answered, by platform, command and outcome, and never who asked or what."""

from __future__ import annotations

from fakes.knowledge_files import knowledge_copy
from prometheus_client.parser import text_string_to_metric_families

from adapters.metrics import attach
from bot.request import EVERY_ROLE, Request
from bot.service import Bot


def samples(metrics) -> dict[tuple, float]:
    found = {}
    for family in text_string_to_metric_families(metrics.exposition().decode()):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def requests(platform: str, command: str, outcome: str) -> tuple:
    return ("cyberbot_requests_total", (("command", command), ("outcome", outcome), ("platform", platform)))


def test_each_outcome_is_counted_once_per_request_memo_hits_included(tmp_path):
    bot = Bot.from_path(str(knowledge_copy(tmp_path)))
    metrics = attach(bot)
    for text in ("quote rutte", "quote rutte", "when was the tirana conference?", "qoute rutte", "reload", "quotes"):
        bot.handle(Request(text, "slack", user="U123SECRET"))
    bot.handle(Request("reload", "discord", roles=EVERY_ROLE))
    bot.note_rate_limited("discord")
    found = samples(metrics)
    assert found[requests("slack", "quote", "answered")] == 2
    assert found[requests("slack", "question", "answered")] == 1
    assert found[requests("slack", "unknown", "usage_error")] == 1
    assert found[requests("slack", "reload", "denied")] == 1
    assert found[requests("slack", "quotes", "usage_error")] == 1
    assert found[requests("discord", "reload", "answered")] == 1
    assert found[requests("discord", "-", "rate_limited")] == 1
    assert found[("cyberbot_answer_seconds_count", (("platform", "slack"),))] == 6
    assert found[("cyberbot_knowledge_reloads_total", ())] == 1
    text = metrics.exposition().decode()
    assert "U123SECRET" not in text and "rutte" not in text.lower() and "tirana" not in text.lower()
