"""Names a phone's autocorrect replaced with a near word: the knowledge's long name the word is a slip or two from.

Autocorrect turns a name it does not know into a dictionary word spelt alike, keeping the first letter,
often without a sound in common with the name ("tiara" for Tirana) or split in two ("stolen berg"):

    slipped_name(lookup, "tiara")        -> "tirana"       (two slips from the place's name)
    slipped_name(lookup, "stolenberg")   -> "stoltenberg"  (``sound_alike`` joins "stolen berg" first)
    slipped_name(lookup, "olongren")     -> "ollongren"
    slipped_name(lookup, "macron")       -> None           (no name of the knowledge is spelt near it: an honest miss)
    slipped_name(lookup, "rome")         -> None           (short names: two slips from too many words)
    slipped_name(lookup, "romance")      -> None           (two letters changed, none added or dropped: another word)

Only names of six letters or more (people's names, places with an entry) are guessed, from words of five
or more sharing their first letter, and only when one name alone is that near; two slips only when one of them adds or
drops a letter (autocorrect's way), else one. Callers pass words the knowledge
and everyday English do not hold (``sound_alike.with_names_heard``). Pure: the names are listed once per
knowledge load (``PerLoad``).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from .lookup import Lookup
from .per_load import PerLoad, per_load
from .places import PLACES
from .search import normalize

_NAMES = PerLoad("autocorrected.names")
NAME_LEAST = 6  # letters of a name guessed: a shorter one is two slips from too many words
WORD_LEAST = 5  # letters of a word read as a slipped name
SLIPS = 2  # letters changed, dropped, added or swapped


def build_slip_names(lookup: Lookup) -> None:
    """List at load the names a slip may stand for, not on a question's time."""
    per_load(_NAMES, lookup, _names)


def slipped_name(lookup: Lookup, word: str) -> str | None:
    """The one long name of the knowledge ``word`` (lowercase) is within two slips of, with its first letter; else None."""
    if len(word) < WORD_LEAST:
        return None
    near = {name for name in per_load(_NAMES, lookup, _names).get(word[0], ())
            if abs(len(name) - len(word)) <= SLIPS and OSA.distance(word, name, score_cutoff=SLIPS) <= _slips_allowed(word, name)}
    return near.pop() if len(near) == 1 else None


def _slips_allowed(word: str, name: str) -> int:
    """Two slips when the lengths differ ("tiara": tirana), one when they do not ("romance" is no slip of romania)."""
    return SLIPS if len(word) != len(name) else 1


def _names(lookup: Lookup) -> dict[str, tuple[str, ...]]:
    """First letter -> the names of people and of places with an entry, six letters or more."""
    names = {w for person in lookup.knowledge.people.values() for w in normalize(person.name).split()}
    names |= {place for place in PLACES if " " not in place and place in lookup.index.vocabulary}
    by_letter: dict[str, list[str]] = {}
    for name in sorted(names):
        if len(name) >= NAME_LEAST and name.isalpha():
            by_letter.setdefault(name[0], []).append(name)
    return {letter: tuple(found) for letter, found in by_letter.items()}
