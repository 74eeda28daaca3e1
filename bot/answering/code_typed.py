"""A question typed as code (SQL, a function call, a method chain, grep before its file) -> the query form
``query_typed`` reads, so a developer poking the bot gets the answer a plain question gets:

    "SELECT * FROM events WHERE city='Rome'"         -> "events where city='Rome'"
    "select count(*) from summits"                   -> "how many summits"
    "events.filter(year=2024)", "events(year=2024)"  -> "events where year=2024"
    'quotes(speaker="rutte")', 'get_quotes(by="rutte")' -> 'quotes where speaker="rutte"'
    'get_event("tirana")', 'find_person("kallas")'   -> "event tirana", "who kallas"
    'person(id="mark-rutte").roles'                  -> "who mark rutte"
    "len(events)", "count(summits)"                  -> "how many events", "how many summits"
    "grep -i china quotes"                           -> "quotes | grep -i china"

Anything else, or code whose noun the bot does not list, is left as typed: never a guess. Pure; a message with no
"(" and not starting "select" or "grep" pays two tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_SQL = lazy_pattern(r"^\s*select\s+(?P<what>.+?)\s+from\s+(?P<noun>[a-z_]+)(?:\s+where\s+(?P<where>.+?))?(?:\s+(?:order|group)\s+by\s+.+?)?(?:\s+limit\s+\d+)?\s*;?\s*$",
                    re.IGNORECASE)
_COUNTED = lazy_pattern(r"^count\s*\(\s*(?:\*|[a-z_]+)\s*\)$", re.IGNORECASE)
#: "events.filter(year=2024)", "get_event('tirana')", "person(id='mark-rutte').roles", "len(events)".
_CALL = lazy_pattern(r"""^\s*(?:(?P<noun>[a-z_]+)\.(?:filter|where|find|get|search|query|all|list)|(?:get|find|list|fetch|search|lookup)_(?P<named>[a-z_]+)|(?P<called>[a-z_]+))"""
                     r"""\s*\((?P<args>[^()]*)\)(?:\.(?P<field>[a-z_]+)(?:\(\))?)?\s*;?\s*$""", re.IGNORECASE)
_GREP_FIRST = lazy_pattern(r"""^\s*grep(?P<flags>(?:\s+-[a-z]+)*)\s+(?P<words>'[^']+'|"[^"]+"|\S+)\s+(?P<noun>[a-z_]+)\s*$""", re.IGNORECASE)
_KEYWORD = lazy_pattern(r"""^\s*(?P<key>[a-z_]+)\s*=\s*(?P<value>'[^']*'|"[^"]*"|[^\s,'"]+)\s*$""", re.IGNORECASE)
_NOUNS = frozenset("events event conferences conference summits summit quotes quote people person persons speakers pledges pledge "
                   "initiatives sources".split())
_COUNTING = frozenset("len count size length".split())
_ONE = {"event": "event", "events": "event", "conference": "event", "summit": "event", "person": "who", "people": "who", "persons": "who",
        "speaker": "who", "quote": "quote", "quotes": "quote", "pledge": "pledge", "pledges": "pledge", "source": "sources", "sources": "sources"}


def code_as_query(text: str) -> str:
    """``text`` typed as code, as the query (or question) it asks; other text as it is."""
    head = text.lstrip()[:6].lower()
    if "(" not in text and not head.startswith(("select", "grep")):
        return text
    if head.startswith("select") and (sql := _SQL.match(text)) is not None:
        return _selected(sql)
    if head.startswith("grep") and (grep := _GREP_FIRST.match(text)) is not None and grep["noun"].lower() in _NOUNS:
        return f"{grep['noun'].lower()} | grep{grep['flags']} {grep['words']}"
    if (call := _CALL.match(text)) is not None:
        return _called(call) or text
    return text


def _selected(sql: re.Match) -> str:
    noun = sql["noun"].lower()
    if noun not in _NOUNS:
        return sql[0]
    if _COUNTED.match(sql["what"].strip()) and not sql["where"]:
        return f"how many {noun}"
    return f"{noun} where {sql['where']}" if sql["where"] else noun


def _called(call: re.Match) -> str | None:
    """The query a call asks, or None (a call the bot does not read)."""
    noun = (call["noun"] or call["named"] or call["called"]).lower()
    args = [a for a in call["args"].split(",") if a.strip()]
    if noun in _COUNTING and len(args) == 1 and args[0].strip().lower() in _NOUNS:
        return f"how many {args[0].strip().lower()}"
    plural = noun if noun.endswith("s") else f"{noun}s"
    if noun not in _NOUNS and plural not in _NOUNS:
        return None
    keywords = [m for a in args if (m := _KEYWORD.match(a))]
    if keywords and len(keywords) == len(args):
        pairs = [(m["key"].lower(), m["value"]) for m in keywords]
        if len(pairs) == 1 and pairs[0][0] in ("id", "name") and noun in _ONE:
            return f"{_ONE[noun]} {_plain(pairs[0][1])}"  # person(id="mark-rutte").roles: who mark rutte
        return f"{plural} where " + " and ".join(f"{key}={value}" for key, value in pairs)
    if len(args) == 1 and args[0].strip()[:1] in "'\"" and noun in _ONE:
        return f"{_ONE[noun]} {_plain(args[0])}"  # get_event("tirana")
    return plural if not args and not call["field"] else None


def _plain(value: str) -> str:
    return " ".join(value.strip().strip("'\"").replace("-", " ").replace("_", " ").split())
