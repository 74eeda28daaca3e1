"""Benchmark of the answering core with fresh questions, the knowledge loaded as the bot loads it.

    python benchmarks/core.py                      # shipped knowledge, then 100,000 quotes / 10,000 events
    python benchmarks/core.py --quotes 1000000     # a million quotes (writing the corpus takes minutes)
    python benchmarks/core.py --quick              # 10,000 quotes
    python benchmarks/core.py --quotes 1000000 --in-memory --skip-shipped --quality 30
                                                   # a million, built in memory: answering only (see --in-memory)

Honest by construction:
- every question is new: 1,000 distinct texts of every kind (names, topics,
  remembered quote fragments with typos, dates, every command including
  ``today`` and the lists), each asked once, through ``Bot.handle`` as an
  adapter asks it (its reply memo never hits);
- the knowledge is a YAML file with seed articles (``benchmarks/generated.py``),
  loaded by ``Bot.from_path``, the bot's own load path (validation, the
  compiled cache, whatever the bot does after loading); nothing else is done
  to the process (no ``gc.freeze`` the bot does not do, no warm-up, no best-of-N);
- loading is timed in fresh processes: a cold start (no cache) and a second
  start (with the cache the first one wrote), each with its peak RSS;
- quality is printed beside speed: for the quote questions, how often the top
  quote holds the words the asker meant and how often it is brute force's best
  (``rapidfuzz.process.extractOne`` with WRatio over every quote's text), the
  same figures for brute force itself.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generated import Sizes, write_corpus  # noqa: E402
from questions import Question, fresh_questions  # noqa: E402

from bot.answering.search import normalize, tokens  # noqa: E402
from bot.knowledge_cache import CACHE_MIN_BYTES  # noqa: E402
from bot.paths import default_knowledge_path  # noqa: E402
from bot.request import Request  # noqa: E402
from bot.service import Bot  # noqa: E402

TODAY = dt.date(2026, 11, 23)
NOON = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.timezone.utc)
QUOTE_KINDS = ("quote words", "who said")


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc where there is one."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def start_once(path: str, state_home: str, bytecode: str | None = None) -> dict:
    """A fresh process that builds the bot (``Bot.from_path``) and answers one question; its own figures.

    ``ready_s`` is the wall time from just before the process was started (interpreter start-up and every
    import included) until ``Bot.from_path`` returned; ``load_s`` the same from the child's first line."""
    code = (
        "import json, resource, sys, time; start, cpu = time.perf_counter(), time.process_time()\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from bot.service import Bot; from bot.request import Request\n"
        f"bot = Bot.from_path({path!r}); loaded, loaded_cpu = time.perf_counter() - start, time.process_time() - cpu\n"
        "ready = time.time() - float(sys.argv[1])\n"
        "bot.handle(Request('quote'))\n"
        "print(json.dumps({'load_s': loaded, 'load_cpu_s': loaded_cpu, 'ready_s': ready, 'first_answer_s': time.perf_counter() - start,"
        " 'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n"
    )
    env = {**(bytecode_env(bytecode) if bytecode else os.environ), "XDG_STATE_HOME": state_home}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-c", code, repr(time.time())], capture_output=True, text=True, env=env, check=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the compiling child's peak, when there is one
    figures["children_peak_rss_mb"] = children.ru_maxrss / 1024
    figures["process_cpu_s"] = children.ru_utime + children.ru_stime - before.ru_utime - before.ru_stime
    figures["load_average"] = os.getloadavg()[0]
    return figures


