"""The kind of entry options share when it is named once, after the last: "the tallinn and rome pledge conferences".

    shared_noun(["the 2022", "2024 pledge conferences"])            -> ["the 2022 pledge conferences", "2024 pledge conferences"]
    shared_noun(["berlin", "the hague pledge conference"])          -> ["berlin pledge conference", "the hague pledge conference"]
    alone_as_typed("berlin pledge conference", parts, "which came first berlin or the hague pledge conference")
                                                                    -> "berlin" (typed alone: the kind was the last option's)
    shared_year("the london one", parts, "which was earlier in 2024 the hague conference or the london one")
                                                                    -> "the london one 2024" (the year named once, outside the options)

A kind given to an option that was typed without it is a reading, not what the asker said: where no
entry of that kind is there ("berlin pledge conference"), the option is read as typed ("berlin": the
Berlin conference), while "the berlin pledge conference or the hague one" still misses honestly.
"""

from __future__ import annotations

from ..constraints import YEARS
from ..mentions import KIND_WORDS, ORDINALS
from ..places import PLACES



def shared_noun(parts: list[str]) -> list[str]:
    """"the 2022 and 2024 pledge conferences", "the tallinn and rome pledge conferences": a part that is only a year,
    an ordinal or a place takes the kind of entry the last part names ("pledge conferences")."""
    if len(parts) < 2:
        return parts
    if _only_year_or_place(parts[-1]) and not _only_year_or_place(parts[0]):  # "the first annual conference and the third"
        shared = [parts[0], *shared_noun([*parts[1:], parts[0]])[:-1]]  # "the first pledge conference, paris or london": the kind asked, then the options
        bare_kind = len(parts) > 2 and all(map(_only_year_or_place, parts[1:])) and not any(w in PLACES or w[:1].isdigit() or w in ORDINALS for w in parts[0].split())
        return shared[1:] if bare_kind else shared
    last = parts[-1].split()
    at = next((n for n, w in enumerate(last) if w in _NOUN_WORDS), None)
    if at is None:
        return parts
    noun = " ".join(w for w in last[at:] if not w.isdigit())
    return [f"{p} {noun}" if _only_year_or_place(p) else p for p in parts[:-1]] + parts[-1:]


def _only_year_or_place(part: str) -> bool:
    """"the 2022", "the tallinn", "second": words that need the noun after them to name an entry."""
    words = [w for w in part.split() if w not in ("the", "a", "an")]
    return bool(words) and all(w.isdigit() or w in ORDINALS or w in PLACES for w in words) or " ".join(words) in PLACES


_NOUN_WORDS = frozenset(KIND_WORDS) | frozenset("pledge annual series".split())


def alone_as_typed(part: str, parts: list[str], typed: str) -> str | None:
    """``part`` without the kind ``shared_noun`` gave it from the last of ``parts``, when ``typed`` (the normalised
    message) holds it only without that kind; else None."""
    last = parts[-1].split() if parts else []
    at = next((n for n, w in enumerate(last) if w in _NOUN_WORDS), None)
    if at is None or part == parts[-1] or f" {part} " in f" {typed} ":
        return None
    noun = " ".join(w for w in last[at:] if not w.isdigit())
    alone = part.removesuffix(f" {noun}")
    return alone if alone != part and f" {alone} " in f" {typed} " else None


def shared_year(part: str, parts: list[str], typed: str) -> str | None:
    """"which was earlier in 2024, the hague conference or the london one": ``part`` with the one year ``typed`` (the
    normalised message) names, where none of ``parts`` names a year of its own; else None. For a part that names
    no one entry alone ("the london one": 2019's or 2024's)."""
    years = set(YEARS.findall(typed))
    if len(years) != 1 or any(YEARS.search(p) for p in parts):
        return None
    return f"{part} {years.pop()}"
