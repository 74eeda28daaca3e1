"""Answer quality on the public answer table: the score per class of question, and overall.

    python benchmarks/answers.py            # score per class and overall
    python benchmarks/answers.py --failures # also each failing question, why, and the reply's title
    python benchmarks/answers.py --table other.yaml   # a question set of the same format

Asks every question through the real bot (shipped knowledge, the row's "today"),
renders the reply as plain text and judges it like tests/test_answer_table.py
(tests/answers/scoring.py). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.text_render import render_text  # noqa: E402
from bot.service import Bot  # noqa: E402
from tests.answers.scoring import TABLE, ask_in_conversation, judge, load_rows  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--failures", action="store_true")
    args = parser.parse_args()
    bots: dict[dt.date, Bot] = {}
    results: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    longest = 0
    for n, row in enumerate(load_rows(args.table)):
        if row.today not in bots:
            day = row.today
            bots[day] = Bot.from_path(None, clock=lambda day=day: dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc))
        reply = ask_in_conversation(bots[row.today], row, f"row-{n}")  # each row a conversation of its own
        rendered = render_text(reply)
        longest = max(longest, len(rendered))
        results[row.cls].append((row.ask, judge(row, reply, rendered), reply.title))
    total = sum(len(r) for r in results.values())
    good = sum(1 for r in results.values() for _, why, _ in r if not why)
    print(f"{'class':<14} {'good':>5} {'asked':>6} {'score':>7}")
    for cls, rows in sorted(results.items()):
        ok = sum(1 for _, why, _ in rows if not why)
        print(f"{cls:<14} {ok:>5} {len(rows):>6} {ok / len(rows):>7.1%}")
    print(f"{'overall':<14} {good:>5} {total:>6} {good / total:>7.1%}")
    print(f"longest reply: {longest} characters (limit 2,000)")
    if args.failures:
        for cls, rows in sorted(results.items()):
            for ask, why, title in rows:
                if why:
                    print(f"\n[{cls}] {ask}\n  {why}\n  title: {title}")


if __name__ == "__main__":
    main()