def bytecode_env(directory: str) -> dict[str, str]:
    """The environment of a process that reads and writes compiled bytecode in ``directory``, as an installed
    package has it (pip compiles it; Python writes it on a first run), even where PYTHONDONTWRITEBYTECODE is set."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": directory}


def load_figures(path: str, runs: int) -> None:
    """Cold starts (an empty state directory) and second starts (the cache the first wrote), ``runs`` of each,
    with compiled bytecode (compiled before the first, untimed); and second starts as this environment sets bytecode."""
    cold, cached, as_set = [], [], []
    setting = f"PYTHONDONTWRITEBYTECODE={os.environ['PYTHONDONTWRITEBYTECODE']}" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "bytecode written"
    with tempfile.TemporaryDirectory() as bytecode:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "bot")], env=bytecode_env(bytecode), check=True)
        with tempfile.TemporaryDirectory() as state_home:
            start_once(str(default_knowledge_path()), state_home, bytecode)  # untimed: the standard library's bytecode too
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as state_home:
                cold.append(start_once(path, state_home, bytecode))
                cold[-1]["cache_written_s"] = cache_written(state_home)
                cached.append(start_once(path, state_home, bytecode))
                as_set.append(start_once(path, state_home))
    for label, runs_of in (("cold start (no cache)", cold), ("second start (cache)", cached),
                           (f"second start (cache), this environment's bytecode ({setting})", as_set)):
        loads = [r["load_s"] for r in runs_of]
        print(f"  {label}: ready {_range([r['ready_s'] for r in runs_of], 's')} after the process started"
              f" (Bot.from_path {_range(loads, 's')}), CPU {_range([r['process_cpu_s'] for r in runs_of], 's')}"
              f" (its children's included), peak RSS {_range([r['peak_rss_mb'] for r in runs_of], ' MB', 0)},"
              f" first answer at {_range([r['first_answer_s'] for r in runs_of], 's')}"
              f" (load average {_range([r['load_average'] for r in runs_of], '', 1)})")
    print(f"  the cache, written by a fork of the cold start while it answers: on disk {_range([r['cache_written_s'] for r in cold], 's')}"
          " after that process ended")
    print(f"  largest child process so far (the bot's compiling child included): peak RSS"
          f" {max(r['children_peak_rss_mb'] for r in cold + cached):.0f} MB")


def cache_written(state_home: str, timeout_s: float = 300.0) -> float:
    """Seconds until the knowledge cache is on disk: a starting bot builds the engine itself and a fork of it
    writes the cache after it is ready (``bot/cache_writing.py``), so the second start must wait for it."""
    start = time.perf_counter()
    while not list(Path(state_home).glob("cyberbot/knowledge-cache/[!.]*.pickle")):
        if time.perf_counter() - start > timeout_s:
            raise SystemExit(f"no knowledge cache in {state_home} after {timeout_s:.0f} s")
        time.sleep(0.05)
    return time.perf_counter() - start


def _range(values: list[float], unit: str, digits: int = 2) -> str:
    low, high = min(values), max(values)
    return f"{low:.{digits}f}{unit}" if len(values) == 1 or f"{low:.{digits}f}" == f"{high:.{digits}f}" else (
        f"{low:.{digits}f}–{high:.{digits}f}{unit}")


def ask_all(bot: Bot, questions: list[Question]) -> tuple[dict[str, list[float]], dict]:
    """Each question once through ``Bot.handle``; seconds per kind, and each quote question's reply."""
    times: dict[str, list[float]] = defaultdict(list)
    cpu: list[float] = []
    cpu_by_kind: dict[str, list[float]] = defaultdict(list)
    replies = {}
    for question in questions:
        request = Request(question.text)
        start, start_cpu = time.perf_counter(), time.thread_time()
        reply = bot.handle(request)
        cpu.append(time.thread_time() - start_cpu)
        cpu_by_kind[question.kind].append(cpu[-1])
        times[question.kind].append(time.perf_counter() - start)
        if question.kind in QUOTE_KINDS:
            replies[question.text] = reply
    times["(CPU time)"] = cpu
    times["(CPU by kind)"] = cpu_by_kind
    return times, replies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def print_latency(times: dict[str, list[float]]) -> None:
    """Wall time per question (what an asker waits, other processes' pauses included), then the CPU time alone."""
    cpu, cpu_by_kind = times.pop("(CPU time)"), times.pop("(CPU by kind)")
    every = [t for kind in times.values() for t in kind]
    print(f"  all {len(every)} questions, wall: p50 {1000 * percentile(every, 0.5):.3f} ms, p99 {1000 * percentile(every, 0.99):.3f} ms, "
          f"max {1000 * max(every):.2f} ms (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"  the same, this thread's CPU time only: p50 {1000 * percentile(cpu, 0.5):.3f} ms, "
          f"p99 {1000 * percentile(cpu, 0.99):.3f} ms, max {1000 * max(cpu):.2f} ms")
    for kind, values in sorted(times.items(), key=lambda kv: -max(kv[1])):
        print(f"    {kind:<14} {len(values):>4}  p50 {1000 * percentile(values, 0.5):7.3f} ms  max {1000 * max(values):7.2f} ms"
              f"   CPU p50 {1000 * percentile(cpu_by_kind[kind], 0.5):6.3f} ms  max {1000 * max(cpu_by_kind[kind]):6.2f} ms")


