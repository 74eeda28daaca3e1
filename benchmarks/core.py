"""Benchmark of the answering core: load time, answer latency, peak memory, whole-process time.

    python benchmarks/core.py            # shipped knowledge, 100k quotes / 10k events, cyberbot ask
    python benchmarks/core.py --quick    # smaller generated knowledge, fewer runs

Prints figures; it asserts nothing. Targets (issue 2): shipped knowledge
p99 < 1 ms; 100k quotes p99 < 10 ms; ``cyberbot ask`` < 0.4 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bot.answering.engine import Engine  # noqa: E402
from bot.errors import UsageError  # noqa: E402
from bot.knowledge.loader import load_knowledge  # noqa: E402
from bot.knowledge.model import Knowledge  # noqa: E402
from bot.paths import default_knowledge_path  # noqa: E402
from generated import generate, write_yaml  # noqa: E402

TODAY = dt.date(2026, 11, 23)


def typo(word: str, rng: random.Random) -> str:
    """One adjacent transposition inside a word of 5+ letters: "stoltenberg" -> "stoltenbreg"."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def with_typo(query: str, rng: random.Random) -> str:
    words = query.split()
    long_words = [n for n, w in enumerate(words[1:], 1) if len(w) >= 5 and w.isalnum() and not w.isdigit()]
    if long_words:
        n = rng.choice(long_words)
        words[n] = typo(words[n], rng)
    return " ".join(words)


def query_mix(knowledge: Knowledge, count: int, seed: int = 11) -> list[str]:
    """A fixed mix of commands and questions drawn from the knowledge; every second one has a typo."""
    rng = random.Random(seed)
    people = list(knowledge.people.values())
    events = list(knowledge.events.values())
    quotes = list(knowledge.quotes.values())

    def quote_words(k: int) -> str:
        words = rng.choice(quotes).text.rstrip(".").split()
        start = rng.randrange(max(1, len(words) - k))
        return " ".join(words[start : start + k]).lower()

    def last_name() -> str:
        return rng.choice(people).name.split()[-1]

    makers = [
        lambda: f"quote {last_name()}",
        lambda: f"quote {quote_words(4)}",
        lambda: f"who said {quote_words(5)}",
        lambda: f"what did {last_name()} say about {rng.choice(rng.choice(quotes).topics or ('cyber',))}",
        lambda: f"when was the conference in {rng.choice(events).city}",
        lambda: f"event {rng.choice(events).name}",
        lambda: f"who {last_name()}",
        lambda: f"search {quote_words(2)}",
        lambda: f"events {rng.choice(events).when.start.year}",
        lambda: "pledge",
    ]
    mix = []
    for n in range(count):
        query = makers[n % len(makers)]()
        mix.append(with_typo(query, rng) if n % 2 else query)
    return mix


