"""Initiatives named by what kind of thing they are and where they were agreed, not by their name.

    "the hub thing agreed at the washington summit"   -> the centre whose events include the summit in Washington
    "the big annual nato cyber exercise"              -> the one initiative that is an exercise

Read from the knowledge (each initiative's kind and the events it belongs to), so any knowledge file's initiatives
are found the same way; a description no initiative fits is an honest miss. Pure.
"""

from __future__ import annotations

from ..knowledge.model import Initiative
from .description_words import EVENT_MODIFIERS, Found, Word, held_in, place_at
from .described_events import own_place
from .lookup import Lookup
from .per_load import PerLoad, per_load

#: What people call a kind of initiative: "hub" for a centre, "platform" for a platform.
_KIND_WORDS = {"hub": "centre", "center": "centre", "centre": "centre", "platform": "platform", "team": "team", "teams": "team",
               "cell": "cell", "exercise": "exercise", "drill": "exercise", "programme": "programme", "program": "programme",
               "campaign": "campaign", "unit": "team"}
_AGREED = frozenset("agreed set launched created established announced decided founded unveiled".split())
_MORE_MODIFIERS = EVENT_MODIFIERS | frozenset("main new nato s alliance alliances".split())
_BY_KIND = PerLoad("described_initiatives.by_kind")


def by_kind(lookup: Lookup) -> dict[str, tuple[Initiative, ...]]:
    """Kind -> the initiatives of that kind."""
    def build(lookup: Lookup):
        found: dict[str, list[Initiative]] = {}
        for initiative in lookup.knowledge.initiatives.values():
            found.setdefault(initiative.kind, []).append(initiative)
        return {kind: tuple(items) for kind, items in found.items()}

    return per_load(_BY_KIND, lookup, build)


def initiative_described(lookup: Lookup, words: list[Word]) -> Found | None:
    """"the hub thing agreed at the washington summit", "the big annual nato cyber exercise" -> that initiative."""
    kinds = by_kind(lookup)
    for n, word in enumerate(words):
        kind = _KIND_WORDS.get(word.text)
        if kind is None or kind not in kinds:
            continue
        start = n
        while start > 0 and words[start - 1].text in _MORE_MODIFIERS:
            start -= 1
        if start == 0 or words[start - 1].text != "the":
            continue
        end = n + 1 + (n + 1 < len(words) and words[n + 1].text == "thing")
        at = end + (end < len(words) and words[end].text in ("that", "which")) 
        at += at < len(words) and words[at].text in ("was", "were")
        if at < len(words) and words[at].text == "from":  # "the hub thing from the washington summit"
            return _agreed_at(lookup, words, start - 1, at + 1, kinds[kind], word.text)
        if at < len(words) and words[at].text in _AGREED:
            at += 1 + (at + 1 < len(words) and words[at + 1].text == "up")
            if at < len(words) and words[at].text in ("at", "in", "during"):
                return _agreed_at(lookup, words, start - 1, at + 1, kinds[kind], word.text)
        if start < n and end - 1 == n and len(kinds[kind]) == 1 and (end >= len(words) or words[end].text not in ("s", "of")) and not any(
                w.text in ("name", "called") for w in words):  # "what is the annual exercise's name": the routes answer with it
            return Found(start - 1, end, kinds[kind], f"{word.text}")  # "the big annual nato cyber exercise": the one there is
    return None


def _agreed_at(lookup: Lookup, words: list[Word], first: int, at: int, initiatives: tuple[Initiative, ...], noun: str) -> Found | None:
    at += at < len(words) and words[at].text == "the"
    place = (place_at(words, at) or own_place(lookup, words, at)) if at < len(words) else None
    if place is None:
        return None
    held = {e.id for e in lookup.events_by_date if held_in(e, place[0])}
    end = at + place[1]
    while end < len(words) and words[end].text in _MORE_MODIFIERS | {"summit", "conference", "meeting"}:
        end += 1
    fitting = tuple(i for i in initiatives if held & set(i.events))
    return Found(first, end, fitting, f"{noun} agreed in {place[0].name}")
