"""Who "he" or "she" is after an answer about an event: one of the people that answer named.

    after "who opened the berlin conference?" (Stoltenberg and Baerbock)   "did she ..."  -> Annalena Baerbock
    after "did rutte speak at the tirana conference?" (the title names Rutte)  "was he ..." -> Mark Rutte
    after "who spoke at tirana?" (Rutte and Rama, both "he")                 "was he ..."  -> Mark Rutte, the first named

The people the answer's title names come first, in the order it names them; a pronoun the knowledge's own text
uses for a person ("She ..." in their summary) rules out those it does not fit. Reads only the few people of one
answer, never all people.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_HE = frozenset("he him his himself".split())
_SHE = frozenset("she her hers herself".split())
_PRONOUNS = lazy_pattern(r"\b(?:he|him|his|himself|she|her|hers|herself)\b")


def person_meant(lookup: Lookup, pronoun: str, people: tuple[ItemRef, ...], title: str) -> str | None:
    """The name of the person ``pronoun`` ("he", "her" ...) stands for among ``people``, or None when none fits."""
    persons = [p for p in (lookup.item(r) for r in people if r.type == "person") if p is not None]
    if not persons or not (pronoun in _HE or pronoun in _SHE):
        return None
    titled = normalize(title).split()
    named = sorted((titled.index(last), n, p) for n, p in enumerate(persons) if (last := normalize(p.name).split()[-1]) in titled)
    ordered = [p for _, _, p in named] or persons
    fitting = [p for p in ordered if _pronoun_of(p.summary or "") in (None, "he" if pronoun in _HE else "she")]
    return fitting[0].name if fitting else None


def _pronoun_of(text: str) -> str | None:
    """"he" or "she" as a person's own summary refers to them, or None when it uses neither (or both)."""
    used = {"he" if word in _HE else "she" for word in _PRONOUNS.findall(text.lower())}
    return next(iter(used)) if len(used) == 1 else None
