"""A country asked about as signing or joining a pledge that Allies made: an honest miss when it is no Ally.

    "when did republic of korea sign the cyber defence pledge" -> The knowledge records no signing of the Cyber Defence
                                                                   Pledge by Republic Of Korea: it was made by Allied
                                                                   Heads of State and Government (8 July 2016)
    "has japan joined the cyber defence pledge"               -> likewise, for Japan
    "when did germany sign the pledge", "when did allies make the pledge" -> None (an Ally, or the Allies: the pledge answers)

The pledge's own entry says who made it; a partner is never presented as one who signed. Tried only when the
question holds "pledge" and a verb of signing or joining; a person the knowledge names is left to the other routes.
"""

from __future__ import annotations

from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import item_refs
from ..places import NATO_ALLIES, PLACES
from .general import not_found

_SIGN_WORDS = frozenset("sign signed join joined adopt adopted endorse endorsed subscribe subscribed accede acceded".split())
_SIGNED = lazy_pattern(r"^(?:(?:when|in which year|what year|which year) (?:did|has|have|had)|did|has|have|had) (?P<who>(?:\S+ ){0,3}?\S+) (?:ever |already |also |officially |formally )?"
                       r"(?:sign|signed|join|joined|adopt|adopted|endorse|endorsed|subscribe to|subscribed to|accede to|acceded to) (?:up to )?(?:to )?"
                       r"(?P<pledge>(?:the )?(?:\S+ ){0,3}?pledge)\b")
#: Those who made a pledge: asked so, the pledge itself answers.
_MAKERS = frozenset("allies nato leaders members they we it the alliance heads allied".split())


def answer_pledge_signer(lookup: Lookup, question: str) -> Reply | None:
    """The honest miss for a country that is no Ally asked about as signing a pledge, or None."""
    words = question.split()
    if "pledge" not in words or _SIGN_WORDS.isdisjoint(words) or not (asked := _SIGNED.match(question)):
        return None
    who = asked["who"].removeprefix("the ")
    if _MAKERS & set(who.split()) or _is_an_ally(who) or lookup.best(who, ("person",), min_coverage=1.0) is not None:
        return None
    pledge = lookup.best(asked["pledge"], ("pledge",))
    if pledge is None:
        return None
    return replace(not_found(f"The knowledge records no signing of the {pledge.name} by {_as_name(who)}: it was made by {pledge.by} ({pledge.date})"),
                   items=item_refs([pledge]))



def _as_name(who: str) -> str:
    """"republic of korea" -> "Republic of Korea"."""
    return " ".join(w if w in ("of", "and", "the") else w.capitalize() for w in who.split())


def _is_an_ally(name: str) -> bool:
    """An Ally asked about by any of its names ("czech republic", "the uk") keeps the pledge's own answer: they made it together."""
    place = PLACES.get(name)
    return place is not None and place.country in NATO_ALLIES
