"""Who "he" or "she" is in a follow-up: one of the people the last answer named.

    after "Speakers at Tirana: Mark Rutte and Edi Rama"
    "what post did he hold before becoming sg"   -> Mark Rutte (the one of them who held the role named: ``person_by_role``)
    after "who opened the berlin conference?" (Stoltenberg and Baerbock)
    "did she ..."                                -> Annalena Baerbock (``person_meant``)
    "what did she say there"                     -> Annalena Baerbock, the one woman of them (``only_one_meant``)
    after "did rutte speak at the tirana conference?" (the title names Rutte)
    "was he ..."                                 -> Mark Rutte

By role first: the one of them who held the role the question names. Else the people the answer's title names
come first, in the order it names them, and a pronoun the knowledge's own text uses for a person ("She ..." in
their summary) rules out those it does not fit. Reads only the few people of one answer, never all people.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .places import PLACES
from .shorthand import spell_out_shorthand
from .search import normalize

_HE = frozenset("he him his himself".split())
_SHE = frozenset("she her hers herself".split())
_PRONOUNS = lazy_pattern(r"\b(?:he|him|his|himself|she|her|hers|herself)\b")
_BECAME = lazy_pattern(r"\b(?:did|does|was|is|has|had|will) (?:he|she)\b")
#: "the same person", "that same speaker": a pronoun for the one person the last answer named.
_SAME_PERSON = lazy_pattern(r"\b(?:the|that|this) (?:very )?same (?:person|man|woman|speaker|official|guy|politician|minister|diplomat)\b"
                            r"|\b(?:that|this) (?:person|speaker|official|guy|politician)\b(?! said\b)")


def as_pronoun(question: str) -> tuple[str, bool]:
    """``question`` (normalised) with "the same person" as "he", and whether it was so (she fits as well)."""
    if ("same" not in question and "that " not in question and "this " not in question) or not (same := _SAME_PERSON.search(question)):
        return question, False
    return f"{question[: same.start()]}he{question[same.end():]}", True


def person_at(lookup: Lookup, word: str, subject: ItemRef, question: str, today: dt.date, people: tuple[ItemRef, ...] = ()) -> bool:
    """"what did she say at the pledge conference", after Ollongren: "she" is still the person talked about, the
    gathering named only where (the question names no person or role of its own); after an answer about a gathering
    that named one person ("NATO at X: Mircea Geoană"), that person."""
    one_person = subject.type == "event" and sum(p.type == "person" for p in people) == 1
    if word not in ("he", "she", "him") or not (subject.type == "person" or one_person):
        return False
    if _BECAME.search(question):
        return True  # "when did he become sg", "is he still dsg": "he" is the subject; the role is what is asked of him
    named = lookup.named(question, on=today)
    return not (named.people or named.role)


def person_by_role(lookup: Lookup, question: str, people: tuple[ItemRef, ...], today: dt.date) -> ItemRef | None:
    """The one of ``people`` who held a role ``question`` (normalised) names, when it names a role and no person."""
    named = lookup.named(spell_out_shorthand(question), on=today)  # "sg", "pm": the role spelt out
    if not named.role or any(p.id not in {r.id for r in people} for p in named.people if not _holds(p, named.role)):
        return None
    fits = [ref for ref in people if (person := lookup.item(ref)) is not None and _holds(person, named.role)]
    return fits[0] if len(fits) == 1 else None


def person_meant(lookup: Lookup, pronoun: str, people: tuple[ItemRef, ...], title: str) -> str | None:
    """The name of the person ``pronoun`` ("he", "her" ...) stands for among ``people``, or None when none fits."""
    persons = [p for p in (lookup.item(r) for r in people if r.type == "person") if p is not None]
    if not persons or not (pronoun in _HE or pronoun in _SHE):
        return None
    titled = normalize(title).split()
    named = sorted((titled.index(last), n, p) for n, p in enumerate(persons) if (last := normalize(p.name).split()[-1]) in titled)
    ordered = [p for _, _, p in named] or persons
    fitting = [p for p in ordered if pronoun_of(p.summary or "") in (None, "he" if pronoun in _HE else "she")]
    return fitting[0].name if fitting else None


def only_one_meant(lookup: Lookup, pronoun: str, people: tuple[ItemRef, ...], title: str) -> str | None:
    """The name of the one person ``pronoun`` fits by the knowledge's own pronoun for them, among ``people`` (those the
    answer's ``title`` names, when it names some), or None when none or several do: "she" after "opened by Stoltenberg
    and Baerbock" is Baerbock; after two women, or one person alone, nobody in particular."""
    if not (pronoun in _HE or pronoun in _SHE):
        return None
    persons = [p for p in (lookup.item(r) for r in people if r.type == "person") if p is not None]
    titled = set(normalize(title).split())
    persons = [p for p in persons if normalize(p.name).split()[-1] in titled] or persons
    asked = "he" if pronoun in _HE else "she"
    fitting = [p for p in persons if pronoun_of(p.summary or "") == asked]
    return fitting[0].name if len(fitting) == 1 and len(persons) > 1 else None


def another_meant(lookup: Lookup, question: str, person, pronoun: str) -> bool:
    """Whether ``pronoun`` in ``question`` stands for someone the question names itself rather than for ``person`` (the
    last answer's): "baerbok berlin 2023 who is she" after Rutte is Baerbock. Only where the pronoun does not fit
    ``person`` ("she" for someone the knowledge calls "he") and fits the one named: a "he" put in by a translation
    ("și ce a spus acolo?" after Odobescu) still points back."""
    if _fits(person, pronoun):
        return False
    from .spelling import correct_spelling  # the name as typed may be misspelt

    named = lookup.named_by_name(correct_spelling(lookup, question)).people
    return any(p is not person and _fits(p, pronoun) for p in named)




def _fits(person, pronoun: str) -> bool:
    asked = "he" if pronoun in _HE else "she" if pronoun in _SHE else None
    return asked is None or pronoun_of(getattr(person, "summary", None) or "") in (None, asked)


def pronoun_of(text: str) -> str | None:
    """"he" or "she" as a person's own summary refers to them, or None when it uses neither (or both)."""
    used = {"he" if word in _HE else "she" for word in _PRONOUNS.findall(text.lower())}
    return next(iter(used)) if len(used) == 1 else None


def _holds(person, role: str) -> bool:
    """Whether ``person`` held (or holds) a role called ``role`` ("secretary general", "romania s foreign minister")."""
    asked = _words(role)
    return any(asked <= _words(name) for r in person.roles for name in (r.title, *r.aliases))


def _words(text: str) -> frozenset[str]:
    """A role's words, a country's demonym as the country ("dutch" is "netherlands"), without the small words."""
    return frozenset(normalize(PLACES[w].country) if w in PLACES and not PLACES[w].is_city else w
                     for w in normalize(text).split() if w not in _SMALL)


_SMALL = frozenset("the of s a an".split())
