"""Who decides on, how progress is tracked in, and what came of what an entry covers: the sentence of its text that says so.

    "who has to sign off on sending an RRT to help an ally?"
        -> "Cyber rapid reaction teams: Deployment is decided by the North Atlantic Council."
    "post-Wales, who actually decides whether a cyber attack is serious enough to invoke article 5?"
        -> "Enhanced Cyber Defence Policy (...): ... the North Atlantic Council decides case by case whether ..."
    "how was implementation of the pledge supposed to be tracked over time?"
        -> "Cyber Defence Pledge: Progress is assessed every year, since 2018 at Cyber Defence Pledge Conferences."
    "had the pledge made any difference to what allies put into cyber defence?"
        -> "Cyber Defence Pledge: According to Stoltenberg in 2022, it has seen Allies increase their investment ..."

The entry is the decision, initiative or event the question names as a phrase (a gathering: the decisions made there
first), else the nearest decision or initiative whose sentence shares a word the question names ("article 5"). An
entry whose text does not say it answers nothing here (the other routes answer, or say the knowledge does not record
it): never a decider, a check or an effect the text does not name. A question without a cue word costs a set test.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

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

class _Aspect(NamedTuple):
    cues: frozenset[str]
    asks: object  # a lazy pattern whose group "rest" (if any) holds the words after the ask
    says: object  # a lazy pattern a sentence that answers holds


_ASPECTS = (
    _Aspect(frozenset("decide decides decided approve approves authorise authorises authorize authorizes sign signs green go call say".split()),
            lazy_pattern(r"\bwho (?:\S+ ){0,3}?(?:decides?|approves?|authori[sz]es?|signs? off|gives? (?:the )?(?:go ahead|green light)|green ?lights?"
                         r"|makes? the (?:call|decision)|has the (?:final|last) (?:say|word))\b(?P<rest>.*)$"),
            lazy_pattern(r"\b(?:decid(?:e|es|ed|ing)|decision|approv(?:e|es|ed|al)|authori[sz](?:e|es|ed|ation))\b", flags=re.IGNORECASE)),
    _Aspect(frozenset("tracked monitored assessed reviewed measured checked evaluated track monitor assess review measure check tracking monitoring".split()),
            lazy_pattern(r"\bhow (?:is|was|are|were|will|would|should|do|does|did) (?:\S+ ){0,8}?(?:tracked|monitored|assessed|reviewed|measured|checked|evaluated"
                         r"|track|monitor|assess|review|measure|check|evaluate)\b|\b(?:tracking|monitoring|assessment|review) of (?:the )?(?:progress|implementation)\b"),
            lazy_pattern(r"\b(?:assess(?:ed|es|ment)?|review(?:ed|s)?|monitor(?:ed|s|ing)?|progress)\b", flags=re.IGNORECASE)),
    _Aspect(frozenset("difference impact effect effects achieve achieved worked".split()),  # not "outcome of the summit": what it decided
            lazy_pattern(r"\b(?:made|make|makes|making) (?:any |a |much |some |real )?(?:real )?difference\b|\b(?:impact|effect|effects) of\b"
                         r"|\b(?:had|has|have) (?:any |an |some |much |real )?(?:impact|effect)\b|\bwhat (?:has|did|have) (?:\S+ ){1,4}?achieved?\b"
                         r"|\b(?:has|did) (?:\S+ ){1,3}?worked?\b|\bwhat (?:impact|effect|difference) (?:has|have|did|does)\b"),
            lazy_pattern(r"\b(?:increas(?:e|ed|es|ing)|invest(?:ed|ment|ments|ing)?|improv(?:e|ed|es|ing)|led to|resulted)\b", flags=re.IGNORECASE)),
)
_ALL_CUES = frozenset().union(*(a.cues for a in _ASPECTS))
_STEM = 5  # letters a word is compared by: "deploying" meets "deployment"
#: Words of the asking and of deciding, and words every entry shares: they name no entry.
_PLAIN = frozenset("who actually really has have to must needs need would will can whether if on for about the a an it is be to of by "
                   "decide decides decided approve approves sign signs off go ahead green light call decision final last say word "
                   "how supposed over time tracked monitored assessed reviewed made make any difference impact effect what put into "
                   "cyber nato defence defense allies ally allied".split())


def answer_entry_aspect(lookup: Lookup, question: str) -> Reply | None:
    """The reply to "who decides ...", "how is progress tracked ...", "did it make a difference ..." from the sentence of the
    entry it names that says so; None when the question asks none of these or no entry's text says it."""
    words = question.split()
    if _ALL_CUES.isdisjoint(words):
        return None
    for aspect in _ASPECTS:
        if not aspect.cues.isdisjoint(words) and (asked := aspect.asks.search(question)) is not None:
            return _answered(lookup, question, asked.groupdict().get("rest") or question, aspect.says)
    return None


def _answered(lookup: Lookup, question: str, rest: str, says) -> Reply | None:
    asked_stems = {w[:_STEM] for w in tokens(rest) if w not in _PLAIN}
    named = [(3, e) for kind in ("pledge", "initiative", "event") if (e := named_as_phrase(lookup, question, kind)) is not None]
    named = [(3, e) for bonus, entry in named for e in (*_decided_at(lookup, entry), entry)]  # "wales 2014": the decisions made there first
    found = [(1 if n == 0 else 0, lookup.item(h.ref)) for n, h in enumerate(lookup.hits(rest, ("pledge", "initiative"), limit=5, min_coverage=0.1))]
    scored = [(bonus + overlap, -n, entry, sentence) for n, (bonus, entry) in enumerate(named + found)
              for overlap, sentence in [_saying_sentence(entry, asked_stems, says)] if sentence is not None]
    if not scored:
        return None
    _, _, entry, sentence = max(scored, key=lambda s: s[:2])
    return replace(entry_reply(lookup, entry), title=f"{entry.name}: {shorten(sentence, 220)}")


def _saying_sentence(entry, asked_stems: set[str], says) -> tuple[int, str | None]:
    """The sentence of ``entry``'s text (summary, then commitments) that ``says`` holds and that shares most words with
    the question (first such on a tie), with how many it shares; (0, None) when none says it."""
    texts = [*sentences(getattr(entry, "summary", "") or ""), *getattr(entry, "commitments", ())]
    saying = [(len(asked_stems & {w[:_STEM] for w in normalize(s).split()}), "decid" in s.lower(), -n, s) for n, s in enumerate(texts) if says.search(s)]
    if not saying:
        return 0, None
    overlap, _, _, sentence = max(saying)  # most words shared; then "decides" over "approved" (a decider); then the first
    return overlap, sentence


def _decided_at(lookup: Lookup, entry) -> list[Pledge]:
    """The decisions made at ``entry`` when it is a gathering, else none."""
    return [p for p in lookup.knowledge.pledges.values() if p.event == entry.id] if isinstance(entry, Event) else []


def entry_reply(lookup: Lookup, entry) -> Reply:
    """The reply about a decision, initiative or event, as its own route phrases it."""
    if isinstance(entry, Pledge):
        return pledge_reply(lookup, entry)
    if isinstance(entry, Initiative):
        return initiative_reply(lookup, entry)
    assert isinstance(entry, Event)
    return event_reply(lookup, entry)
