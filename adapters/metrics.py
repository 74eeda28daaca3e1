"""Prometheus metrics for a running bot, served as ``/metrics`` beside the probes.

Counts what the core reports after each request (``bot.service.Answered``:
platform, command, outcome, latency) plus what only an adapter sees (a caller
held back by the rate limit), and reads the knowledge's counts and reloads at
scrape time. Labels are fixed vocabularies only: never a user, a channel or
anything a user wrote.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """One registry per process; ``observe`` is the ``Bot``'s observer, ``rate_limited`` the adapters' hook."""

    def __init__(self, bot=None):
        self.registry = CollectorRegistry()
        self.requests = Counter("cyberbot_requests", "Requests by platform, command and outcome",
                                ("platform", "command", "outcome"), registry=self.registry)
        self.latency = Histogram("cyberbot_answer_seconds", "Time the core took to answer a request", ("platform",),
                                 buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
                                 registry=self.registry)
        self.bot = bot
        if bot is not None:
            self.registry.register(_KnowledgeCollector(bot))

    def observe(self, answered) -> None:
        self.requests.labels(answered.platform, answered.command, answered.outcome).inc()
        self.latency.labels(answered.platform).observe(answered.seconds)

    def rate_limited(self, platform: str) -> None:
        self.requests.labels(platform, "-", "rate_limited").inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def attach(bot) -> Metrics:
    """Metrics for ``bot``, set as its observer."""
    metrics = Metrics(bot)
    bot.observe = metrics.observe
    return metrics


class _KnowledgeCollector:
    """The loaded knowledge's entries by kind, and reloads since start, read when scraped."""

    def __init__(self, bot):
        self.bot = bot

    def collect(self):
        entries = GaugeMetricFamily("cyberbot_knowledge_entries", "Entries in the loaded knowledge", labels=("kind",))
        for kind, count in self.bot.knowledge.counts().items():
            entries.add_metric((kind,), count)
        yield entries
        yield CounterMetricFamily("cyberbot_knowledge_reloads", "Knowledge reloads swapped in since start",
                                  value=self.bot.reloads)
