"""`cyberbot draft` measured on the seed articles, each drafted against the knowledge
without that seed's entries (as if the article were new), through the real loader,
and again against no knowledge at all (every speaker must come out as a new person
of the right name).

    python benchmarks/draft.py

For each seed, the shipped quotes citing it are the answer key: how many the draft
finds with the same text (after the loader's normalising of spaces and quote marks),
how many of those with the right speaker (the same person id, or a new person of the
same name), and how many drafted quote texts are not in the article (must be 0).
Targets: found >= 90%, right speaker >= 85% of found, not in the article = 0.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.curation.draft import draft  # noqa: E402
from bot.curation.holdout import without_seed  # noqa: E402
from bot.knowledge.loader import load_knowledge  # noqa: E402
from bot.knowledge.model import Knowledge  # noqa: E402
from bot.knowledge.seeds import SeedText, normalise  # noqa: E402
from bot.paths import default_knowledge_path  # noqa: E402

TARGET_FOUND, TARGET_SPEAKER = 0.90, 0.85


def main() -> int:
    path = default_knowledge_path()
    seeds_dir = path.parent.parent / "seeds"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    shipped = load_knowledge(path)
    print(f"# cyberbot draft on the seeds — {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    ok = True
    for title, knowledge_for in (
        ("against the knowledge without that seed's entries", lambda seed, tmp: _held_out(data, seed, tmp, seeds_dir)),
        ("against no knowledge at all", lambda seed, tmp: Knowledge("none")),
    ):
        rows, elapsed = [], 0.0
        with tempfile.TemporaryDirectory() as tmp:
            for source in shipped.sources.values():
                if not source.seed:
                    continue
                knowledge = knowledge_for(source.seed, tmp)
                article = (seeds_dir / source.seed).read_text(encoding="utf-8")
                started = time.perf_counter()
                result = draft(article, knowledge, file_name=source.seed, url=source.url, publisher=source.publisher,
                               published=_day(source.published))
                elapsed += time.perf_counter() - started
                rows.append(_score(source.seed, article, result, shipped, source.id))
        print(f"\n## {title}")
        _print(rows, elapsed)
        ok = ok and _meets(rows[-1])
    return 0 if ok else 1


def _held_out(data: dict, seed: str, tmp: str, seeds_dir: Path) -> Knowledge:
    held_out = Path(tmp) / f"without-{seed}.yaml"
    held_out.write_text(yaml.safe_dump(without_seed(data, seed), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_knowledge(held_out, seeds_dir=seeds_dir)


def _day(date) -> dt.date | None:
    return date.as_date() if date is not None else None


def _score(seed: str, article: str, result, shipped, source_id: str) -> dict:
    expected = [q for q in shipped.quotes.values() if q.source == source_id]
    drafted = {normalise(q.text): q for q in result.quotes}
    stubs = {p.id: p.name for p in result.people}
    found = [(q, drafted[normalise(q.text)]) for q in expected if normalise(q.text) in drafted]
    right = [q for q, d in found if _same_speaker(q.speaker, d.speaker, stubs, shipped)]
    seed_text = SeedText(article)
    invented = [q for q in result.quotes if not seed_text.contains(normalise(q.text))]
    return {"seed": seed, "expected": len(expected), "found": len(found), "right": len(right),
            "drafted": len(result.quotes), "invented": len(invented),
            "missed": [q.id for q in expected if normalise(q.text) not in drafted]}


def _same_speaker(expected: str, drafted: str | None, stubs: dict[str, str], shipped) -> bool:
    if drafted == expected:
        return True
    person = shipped.people.get(expected)
    return drafted in stubs and person is not None and stubs[drafted] in (person.name, *person.aliases)


def _meets(row: dict) -> bool:
    found_ok = row["expected"] == 0 or row["found"] >= TARGET_FOUND * row["expected"]
    speaker_ok = row["found"] == 0 or row["right"] >= TARGET_SPEAKER * row["found"]
    return found_ok and speaker_ok and row["invented"] == 0


def _print(rows: list[dict], elapsed: float) -> None:
    total = {"seed": "all seeds", **{k: sum(r[k] for r in rows) for k in ("expected", "found", "right", "drafted", "invented")},
             "missed": [m for r in rows for m in r["missed"]]}
    rows.append(total)
    print(f"{'seed':<26} {'shipped':>7} {'found':>12} {'right speaker':>14} {'drafted':>7} {'not in article':>14}  meets targets")
    for row in rows:
        print(f"{row['seed']:<26} {row['expected']:>7} {_share(row['found'], row['expected']):>12} "
              f"{_share(row['right'], row['found']):>14} {row['drafted']:>7} {row['invented']:>14}  {'yes' if _meets(row) else 'NO'}")
    print(f"targets: found >= {TARGET_FOUND:.0%} of the shipped quotes, right speaker >= {TARGET_SPEAKER:.0%} of those, 0 not in the article")
    print(f"drafting all {len(rows) - 1} articles took {elapsed * 1000:.0f} ms")
    if total["missed"]:
        print("not found with the same text: " + ", ".join(total["missed"]))


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} {part / whole:.0%}" if whole else "-"


if __name__ == "__main__":
    raise SystemExit(main())
