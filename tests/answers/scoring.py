"""Scoring the public answer table (answer_table.yaml) against the real bot.

One function per judgement, so the test (tests/test_answer_table.py) and the
benchmark (benchmarks/answers.py) judge alike:

    judge(row, reply, rendered) -> "" when the answer is good, else why not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

TABLE = Path(__file__).with_name("answer_table.yaml")
DEFAULT_TODAY = dt.date(2026, 11, 23)
CHAT_LIMIT = 2000
#: How an honest miss opens when it is not a plain not-found reply.
MISS_OPENINGS = ("I have no", "There is no", "Nothing in the knowledge", "No quote", "The knowledge does not",
                 "The knowledge names no", "The knowledge records no", "Nobody", "Not ", "No ")


@dataclass(frozen=True)
class Row:
    cls: str
    ask: str
    today: dt.date
    answer: dict | None = None
    miss: dict | None = None
    extra: dict = field(default_factory=dict)
    after: tuple[str, ...] = ()  # asked first, in the same conversation: the row is a follow-up ("who hosted it?")


def load_rows(path: Path = TABLE) -> list[Row]:
    rows = []
    for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
        today = dt.date.fromisoformat(str(raw["today"])) if "today" in raw else DEFAULT_TODAY
        after = raw.get("after", ())
        rows.append(Row(raw["class"], str(raw["ask"]), today, raw.get("answer"), raw.get("miss"),
                        after=(after,) if isinstance(after, str) else tuple(after)))
    return rows


def ask_in_conversation(bot, row: Row, conversation: str):
    """The bot's reply to ``row`` in a conversation of its own, after the questions it follows up."""
    from bot.request import Request

    for earlier in row.after:
        bot.handle(Request(earlier, user=conversation))
    return bot.handle(Request(row.ask, user=conversation))


def is_miss(reply) -> bool:
    return reply.kind in ("not_found", "usage") or reply.title.startswith(MISS_OPENINGS)


#: "Who spoke for NATO at Tirana?": the reply leads with the person and the gathering together ("NATO at NATO Cyber
#: Defence Conference 2025: Mark Rutte"), so either may be the first item it names. The rows disagree (the public
#: table the gathering, many blind writers the person); the rendered reply is the same.
_ASKS_WHO = re.compile(r"\bwho(?:m|se)?\b|\bqui\b|\bqui[eé]n(?:es)?\b|\bkto\b|\bkdo\b|\bkim(?:di|in)?\b|\bwhich (?:\w+ )?(?:official|minister|speaker|person|politician)s?\b", re.IGNORECASE)  # "qui": French who; "quién": Spanish; "kto": Polish; "kdo": Czech; "kim": Turkish


def _leads_with(ids: list[str], first: str, row: Row) -> bool:
    return ids[:1] == [first] or (first in ids[:2] and _ASKS_WHO.search(row.ask) is not None)


def judge(row: Row, reply, rendered: str) -> str:
    """"" for a good answer, else the reason it is not."""
    if len(rendered) > CHAT_LIMIT:
        return f"{len(rendered)} characters: longer than one chat message"
    ids = [i.id for i in reply.items]
    lowered = rendered.lower()
    if row.miss is not None:
        if not is_miss(reply):
            return f"presented an answer ({reply.title!r}) where the knowledge has none"
        expect = row.miss
    else:
        if is_miss(reply):
            return f"missed: {reply.title!r}"
        expect = row.answer or {}
        if (first := expect.get("first")) and not _leads_with(ids, first, row):
            return f"about {ids[:1]} instead of {first}"
        if missing := [i for i in expect.get("has", ()) if i not in ids]:
            return f"does not name {missing}"
    if missing := [w for w in expect.get("says", ()) if w.lower() not in lowered]:
        return f"does not say {missing}"
    if wrong := [w for w in expect.get("not", ()) if w.lower() in lowered]:
        return f"says {wrong}"
    return ""
