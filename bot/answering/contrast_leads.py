"""A sentence about one gathering, then the same asked of another: the question asked of the other alone.

Someone comparing editions states what they know of one and asks about the next. Read whole, the place of the
statement is a constraint of the question, and nothing fits both:

    "in rome the co-hosts were italy and usa. and at the hague, who?"   -> "who were the co-hosts at the hague?"
    "in rome we had stoltenberg himself. at the hague who spoke for nato?" -> "at the hague who spoke for nato?"
    "rome was in november, tirana in october... and london 2019 which month?" -> "and london 2019 which month?"
    "rome was great. who spoke there?"                                  -> as typed (the question points back)

Only a statement (no question word first, no question mark) naming a city, followed by a question (a question word
first, a question mark, nothing pointing back) naming another city, is read so. Pure; on the text read into English (``run_on_leads.with_lead_break``); a text without a
sentence break costs one search.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import CITIES, in_english
from .search import normalize

#: The statement, then the question: a full stop, an ellipsis or an exclamation between them.
_BREAK = lazy_pattern(r"(?:\.{2,}|…|[.!;])\s+")
_ASKS = lazy_pattern(r"^(?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|was|were|are|has|had|can|could)\b")
#: The question, once "and at the hague," is off: it asks, and names no earlier thing ("was *it* the italians alone").
_ASKING = lazy_pattern(r"\b(?:who|whom|whose|what|when|where|which|how)\b|^(?:and |but |so )?(?:did|does|do|is|was|were|are|has|had)\b")
_POINTS_BACK = frozenset("it its they them their there that this these those he she his her him".split())
_CITIES = frozenset(normalize(city) for city in CITIES)
#: "and at the hague, who?": the other place and a question word alone.
_ELLIPTIC = lazy_pattern(r"^(?:and |but |while |what about |how about )?(?:at |in |for )?(?P<place>[a-z' ]+?),? (?P<wh>who|when|where|which|what)\s*\??\s*$", re.IGNORECASE)
#: "in rome the co-hosts were italy and usa": what the statement says, its subject before the verb.
_STATED = lazy_pattern(r"^(?:(?:in|at|for) [a-z' ]+?,? )?(?P<subject>the (?:[a-z-]+ ){0,3}?[a-z-]+) (?P<be>was|were|is|are)\b", re.IGNORECASE)


def asked_of_the_other(text: str) -> str:
    """``text`` (read into English, as typed) without a leading statement about another place; else ``text``."""
    if not (cut := _BREAK.search(text)):
        return text
    lead, question = text[: cut.start()], text[cut.end() :]
    lead_places, asked_places = _places(lead), _places(question)
    if not lead_places or not asked_places or lead_places & asked_places or _ASKS.match(lead.strip().lower()) or "?" in lead:
        return text
    if (elliptic := _ELLIPTIC.match(question.strip())) and (stated := _STATED.match(lead.strip())):
        return f"{elliptic['wh']} {stated['be']} {stated['subject']} at {elliptic['place'].strip()}?"
    asked = normalize(question)
    if "?" not in question or not _ASKING.search(asked) or not _POINTS_BACK.isdisjoint(asked.split()):
        return text
    return question


def _places(text: str) -> set[str]:
    words = in_english(normalize(text)).split()
    return {w for w in words if w in _CITIES} | {" ".join(p) for p in zip(words, words[1:]) if " ".join(p) in _CITIES}
