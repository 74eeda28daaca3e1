"""What a piece of writing says about something: the entry that writing is a source of, on what is asked.

    "what does the op-ed say about nato staying a defensive alliance in cyberspace?"
        -> NATO stays defensive in cyberspace (from Stoltenberg's 2016 op-ed)
    "what did stoltenberg write about the rapid reaction teams?"  -> Cyber rapid reaction teams (from his op-ed)

A writing is an event of kind "publication"; its words are held as the entries it is a source of, never as quotes
(an op-ed holds no quotations). Nothing it is a source of fits: None (the quote routes say no quote holds it).
A question without "say", "write" or the like costs a set test.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..parse import parse_year
from ..places import PLACES
from ..normalizing import normalize, word_set
from .entry_aspects import entry_reply
from .events import event_reply
from .quote_replies import written_piece

_CUES = frozenset("say says said write writes wrote written publish published penned argue argues argued claim claims state states stress stresses talk anything".split())
_ASKS = lazy_pattern(r"^(?:what (?:does|did|do) (?P<who>.+?) (?P<verb>say|write|argue|claim|state|stress)"
                     r"|(?:does|did) (?P<who_talks>.+?) (?:talk|say anything|write anything|say something))"
                     r" (?:about|on|regarding|concerning) (?P<topic>.+)$"
                     r"|^(?:does|did) (?P<who_claims>(?:\S+ ){0,4}?(?:op ed|oped|article|piece|column|essay)) (?:really |actually |ever )?"
                     r"(?:say|says|claim|suggest|argue|state|write)(?: that)? (?P<claimed>\S.+)$")  # "does stoltenberg in that 2016 piece say nato might ..."
#: "anything about ukraine in the op-ed": the topic first, the writing after it.
_ANYTHING_IN = lazy_pattern(r"^(?:and |so )?(?:anything|something) (?:about|on) (?P<topic>.+?) in (?P<who>(?:the|his|her|that|this) .+)$")
#: "in that op-ed, what did he say about ...": the writing named before the question.
_IN_WRITING = lazy_pattern(r"^in (?P<writing>(?:the|that|this|his|her|their) (?:\S+ ){0,3}?(?:op ed|oped|article|piece|column|essay))\b(?= (?:what|how|did|does)\b)")
_WRITING_WORDS = frozenset("op ed oped article piece column essay writing".split())


def answer_writing_says(lookup: Lookup, question: str, today, text: str = "") -> Reply | None:
    """The entry a writing ``question`` names (or its author's writing, "what did X write") is a source of, best fitting
    the topic asked; None when the question asks no writing or nothing it is a source of fits. ``text``: the message as
    typed, whose lead may name the writing ("in that op-ed, what did he say about ...")."""
    typed = normalize(text) if text[:4].lower() in ("does", "did ") else ""  # "does the op-ed say X": X may be read as a quote to trust
    if _CUES.isdisjoint(word_set(question)) and not typed:
        return None
    if (asked := _ASKS.match(question) or _ANYTHING_IN.match(question) or (_ASKS.match(typed) if typed else None)) is None:
        return _what_written(lookup, question, today)
    lead = _IN_WRITING.match(normalize(text)) if text[:3].lower() == "in " else None
    who = lead["writing"] if lead else asked["who"] or asked["who_talks"] or asked["who_claims"]
    if asked.groupdict().get("who_claims") and any(w in PLACES for w in who.split()):
        return None  # "does the berlin article say X": a report of a gathering, whose claims the checks read  # "does the op-ed talk about ukraine" ("mention", as mention_asks puts it)
    writings = _writings(lookup, who, asked.groupdict().get("verb") == "write", today)
    if not writings:
        return None
    sources = {s for w in writings for s in w.sources}
    topic = asked["topic"] or asked.groupdict().get("claimed") or ""
    topic = topic.rpartition(" at ")[0] or topic if lead else topic  # "... at <the op-ed>": where, put by a follow-up
    for hit in lookup.hits(topic, ("pledge", "initiative", "event"), limit=10, min_coverage=0.2):
        entry = lookup.item(hit.ref)
        if entry in writings:
            return entry_reply(lookup, entry)  # the writing's own summary says it best ("the new small headquarters in the east")
        if sources & set(entry.sources):
            writing = writings[0]
            return replace(entry_reply(lookup, entry), title=f"{entry.name} (an entry {writing.name} is a source of)")
    return None


#: "what did stoltenberg write in 2016", "what has stoltenberg written", "what did he write in his 2016 op-ed": no topic asked.
_WROTE_WHAT = lazy_pattern(r"^what (?:did|has|have|had) (?P<who>.+?) (?:write|written|publish|published|pen|penned)(?: (?:in|during|back in) (?P<when>.+))?$")


def _what_written(lookup: Lookup, question: str, today) -> Reply | None:
    """The writing of the person named, of the year named if any ("what did stoltenberg write in 2016": his op-ed);
    None when they wrote none the knowledge holds (the quote routes answer what they said)."""
    if (asked := _WROTE_WHAT.match(question)) is None or not (writings := _writings(lookup, asked["who"], True, today)):
        return None
    year = parse_year(asked["when"] or "")
    dated = [w for w in writings if year is None or w.when.start.year == year]
    if len(dated) != 1:
        return None
    people = lookup.named(asked["who"], on=today).people
    return (people and written_piece(lookup, people[0], dated[0])) or event_reply(lookup, dated[0])  # said first: written, not said


def _writings(lookup: Lookup, who: str, wrote: bool, today) -> list[Event]:
    """The publication ``who`` names ("the op-ed", "the raise our game piece"), or with ``wrote`` those its person wrote;
    none for a person said to have said something (the quote routes answer that)."""
    publications = [e for e in lookup.knowledge.events.values() if e.kind == "publication"]
    if not _WRITING_WORDS.isdisjoint(who.split()) or not set(who.split()) - _WRITING_WORDS - {"the", "his", "her", "that", "this", "2016"}:
        named = lookup.best(who, ("event",))
        if isinstance(named, Event) and named.kind == "publication":
            return [named]
        return publications if len(publications) == 1 and not _WRITING_WORDS.isdisjoint(who.split()) else []  # "the op-ed": the one held
    if not wrote:
        return []
    people = lookup.named(who, on=today).people
    return [e for e in publications if people and people[0].id in e.speakers]
