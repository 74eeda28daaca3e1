"""Clipped surnames and their pet forms read as the surname, when no spelling of the knowledge is near.

    "when did stolty stop being sec gen"   -> "stoltenberg" ("stolt" + "y")
    "what did stolt say in rome"           -> "stoltenberg"
    "baerbocky at berlin"                  -> "baerbock" (the whole surname, and a pet ending)
    "tuckster", "stoltzilla"               -> as typed (no pet ending this module knows)

A chat user shortens a long surname and often adds a pet ending ("-y", "-ie",
"-o", "-s"). The clipped part must open exactly one person's surname and be
long enough to be no ordinary word's start (``CLIPPED_LEAST`` letters, more
when typed bare, without a pet ending). Only words the spelling step could not
mend reach here (``spelling.correct_spelling``), so a word the knowledge or
English holds is never read as a name. Pure: the surnames are built once per
knowledge load.
"""

from __future__ import annotations

from .lookup import Lookup
from .per_load import PerLoad, per_load
from .search import normalize

CLIPPED_LEAST = 4  # letters before a pet ending: "stolt|y", "baer|bie"
BARE_LEAST = 5  # letters typed with no pet ending: "stolt" (a bare "rutt", "geoa" is as often a typo of something else)
PET_ENDINGS = ("ie", "y", "o", "s")
_SURNAMES = PerLoad("nicknames.surnames")


def build_nicknames(lookup: Lookup) -> None:
    """Build at load the surnames a nickname is matched against, not on a question's time."""
    per_load(_SURNAMES, lookup, _surnames)


def surname_of_nickname(lookup: Lookup, word: str) -> str | None:
    """The one surname ``word`` (lower case) is a clipped or pet form of, or None.

    >>> surname_of_nickname(lookup, "stolty")
    'stoltenberg'
    """
    surnames = per_load(_SURNAMES, lookup, _surnames)
    for clipped in _clippings(word):
        matches = [s for s in surnames if s.startswith(clipped)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            return None  # two people's surnames open so: not a guess to make
    return None


def _clippings(word: str) -> list[str]:
    """The parts of ``word`` that may be a clipped surname: without a pet ending, then as typed (longest last)."""
    clipped = [word[: -len(end)] for end in PET_ENDINGS if word.endswith(end) and len(word) - len(end) >= CLIPPED_LEAST]
    return clipped[:1] + ([word] if len(word) >= BARE_LEAST else [])


def _surnames(lookup: Lookup) -> tuple[str, ...]:
    return tuple(sorted({normalize(person.name).split()[-1] for person in lookup.knowledge.people.values() if person.name.strip()}))