def holds(words: str, text: str) -> bool:
    wanted = set(tokens(normalize(words)))
    return wanted <= set(normalize(text).split())


def quality(bot: Bot, questions: list[Question], replies: dict, sample: int) -> None:
    """The quote questions' top quote against brute force's best (extractOne, WRatio, every quote)."""
    from rapidfuzz import fuzz, process

    quotes = list(bot.knowledge.quotes.values())
    texts = [normalize(q.text) for q in quotes]
    asked = [q for q in questions if q.kind in QUOTE_KINDS][:sample]
    ours_hold = brute_hold = same_or_better = 0
    brute_ms = []
    for question in asked:
        words = question.text.split(" ", 2)[-1] if question.text.startswith("who said") else question.text.split(" ", 1)[1]
        query = normalize(words)
        start = time.perf_counter()
        _, best_score, best = process.extractOne(query, texts, scorer=fuzz.WRatio, processor=None)
        brute_ms.append(1000 * (time.perf_counter() - start))
        reply = replies[question.text]
        top = next((bot.knowledge.quotes[i.id] for i in reply.items if i.type == "quote"), None)
        brute_holds = holds(question.remembered, quotes[best].text)
        ours = top is not None and holds(question.remembered, top.text)
        brute_hold += brute_holds
        ours_hold += ours
        ours_score = fuzz.WRatio(query, normalize(top.text), processor=None) if top else -1
        same_or_better += ours_score >= best_score or (ours and not brute_holds)
    n = len(asked)
    print(f"  quote questions ({n}, half with a typo): the top quote holds the words meant: cyberbot {ours_hold / n:.1%}, "
          f"brute force {brute_hold / n:.1%}")
    print(f"    top quote is brute force's best (or holds the words where brute force's best does not): {same_or_better / n:.1%}")
    print(f"    brute force (extractOne, WRatio, {len(texts):,} quotes): median {statistics.median(brute_ms):.1f} ms per question")


def run_corpus(label: str, path: str, args: argparse.Namespace) -> None:
    print(f"\n## {label}")
    if args.load_runs and os.path.getsize(path) < CACHE_MIN_BYTES:
        print(f"  (no start figures: a file under {CACHE_MIN_BYTES:,} bytes is never cached; `cyberbot ask` times its whole process)")
    elif args.load_runs:
        load_figures(path, args.load_runs)
    with tempfile.TemporaryDirectory() as state_home:
        os.environ["XDG_STATE_HOME"] = state_home  # the bot's own load path, its cache in a fresh place
        start = time.perf_counter()
        bot = Bot.from_path(path, clock=lambda: NOON)
        load_s = time.perf_counter() - start
        print(f"  in this process: Bot.from_path {load_s:.2f} s (cold), RSS {rss_mb():.0f} MB; entries {bot.engine.counts()}")
        ask_and_judge(bot, args)


def ask_and_judge(bot: Bot, args: argparse.Namespace) -> None:
    """The fresh questions, their latency, RSS after them, and the quote questions against brute force."""
    questions = fresh_questions(bot.knowledge, args.questions)
    times, replies = ask_all(bot, questions)
    print_latency(times)
    print(f"  RSS after the questions: {rss_mb():.0f} MB")
    if args.quality:
        quality(bot, questions, replies, args.quality)