def latency(engine: Engine, queries: list[str], rounds: int = 3) -> dict[str, float]:
    """p50/p99 of parse + answer over ``queries``, each query run ``rounds`` times.

    ``p99_ms`` is over each query's fastest run: what the query costs, with
    the pauses of other processes on a shared machine filtered out.
    ``raw_p99_ms`` is over every run, pauses included.
    """
    for query in queries[:50]:  # warm up
        _answer(engine, query)
    runs: list[list[float]] = [[] for _ in queries]
    for _ in range(rounds):
        for n, query in enumerate(queries):
            start = time.perf_counter()
            _answer(engine, query)
            runs[n].append(time.perf_counter() - start)
    fastest = sorted(min(r) for r in runs)
    every = sorted(t for r in runs for t in r)
    return {
        "p50_ms": 1000 * fastest[len(fastest) // 2],
        "p99_ms": 1000 * fastest[int(len(fastest) * 0.99)],
        "max_ms": 1000 * fastest[-1],
        "raw_p99_ms": 1000 * every[int(len(every) * 0.99)],
        "n": len(queries),
    }


def _answer(engine: Engine, query: str) -> None:
    try:
        engine.answer(engine.parse(query), today=TODAY)
    except UsageError:  # a typo in the command word itself is answered with "Did you mean"
        pass


def typo_agreement(engine: Engine, queries: list[str]) -> float:
    """Share of typo queries whose first item is the same as without the typo."""
    rng = random.Random(5)
    same = total = 0
    for query in queries[::2]:
        if not query.startswith(("quote ", "event ", "who ")):
            continue
        clean = engine.answer(engine.parse(query), today=TODAY)
        misspelt = engine.answer(engine.parse(with_typo(query, rng)), today=TODAY)
        total += 1
        same += clean.items[:1] == misspelt.items[:1]
    return same / total if total else 1.0


def brute_force_baseline(knowledge: Knowledge, queries: list[str], count: int = 20) -> float:
    """Median ms of what peers do: ``extractOne`` with WRatio over every quote's text."""
    from rapidfuzz import fuzz, process

    from bot.answering.search import normalize

    texts = [normalize(q.text) for q in knowledge.quotes.values()]
    times = []
    for query in [q for q in queries if q.startswith("who said ")][:count]:
        start = time.perf_counter()
        process.extractOne(normalize(query[9:]), texts, scorer=fuzz.WRatio, processor=None)
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def build(make, *, trace: bool = True) -> tuple[object, float, float | None]:
    """Run ``make()`` and return (result, seconds, peak MB traced by tracemalloc in a second run)."""
    gc.collect()
    start = time.perf_counter()
    result = make()
    seconds = time.perf_counter() - start
    if not trace:
        return result, seconds, None
    tracemalloc.start()
    make()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def report(label: str, knowledge: Knowledge, load_s: float | None, load_mb: float | None, queries: int) -> None:
    engine, index_s, index_mb = build(lambda: Engine(knowledge))
    # Long-lived knowledge: keep it out of the cyclic GC's generations, as a
    # running bot can after each load; otherwise a full collection over
    # millions of objects lands in some answer's latency.
    gc.collect()
    gc.freeze()
    mix = query_mix(knowledge, queries)
    figures = latency(engine, mix)
    agreement = typo_agreement(engine, mix)
    print(f"\n## {label}")
    print(f"  entries: {engine.counts()}")
    if load_s is not None:
        print(f"  load (YAML + validation): {load_s * 1000:.0f} ms, peak {load_mb:.1f} MB traced")
    print(f"  index build (Engine): {index_s * 1000:.0f} ms, peak {index_mb:.1f} MB traced")
    print(f"  answer latency over {figures['n']} queries (half with a typo), each query's fastest of 3 runs: "
          f"p50 {figures['p50_ms']:.3f} ms, p99 {figures['p99_ms']:.3f} ms, max {figures['max_ms']:.2f} ms")
    print(f"  p99 over all runs, pauses by other processes included: {figures['raw_p99_ms']:.3f} ms"
          f" (load average {os.getloadavg()[0]:.1f})")
    print(f"  typo queries answered with the same first item as without the typo: {agreement:.0%}")
    baseline = brute_force_baseline(knowledge, mix)
    print(f"  for comparison, brute-force extractOne(WRatio) over every quote: median {baseline:.2f} ms per query")


def whole_process(runs: int) -> None:
    script = shutil.which("cyberbot", path=str(Path(sys.executable).parent)) or "cyberbot"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([script, "ask", "what did rutte say about investment?"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(f"\n## cyberbot ask (whole process, {runs} runs)")
    print(f"  median {statistics.median(times) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10k quotes / 1k events, fewer queries and runs")
    parser.add_argument("--yaml-quotes", type=int, default=10_000, help="quotes in the generated YAML that is written and loaded")
    args = parser.parse_args()
    quotes, events, queries = (10_000, 1_000, 2_000) if args.quick else (100_000, 10_000, 5_000)

    print(f"# cyberbot core benchmark — {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"  {platform.platform()}, Python {platform.python_version()}, {platform.processor() or platform.machine()}")

    path = default_knowledge_path()
    shipped, load_s, load_mb = build(lambda: load_knowledge(path))
    report("shipped knowledge", shipped, load_s, load_mb, queries)

    generated, gen_s, _ = build(lambda: generate(quotes, events, base=shipped), trace=False)
    print(f"\n(generating {quotes:,} quotes and {events:,} events in Python took {gen_s:.1f} s)")
    report(f"generated: {quotes:,} quotes, {events:,} events, {len(generated.people):,} people (built in Python)", generated, None, None, queries)
    del generated
    gc.unfreeze()
    gc.collect()

    with tempfile.TemporaryDirectory() as tmp:
        small = generate(args.yaml_quotes, args.yaml_quotes // 10, 200, base=shipped)
        yaml_path = write_yaml(small, Path(tmp))
        start = time.perf_counter()
        load_knowledge(yaml_path)
        yaml_s = time.perf_counter() - start
        size = yaml_path.stat().st_size / 2**20
        print(f"\n## generated YAML: {args.yaml_quotes:,} quotes, {args.yaml_quotes // 10:,} events ({size:.1f} MB)")
        print(f"  load_knowledge (compose, validate, seed check, build): {yaml_s:.2f} s")

    whole_process(5 if args.quick else 10)
    print(f"\nmax RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
