"""A claim whose subject is told by who wrote or spoke of it: the claim checked of that thing, and the teller held to it.

    "the website hack stoltenberg wrote about was in 2016 i think?"
        -> No: DDoS attack on NATO public websites took place 15–16 March 2014   (his 2016 op-ed tells of it)
    "the summit stoltenberg wrote about was wales, right?"  -> Yes: NATO Wales Summit 2014 ...
    "the attack rutte mentioned was in 2014?"
        -> I have no record of Mark Rutte telling of DDoS attack on NATO public websites. (then the claim's check)

Without this the teller and verb reached the quote check as someone's words ("I have no quote by Jens Stoltenberg
with the words “was in 2016”"). The claim is checked without the teller (``claim_checks``); the teller is a
constraint: met when a gathering or piece they spoke at or wrote shares a source with the entry, else said first.
Only "the/that/this <thing noun> <name> wrote about/mentioned/spoke of ... was/is/happened …"; a question without a
telling verb costs one set check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..claims import CLAIM_PREFIX
from ..lookup import Lookup
from .claim_checks import answer_claim
from ..normalizing import word_set

_CUES = frozenset("wrote writes mentions mentioned talked talks spoke refers referred describes described cites cited".split())
_NOUN = (r"(?:hack|hacks|attack|attacks|ddos|incident|breach|cyberattack|outage|summit|conference|pledge|decision|centre|center|exercise"
         r"|initiative|campaign|policy|concept|meeting|event|gathering)")
_TOLD = r"(?:wrote about|writes about|wrote of|mentions|mentioned|talked about|talks about|spoke about|spoke of|refers to|referred to|describes|described|cites|cited)"
_TOLD_OF = lazy_pattern(rf"^(?:is it true that )?(?P<thing>(?:(?:so|and|but) )?(?:the|that|this) (?:(?!(?:was|is|were|that|which)\b)\S+ ){{0,4}}?{_NOUN})"
                        rf"(?: (?:that|which))? (?P<who>(?!(?:was|is|were)\b)\S+(?: \S+)?) {_TOLD}(?P<rest> (?:was|is|were|happened|took place|occurred|dates|dated|came)\b.*)$")


def answer_teller_claim(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The check of a claim about a thing told of by someone (``question`` normalised), or None for another question."""
    if _CUES.isdisjoint(word_set(question)) or (told := _TOLD_OF.match(question)) is None:
        return None
    named = lookup.named(told["who"], on=today)
    if len(named.people) != 1 or named.rest:
        return None  # "the summit everyone talked about": no one named
    checked = answer_claim(lookup, f"{CLAIM_PREFIX}{told['thing']}{told['rest']}", today)
    if checked is None or not checked.items:
        return None  # the thing not found by its words alone: the other steps try the whole question
    person, entry = named.people[0], lookup.item(checked.items[0])
    if _told_of(lookup, person, entry):
        return checked
    return replace(checked, title=f"I have no record of {person.name} telling of {entry.name}. {checked.title}")


def _told_of(lookup: Lookup, person, entry) -> bool:
    """Whether a gathering or piece ``person`` spoke at or wrote shares a source with ``entry`` (or is it)."""
    sources = set(getattr(entry, "sources", ()))
    return any(event is entry or sources.intersection(event.sources) for event in lookup.events_with(person))
