"""A decision asked about at a gathering where it was not made: where it was made, first.

    "when was cyberspace recognised as a domain at the wales summit"  -> No: … 9 July 2016 at NATO Warsaw Summit 2016, not at …
    "tell me about the nicc agreed in vilnius in 2023"                 -> No: … dates from 10 July 2024 (Washington), not Vilnius

Without this, the gathering named is the routes' answer (the Wales Summit's card, its dates) as if the decision had
been made there. Only a question naming a place or year that fits exactly one gathering, with a word of deciding,
is tried; the decision is the pledge or initiative the words left after the gathering's own name, clearly, and the
reply is the claim check of "<it> was agreed at <that gathering>" (``claim_checks``).
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event, Initiative, Pledge
from ...patterns import lazy_pattern
from ...reply import Reply
from ..constraints import could_meet, unmet
from ..lookup import Lookup
from ..places import PLACES
from ..search import STOPWORDS, normalize
from .dated_claims import initiative_claim, pledge_claim
from .established_by import decision_of

#: Words of deciding: a question holding none is not tried.
#: A decision claimed of a thing ("the centre was decided at vilnius"), not a thing described by it ("the nicc decided in vilnius").
_DECIDED = lazy_pattern(r"\b(?:was|were|is|been) (?:decided|agreed|approved|endorsed)\b")
_DECIDING = frozenset("agreed agree decided decide adopted adopt recognised recognized recognise recognize endorsed endorse approved approve "
                      "launched launch established establish founded created set signed issued".split())
#: Words that ask, not name a decision.
_ASKING = frozenset("when what where which who how why tell me about give show is was were are did does do info details date dates year day "
                    "at in on of the a an that this it nato allies alliance re regarding concerning anything something stuff up "
                    "ago years year right correct true".split())  # "... agreed at wales 12 years ago, right": the span claimed too
#: What was decided, told as a clause: "was it agreed at wales that cyber attacks could trigger article 5".
_DECIDED_THAT = lazy_pattern(r"\b(?:agreed|agree|decided|decide|declared|declare|recognised|recognized|recognise|recognize|adopted|adopt)\b(?: \S+){0,6}? that ")
#: Words of what was to be done, not which thing: "... that nato would build the nicc".
_MAKING = frozenset("would will could should can might must build make create set up establish form found start open have get".split())
#: Words every decision's name may hold: a decision is named by another word ("pledge", "nicc", "cyberspace").
_GENERIC = frozenset("cyber defence defense security".split())
_NAMED = 0.6  # of the words left, the share a pledge's or initiative's name must cover
_LEAD = 1.2  # ... and how far ahead of the next


def answer_misplaced_decision(lookup: Lookup, understood, today: dt.date) -> Reply | None:
    """The claim check of a decision put at a gathering where it was not made, or None."""
    question, mentions = understood.text, understood.mentions
    words = question.split()
    if not (mentions.places or mentions.year) or _DECIDING.isdisjoint(words):
        return None
    fits = [e for e in could_meet(lookup, mentions) if e.kind in ("summit", "conference", "meeting") and not unmet(e, mentions)]
    if len(fits) != 1:
        return None
    event = fits[0]
    own = set(normalize(" ".join((event.name, *event.aliases, event.city or "", event.country or ""))).split())
    vocabulary = lookup.index.vocabulary  # "cyber attacks could trigger article 5": the policy's words say "attack"
    left = [w[:-1] if w.endswith("s") and len(w) > 4 and w[:-1] in vocabulary else w for w in words
            if w not in own and w not in PLACES and not w.isdigit() and w not in _DECIDING and w not in _ASKING and w not in STOPWORDS and w not in _MAKING]
    telling = [w for w in left if w not in _GENERIC]
    if not telling or not lookup.hits(" ".join(telling), ("pledge", "initiative"), limit=1, min_coverage=_NAMED):
        return None  # "what was agreed at vilnius on cyber", "… cyber-wise": no decision named
    hits = lookup.hits(" ".join(left), ("pledge", "initiative"), limit=2, min_coverage=_NAMED)
    if not hits or len(hits) > 1 and hits[0].score < _LEAD * hits[1].score and hits[0].ref.type == hits[1].ref.type:
        return None
    item = lookup.item(hits[0].ref)
    if (_made_at(item, event) and not _DECIDED_THAT.search(question)) or getattr(item, "name", None) == event.series:
        return None  # "its annual cyber conference of 2025": the series the gathering is an edition of, no decision
        # ("was it agreed at wales that cyber attacks could trigger article 5": made there, said so by the decision's own check)
    said = f"was agreed at {normalize(event.name)}" + (f" in {normalize(event.city)}" if event.city else "")  # a meeting's name may name no place
    if isinstance(item, Initiative) and _DECIDED.search(question) and (decision := decision_of(lookup, item)) is not None:
        item = decision  # "the cyber centre was decided at vilnius": the decision that set it up, and where it was made
    return pledge_claim(lookup, item, said, False) if isinstance(item, Pledge) else initiative_claim(lookup, item, said, False)


def _made_at(item, event: Event) -> bool:
    """Whether the pledge was agreed at ``event``, or the initiative began there (or is one of its events)."""
    if isinstance(item, Pledge):
        return item.event == event.id
    founded = item.established
    return event.id in item.events and (founded is None or event.when.start.first_day() <= founded.first_day() <= (event.when.end or event.when.start).last_day())
