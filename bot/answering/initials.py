"""Initials and acronyms of the knowledge's own names, read as those names before a question is understood.

    "what did JS say in rome re money"   -> "what did Stoltenberg say in rome re money"
    "last year's NCDC - where/when"      -> "last year's NATO Cyber Defence Conference - where/when"
    "cdpc 2021 host?"                    -> "Cyber Defence Pledge Conference 2021 host?"

The table is built from the knowledge once per load: each person's initials
(first and last name, and every name part), each event series' acronym (three
letters or more). A set of initials two names share is left as typed, and so
is a word the knowledge itself uses (an alias such as "NICC" keeps its entry).
Typed in lower case, initials are read only when they are no common short word
("mr", "pm", "er" stay what they are). Pure: the knowledge is read through ``Lookup``.
"""

from __future__ import annotations

import re

from .lookup import Lookup
from .mentions import ANNUAL_SERIES
from .per_load import PerLoad, per_load
from .search import normalize
from ..patterns import lazy_pattern

#: Short words a chat user types in lower case that are someone's initials too: never read as a name.
_COMMON = frozenset(
    "a i am an as at be by do go he hi if in is it me mr ms mrs my no of oh ok on or pm so to up us we ye er en lo eu un "
    "uk re vs ad bc tv pc id hr ir it ex ai ml pr qa ty np gg gl rn dm ft mm km cm ps os ui ux cv op eg ie am ma pa".split()
)
_INITIALS_LEAST = 2  # letters: "JS"
_ACRONYM_LEAST = 3  # letters: "NCDC"; two-letter series acronyms ("CC") mean too much else
_TYPED = lazy_pattern(r"(?<![\w'’])([A-Za-z]{2,6})(?![\w]|['’](?![sS]\b))")  # "cdc's so far": the initials, then their "'s"
_TABLES = PerLoad("initials.tables")


def build_initials(lookup: Lookup) -> None:
    """Build at load the table of the knowledge's initials and acronyms, not on a question's time."""
    per_load(_TABLES, lookup, _table)


def spell_out_initials(lookup: Lookup, text: str) -> str:
    """``text`` with each set of initials of one person, or acronym of one series, written as that name."""
    table = per_load(_TABLES, lookup, _table)
    words = normalize(text).split()
    if not table or table.keys().isdisjoint(words) and table.keys().isdisjoint(w[:-1] for w in words if w.endswith("s")):
        return text  # most questions: no initials (nor "cdcs"), no pattern run
    vocabulary = lookup.index.vocabulary

    def spelt(match: re.Match) -> str:
        word = match[1]
        low = word.lower()
        name = table.get(low)
        if name is None and low.endswith("s") and low[:-1] in table and low not in vocabulary:  # "all ncdcs": each of them
            name, low = table[low[:-1]] + "s", low[:-1]
        if name is None or low in vocabulary:
            return word
        if word != word.upper() and low in _COMMON:  # "pm", "mr": words, unless typed as initials ("PM" stays a role too)
            return word
        return name

    return _TYPED.sub(spelt, text)


def _table(lookup: Lookup) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for person in lookup.knowledge.people.values():
        parts = [p for p in _NAME_PARTS.split(person.name) if p[:1].isalpha()]
        for letters in {_letters(parts), _letters([parts[0], parts[-1]])} if len(parts) >= 2 else ():
            if len(letters) >= _INITIALS_LEAST:
                seen.setdefault(letters, set()).add(parts[-1])  # the surname, as chat users name people: "Stoltenberg"
    for series in {e.series for e in lookup.knowledge.events.values() if e.series}:
        words = series.split()  # "NCDC", and "CDC" without the owner: "the annual NATO CDC"
        for letters in {_letters(words), _letters(words[1:]) if words[0].lower() == "nato" else ""}:
            if len(letters) >= _ACRONYM_LEAST:
                seen.setdefault(letters, set()).add(f"annual {series}" if series == ANNUAL_SERIES else series)  # not a pledge one
    return {letters: next(iter(names)) for letters, names in seen.items() if len(names) == 1 and letters not in _COMMON}


def _letters(parts: list[str]) -> str:
    return normalize("".join(part[0] for part in parts))


_NAME_PARTS = lazy_pattern(r"[\s\-]+")  # compiled with the others at load, not by a question