def in_memory_bot(sizes: Sizes) -> Bot:
    """The generated knowledge built straight into the model (``generated.build_knowledge``: no YAML, no validation,
    no seed check), then what the bot's load path does after reading a file: the engine and its indexes and the
    day index built with the collector paused, then ``gc.freeze()``. For sizes whose YAML this machine cannot load."""
    from generated import build_knowledge

    from bot.answering.engine import Engine
    from bot.digests.content import adopt_day_index, day_index
    from bot.knowledge.loader import gc_paused

    with gc_paused():
        knowledge = build_knowledge(sizes, root=ROOT)
        start = time.perf_counter()
        engine = Engine(knowledge)
        adopt_day_index(knowledge, day_index(knowledge))
    gc.freeze()
    print(f"  in this process: the engine and day index built in {time.perf_counter() - start:.1f} s, RSS {rss_mb():.0f} MB")
    return Bot(engine, clock=lambda: NOON)


def ask_in_memory(label: str, sizes: Sizes, args: argparse.Namespace) -> None:
    print(f"\n## {label}")
    print("  (built in memory, not loaded from YAML: the answering part only; loading is not measured)")
    ask_and_judge(in_memory_bot(sizes), args)


def whole_process(runs: int) -> None:
    """``cyberbot ask`` as a user runs it after ``pip install``: with compiled bytecode (written to a scratch
    directory by a first run that is not timed, even where PYTHONDONTWRITEBYTECODE is set)."""
    script = shutil.which("cyberbot", path=str(Path(sys.executable).parent)) or "cyberbot"
    ask = [script, "ask", "what did rutte say about investment?"]
    with tempfile.TemporaryDirectory() as bytecode:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": bytecode}
        subprocess.run(ask, check=True, capture_output=True, env=env)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(ask, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - start)
    print(f"\n## cyberbot ask, shipped knowledge (whole process with compiled bytecode, {runs} runs)")
    print(f"  median {statistics.median(times) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=100_000, help="quotes in the generated knowledge (events: a tenth; 0: the shipped knowledge only)")
    parser.add_argument("--quick", action="store_true", help="10,000 quotes")
    parser.add_argument("--questions", type=int, default=1_000)
    parser.add_argument("--corpus", type=Path, help="directory to write the generated corpus into, or reuse from")
    parser.add_argument("--load-runs", type=int, default=3, help="cold and cached starts in fresh processes (0: none)")
    parser.add_argument("--quality", type=int, default=300, help="quote questions checked against brute force (0: none)")
    parser.add_argument("--skip-shipped", action="store_true")
    parser.add_argument("--in-memory", action="store_true",
                        help="build the generated knowledge in memory instead of writing and loading its YAML (answering only)")
    args = parser.parse_args()
    quotes = 10_000 if args.quick else args.quotes

    print(f"# cyberbot core benchmark — {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"  {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    if not args.skip_shipped:
        run_corpus("shipped knowledge", str(default_knowledge_path()), args)
        whole_process(10)

    if not quotes:
        return
    if args.in_memory:
        sizes = Sizes.for_quotes(quotes)
        ask_in_memory(f"generated: {sizes.quotes:,} quotes, {sizes.events:,} events, {sizes.people:,} people (in memory)", sizes, args)
        return
    corpus = args.corpus or Path(tempfile.mkdtemp(prefix="cyberbot-corpus-"))
    path = corpus / "knowledge" / "generated.yaml"
    if not path.exists():
        start = time.perf_counter()
        write_corpus(corpus, Sizes.for_quotes(quotes), root=ROOT)
        print(f"\n(wrote {quotes:,} quotes as YAML with their seeds in {time.perf_counter() - start:.1f} s, "
              f"{path.stat().st_size / 2**20:.0f} MB)")
    sizes = Sizes.for_quotes(quotes)
    run_corpus(f"generated: {sizes.quotes:,} quotes, {sizes.events:,} events, {sizes.people:,} people (YAML + seeds)", str(path), args)
    if not args.corpus:
        shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
