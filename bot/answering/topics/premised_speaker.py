"""A question resting on a clause that has someone speak at a gathering: that premise checked first.

Sceptical askers put the claim before the question, and the question's "he" or "his"
points back to it:

    "since rutte opened the berlin conference in 2023, what was his main message"
        -> Mark Rutte is not among the speakers recorded at Berlin 2023 … Speakers: Jens Stoltenberg and Annalena Baerbock
    "stoltenberg's video message to the tirana conf - what did he stress"
        -> Jens Stoltenberg is not among the speakers recorded at Tirana 2025 … Speakers: Mark Rutte and Edi Rama
    "rutte's speech at tirana - what did he stress"   -> None (he spoke there: the other steps answer what he said)

The clause is read as "why did <person> speak at <gathering>" and handed to ``absent_speaker``,
which corrects it only when the knowledge records the gathering's speakers and the person is
not among them. Tried only when the message holds a word of speaking and a clause mark.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..mentions import Mentions, find_mentions
from ..search import normalize
from .absent_speaker import answer_absent_speaker

#: Words that put someone on a gathering's stage, one of which the message must hold (a set test before the pattern).
_CUES = frozenset("opened spoke addressed keynoted speech keynote address message remarks statement video hosted organised organized".split())
_SPEAKING = (r"(?:(?:really |actually )?(?:opened|spoke (?:at|to|in)|addressed|keynoted|(?:co-?)?hosted|organi[sz]ed"
             r"|gave (?:a |the |his |her |an )?(?:\w+ )?(?:speech|keynote|address|remarks|message|statement) (?:at|to|in)"
             r"|sent (?:a |his |her )?(?:video|message|video message) (?:to|at))"
             r"|(?:[\w-]+ )?(?:speech|keynote|address|message|remarks|statement) (?:at|to|in))")
#: "<lead> <person>('s) <speaking> <gathering>, <question pointing back>".
_PREMISE = lazy_pattern(
    r"^(?:since|as|given that|now that|because|seeing as|so|ok so)?\s*(?P<who>[a-z][\w.-]*(?: [a-z][\w.-]*)??)(?:['’]s)? " + _SPEAKING
    + r" (?P<event>[^,;:–—]+?)\s*(?:,|;|:|\s-+|–|—)\s*(?P<ask>(?:what|why|how|which|and|so|did|was)\b.*)$")
#: The question points back at the person of the clause.
_POINTS_BACK = lazy_pattern(r"\b(?:he|she|his|her|they|their|him)\b")


class _Premise(NamedTuple):
    text: str
    mentions: Mentions


def answer_premised_speaker(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The correction of a clause putting someone on a gathering's stage they were not on, before the question after it; or None."""
    lowered = text.strip().lower()
    if _CUES.isdisjoint(normalize(lowered).split()) or not (match := _PREMISE.match(lowered)) or not _POINTS_BACK.search(match["ask"]):
        return None
    premise = normalize(f"why did {match['who']} speak at {match['event']}")
    if len(lookup.named(match["who"], on=today).people) != 1:
        return None
    return answer_absent_speaker(lookup, premise, _Premise(premise, find_mentions(lookup, premise, today)), today)
