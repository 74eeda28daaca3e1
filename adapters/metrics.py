"""Prometheus metrics for a running bot, served as ``/metrics`` beside the probes.

Counts what the core reports after each request (``bot.service.Answered``:
platform, command, outcome, latency) plus what only an adapter sees (a caller
held back by the rate limit); digest posts, failures and retries, and store
errors, through ``instrument_digests``; knowledge reloads (applied or not),
and the loaded knowledge's counts and version (the first 12 hex digits of its
file's SHA-256 when it was loaded). Labels are fixed vocabularies only:
never a user, a channel or anything a user wrote.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from bot.errors import ChannelGone, OutcomeUnknown, RateLimited, StoreError

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
TRIED_DIGESTS = 10_000  # (platform, channel, date) remembered to tell a retry from a first try


class Metrics:
    """One registry per process; ``observe`` is the ``Bot``'s observer, ``rate_limited`` the adapters' hook."""

    def __init__(self, bot=None):
        self.registry = registry = CollectorRegistry()
        self.requests = Counter("cyberbot_requests", "Requests by platform, command and outcome",
                                ("platform", "command", "outcome"), registry=registry)
        self.latency = Histogram("cyberbot_answer_seconds", "Time the core took to answer a request", ("platform",),
                                 buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
                                 registry=registry)
        self.digest_posts = Counter("cyberbot_digest_posts", "Digests posted", ("platform",), registry=registry)
        self.digest_failures = Counter("cyberbot_digest_failures", "Digest posts that failed, by why",
                                       ("platform", "reason"), registry=registry)
        self.digest_retries = Counter("cyberbot_digest_retries", "Digest posts tried again for a channel and day",
                                      ("platform",), registry=registry)
        self.store_errors = Counter("cyberbot_store_errors", "Subscription store calls that failed, by operation",
                                    ("operation",), registry=registry)
        self.reload_failures = Counter("cyberbot_knowledge_reload_failures", "Knowledge reloads refused or held",
                                       registry=registry)
        self._children: dict[tuple, tuple] = {}  # (platform, command, outcome) -> its counter and histogram
        self._tried: OrderedDict[tuple, None] = OrderedDict()  # (platform, channel, local date) tried here
        self._lock = threading.Lock()
        self.bot = bot
        self.knowledge = None
        if bot is not None:
            self.knowledge = _KnowledgeCollector(bot)
            self.registry.register(self.knowledge)

    def observe(self, answered) -> None:
        key = (answered.platform, answered.command, answered.outcome)
        children = self._children.get(key)
        if children is None:  # labels() checks and locks on every call: look each series up once
            children = self._children[key] = (self.requests.labels(*key), self.latency.labels(answered.platform))
        children[0].inc()
        children[1].observe(answered.seconds)

    def digest_tried(self, platform: str, channel: str, day) -> None:
        """A digest post is about to be tried: a retry when this process tried that channel's day before."""
        with self._lock:
            if (platform, channel, day) in self._tried:
                self.digest_retries.labels(platform).inc()
                return
            self._tried[platform, channel, day] = None
            if len(self._tried) > TRIED_DIGESTS:
                self._tried.popitem(last=False)

    def rate_limited(self, platform: str) -> None:
        self.requests.labels(platform, "-", "rate_limited").inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def attach(bot) -> Metrics:
    """Metrics for ``bot``, set as its observer; its reloads are counted (the watcher, SIGHUP and ``reload`` alike)."""
    metrics = Metrics(bot)
    bot.observe = metrics.observe
    reload = bot.reload

    def counted_reload(confirm: bool = False):
        before = bot.reloads
        reply = reload(confirm)
        if bot.reloads == before:
            metrics.reload_failures.inc()
        else:
            metrics.knowledge.note_loaded()
        return reply

    bot.reload = counted_reload
    return metrics


def instrument_digests(digests, metrics: Metrics) -> None:
    """Count ``digests``' (a ``DigestService``) posts, failures, retries and store errors; call before it starts."""
    store = _CountingStore(digests.store, metrics.store_errors)
    digests.store = digests.commands.store = store
    scheduler = digests.scheduler  # what both ``start`` and ``run_once`` build their senders into

    def counted_scheduler(bot, senders):
        return scheduler(bot, {platform: _CountingSender(platform, sender, metrics) for platform, sender in senders.items()})

    digests.scheduler = counted_scheduler


class _CountingStore:
    """The store, with each StoreError it raises counted by the operation's name."""

    def __init__(self, store, errors: Counter):
        self._store = store
        self._errors = errors

    def __getattr__(self, name: str):
        value = getattr(self._store, name)
        if not callable(value):
            return value

        def call(*args, **kwargs):
            try:
                return value(*args, **kwargs)
            except StoreError:
                self._errors.labels(name).inc()
                raise

        return call


class _CountingSender:
    """A digest sender whose posts are counted: sent, failed (by the error's kind), and retries."""

    def __init__(self, platform: str, sender, metrics: Metrics):
        self._platform = platform
        self._sender = sender
        self._metrics = metrics

    def __getattr__(self, name: str):  # find_posted, check_channel: as the platform's sender has them
        return getattr(self._sender, name)

    async def send(self, channel_id: str, reply, tag) -> None:
        self._metrics.digest_tried(self._platform, channel_id, tag.local_date)
        try:
            await self._sender.send(channel_id, reply, tag)
        except Exception as error:
            self._metrics.digest_failures.labels(self._platform, _failure_kind(error)).inc()
            raise
        self._metrics.digest_posts.labels(self._platform).inc()


def _failure_kind(error: Exception) -> str:
    for kind, name in ((RateLimited, "rate_limited"), (OutcomeUnknown, "outcome_unknown"), (ChannelGone, "channel_gone")):
        if isinstance(error, kind):
            return name
    return "refused"


class _KnowledgeCollector:
    """The loaded knowledge: loaded or not, entries by kind, version, when loaded, and reloads since start."""

    def __init__(self, bot):
        self.bot = bot
        self.version = ("", 0.0)  # (the file's SHA-256, first 12 digits; Unix time) of the last load
        self.note_loaded()

    def note_loaded(self) -> None:
        """Fingerprint the file just loaded (a reload only swaps in a file that has settled)."""
        if getattr(self.bot, "knowledge_problem", None) is not None:
            return
        try:
            with open(self.bot.knowledge_path, "rb") as file:
                version = hashlib.sha256(file.read()).hexdigest()[:12]
        except (OSError, TypeError):
            version = "unknown"
        self.version = (version, time.time())

    def collect(self):
        bot = self.bot
        loaded = getattr(bot, "knowledge_problem", None) is None
        yield GaugeMetricFamily("cyberbot_knowledge_loaded", "1 when the knowledge file is loaded, 0 while awaiting a fix",
                                value=int(loaded))
        entries = GaugeMetricFamily("cyberbot_knowledge_entries", "Entries in the loaded knowledge", labels=("kind",))
        for kind, count in bot.knowledge.counts().items():
            entries.add_metric((kind,), count)
        yield entries
        yield CounterMetricFamily("cyberbot_knowledge_reloads", "Knowledge reloads swapped in since start",
                                  value=bot.reloads)
        if loaded:
            version, since = self.version
            info = GaugeMetricFamily("cyberbot_knowledge_info", "The loaded knowledge file's version", labels=("sha256",))
            info.add_metric((version,), 1)
            yield info
            yield GaugeMetricFamily("cyberbot_knowledge_loaded_timestamp_seconds",
                                    "When the loaded knowledge was loaded (Unix time)", value=since)
