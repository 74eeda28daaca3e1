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
    for text in ("quote rutte", "quote rutte", "when was the tirana conference?", "relaod", "reload", "quotes"):
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


async def test_digest_posts_failures_and_retries_are_counted_without_channels(tmp_path):
    """The real digest service and Slack sender against the fake Web API: a refused post, then its retry."""
    import datetime as dt

    from slack_sdk import WebClient

    from adapters.metrics import instrument_digests
    from adapters.slack.sender import SlackDigestSender
    from bot.digests.service import DigestService
    from bot.store import Store, Subscription
    from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack

    env = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db"), "CYBERBOT_TZ": "Europe/Brussels"}
    store = Store.open(env["CYBERBOT_DB"])
    store.subscribe(Subscription("slack", "W1", "CSECRET9", "09:00", "Europe/Brussels", "quote",
                                 created_at="2026-11-01T00:00:00+00:00"))
    store.close()
    service = DigestService.open(env)
    now = [dt.datetime(2026, 11, 9, 8, 0, tzinfo=dt.timezone.utc)]  # 09:00 in Brussels
    bot = Bot.from_path(None, clock=lambda: now[0], digests=service.commands)
    metrics = attach(bot)
    instrument_digests(service, metrics)
    try:
        with FakeSlack() as slack:
            senders = {"slack": SlackDigestSender(WebClient(token=BOT_TOKEN, base_url=slack.api_url))}
            slack.fail_next("chat.postMessage", "invalid_auth")
            first = await service.run_once(bot, senders)
            before = samples(metrics)
            now[0] += dt.timedelta(hours=2)  # past its retry time
            second = await service.run_once(bot, senders)
            after = samples(metrics)
    finally:
        service.stop()
    assert [o.status for o in first] == ["failed"] and [o.status for o in second] == ["sent"]
    failures = {labels: value for (name, labels), value in before.items() if name == "cyberbot_digest_failures_total"}
    assert failures == {(("platform", "slack"), ("reason", "refused")): 1}
    assert before.get(("cyberbot_digest_posts_total", (("platform", "slack"),)), 0) == 0
    assert after[("cyberbot_digest_posts_total", (("platform", "slack"),))] == 1
    assert after[("cyberbot_digest_retries_total", (("platform", "slack"),))] == 1
    assert "CSECRET9" not in metrics.exposition().decode()


def test_reloads_refused_are_counted_and_the_version_moves_with_an_applied_one(tmp_path):
    from fakes.knowledge_files import TIRANA_MOVED

    path = knowledge_copy(tmp_path)
    bot = Bot.from_path(str(path))
    metrics = attach(bot)
    version = [k for k in samples(metrics) if k[0] == "cyberbot_knowledge_info"]
    path.write_text("events: [", encoding="utf-8")
    bot.reload()
    refused = samples(metrics)
    path.write_text(TIRANA_MOVED, encoding="utf-8")
    bot.reload()
    applied = samples(metrics)
    assert refused[("cyberbot_knowledge_reload_failures_total", ())] == 1
    assert refused[("cyberbot_knowledge_reloads_total", ())] == 0
    assert [k for k in refused if k[0] == "cyberbot_knowledge_info"] == version
    assert applied[("cyberbot_knowledge_reloads_total", ())] == 1
    assert len(version) == 1 and [k for k in applied if k[0] == "cyberbot_knowledge_info"] not in ([], version)
