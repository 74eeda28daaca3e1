"""Who decides, approves or signs off on what an entry covers: the sentence of its text that names the decider.

    "who has to sign off on sending an RRT to help an ally?"
        -> "Cyber rapid reaction teams: Deployment is decided by the North Atlantic Council."
    "post-Wales, who actually decides whether a cyber attack is serious enough to invoke article 5?"
        -> "Enhanced Cyber Defence Policy (...): ... the North Atlantic Council decides case by case whether ..."

The entry is the initiative, decision or event the question names as a phrase, else the nearest decision or
initiative whose deciding sentence shares a word the question names ("article 5"). An entry whose text names no
decider answers nothing here (the other routes answer, or say the knowledge does not record it). Never claims a
decider the text does not name. A question without a deciding verb costs a set test.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...knowledge.model import Event, Initiative, Pledge
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences, shorten
from ..search import normalize, tokens
from .events import event_reply
from .initiatives import initiative_reply
from .named_phrase import named_as_phrase
from .pledges import pledge_reply

_CUES = frozenset("decide decides decided approve approves authorise authorises authorize authorizes sign signs green go call say".split())
_ASKS = lazy_pattern(r"\bwho (?:\S+ ){0,3}?(?:decides?|approves?|authori[sz]es?|signs? off|gives? (?:the )?(?:go ahead|green light)|green ?lights?"
                     r"|makes? the (?:call|decision)|has the (?:final|last) (?:say|word))\b(?P<rest>.*)$")
_DECIDER = lazy_pattern(r"\b(?:decid(?:e|es|ed|ing)|decision|approv(?:e|es|ed|al)|authori[sz](?:e|es|ed|ation))\b", flags=re.IGNORECASE)
_STEM = 5  # letters a word is compared by: "deploying" meets "deployment"
#: Words of the asking and of deciding, and words every entry shares: they name no entry.
_PLAIN = frozenset("who actually really has have to must needs need would will can whether if on for about the a an it is be to of by "
                   "decide decides decided approve approves sign signs off go ahead green light call decision final last say word "
                   "cyber nato defence defense allies ally allied".split())


def answer_who_decides(lookup: Lookup, question: str) -> Reply | None:
    """The reply to "who decides ..." from the deciding sentence of the entry it names; None when no entry's text names a decider."""
    if _CUES.isdisjoint(question.split()) or (asked := _ASKS.search(question)) is None:
        return None
    rest = asked["rest"] or question
    asked_stems = {w[:_STEM] for w in tokens(rest) if w not in _PLAIN}
    named = [(3, e) for kind in ("initiative", "pledge", "event") if (e := named_as_phrase(lookup, question, kind)) is not None]
    named = [(3, e) for bonus, entry in named for e in (*_decided_at(lookup, entry), entry)]  # "wales 2014": the decisions made there first
    found = [(1 if n == 0 else 0, lookup.item(h.ref)) for n, h in enumerate(lookup.hits(rest, ("pledge", "initiative"), limit=5, min_coverage=0.1))]
    scored = [(bonus + overlap, -n, entry, sentence) for n, (bonus, entry) in enumerate(named + found)
              for overlap, sentence in [_deciding_sentence(entry, asked_stems)] if sentence is not None]
    if not scored:
        return None
    _, _, entry, sentence = max(scored, key=lambda s: s[:2])
    return replace(_reply(lookup, entry), title=f"{entry.name}: {shorten(sentence, 220)}")


def _deciding_sentence(entry, asked_stems: set[str]) -> tuple[int, str | None]:
    """The sentence of ``entry``'s text (summary, then commitments) that names who decides and shares most words with
    the question (first such on a tie), with how many it shares; (0, None) when none names a decider."""
    texts = [*sentences(getattr(entry, "summary", "") or ""), *getattr(entry, "commitments", ())]
    deciding = [(len(asked_stems & {w[:_STEM] for w in normalize(s).split()}), "decid" in s.lower(), -n, s) for n, s in enumerate(texts) if _DECIDER.search(s)]
    if not deciding:
        return 0, None
    overlap, _, _, sentence = max(deciding)  # most words shared; then "decides" over "approved"; then the first
    return overlap, sentence


def _decided_at(lookup: Lookup, entry) -> list[Pledge]:
    """The decisions made at ``entry`` when it is a gathering, else none."""
    return [p for p in lookup.knowledge.pledges.values() if p.event == entry.id] if isinstance(entry, Event) else []


def _reply(lookup: Lookup, entry) -> Reply:
    if isinstance(entry, Pledge):
        return pledge_reply(lookup, entry)
    if isinstance(entry, Initiative):
        return initiative_reply(lookup, entry)
    assert isinstance(entry, Event)
    return event_reply(lookup, entry)
