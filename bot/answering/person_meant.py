""""He" or "she" in a follow-up, among the people the last answer named: the one who held the role the question names.

    after "Speakers at Tirana: Mark Rutte and Edi Rama"
    "what post did he hold before becoming sg"   -> Mark Rutte (the one of them who became Secretary General)
    "what did he say"                            -> None (two men named; the question names no role to tell them apart)

Pure; runs only for a follow-up with a personal pronoun after an answer that named people.
"""

from __future__ import annotations

import datetime as dt

from ..reply import ItemRef
from .lookup import Lookup
from .places import PLACES
from .question_text import spell_out_shorthand
from .search import normalize


def person_meant(lookup: Lookup, question: str, people: tuple[ItemRef, ...], today: dt.date) -> ItemRef | None:
    """The one of ``people`` who held a role ``question`` (normalised) names, when it names a role and no person."""
    named = lookup.named(spell_out_shorthand(question), on=today)  # "sg", "pm": the role spelt out
    if not named.role or any(p.id not in {r.id for r in people} for p in named.people if not _holds(p, named.role)):
        return None
    fits = [ref for ref in people if (person := lookup.item(ref)) is not None and _holds(person, named.role)]
    return fits[0] if len(fits) == 1 else None


def _holds(person, role: str) -> bool:
    """Whether ``person`` held (or holds) a role called ``role`` ("secretary general", "romania s foreign minister")."""
    asked = _words(role)
    return any(asked <= _words(name) for r in person.roles for name in (r.title, *r.aliases))


def _words(text: str) -> frozenset[str]:
    """A role's words, a country's demonym as the country ("dutch" is "netherlands"), without the small words."""
    return frozenset(normalize(PLACES[w].country) if w in PLACES and not PLACES[w].is_city else w
                     for w in normalize(text).split() if w not in _SMALL)


_SMALL = frozenset("the of s a an".split())
