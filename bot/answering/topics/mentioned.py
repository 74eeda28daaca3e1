"""Whether someone mentioned an initiative, as the knowledge records it:

    "did stoltenberg mention nato's malware information-sharing platform in his rome speech?"
        -> "Yes: ... in his 2022 Rome keynote said Ukraine has access to it ...", with the platform

The answer is the sentence of the initiative's own summary that names the person (and the
place or year asked, when one is), never a guess: where no sentence names them, the
question is left to the other routes. Most questions pay a word-set check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences
from ..normalizing import normalize, word_set
from .general import not_found
from .initiatives import initiative_reply
from ...patterns import lazy_pattern

_VERBS = frozenset("mention mentioned mentions talk talked speak spoke refer referred bring brought discuss discussed".split())
_MENTIONED = lazy_pattern(r"^(?:did|does|has|had) (?P<who>.+?) (?:ever |actually |really |also )?"
                          r"(?:mention(?:ed)?|talk(?:ed)? about|sp(?:ea|o)k(?:e)? (?:about|of)|refer(?:red)? to|bring up|brought up|discuss(?:ed)?)\b (?P<what>.+)$")
_WHERE = lazy_pattern(r"\b(?:in|at|during) (?:his|her|their|the)? ?(?P<where>.+?)(?: speech| keynote| address| remarks| op ed| article)?$")


def answer_mentioned(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """``question`` normalised: "yes" and the initiative, when its summary says the person named mentioned it."""
    if _VERBS.isdisjoint(word_set(question)) or (match := _MENTIONED.match(question)) is None:
        return None
    people = lookup.named(match["who"], on=today).people
    initiative = lookup.best(match["what"], ("initiative",))
    if not people or initiative is None:
        return None
    surname = normalize(people[0].name).split()[-1]
    where = normalize(m["where"]) if (m := _WHERE.search(match["what"])) else ""
    said = [s for s in sentences(initiative.summary) if surname in normalize(s).split()]
    fitting = [s for s in said if not where or any(w in normalize(s).split() for w in where.split())]
    if not fitting:
        if said or _quoted_by(lookup, people[0], initiative):
            return None  # named elsewhere, or in the person's own words: the other routes tell
        return not_found(f"The knowledge does not record {people[0].name} mentioning the {initiative.name}",
                         suggestions=(f"search {initiative.name}", f"quotes {people[0].name}"))
    reply = initiative_reply(lookup, initiative)
    return replace(reply, title=f"Yes, as the knowledge records it: {fitting[0]}")


def _quoted_by(lookup: Lookup, person, initiative) -> bool:
    """Whether one of the person's quotes holds the initiative's name or an alias of it."""
    names = [f" {normalize(n)} " for n in (initiative.name, *initiative.aliases)]
    return any(n in f" {normalize(q.text)} " for q in lookup.quotes_of(person) for n in names)
