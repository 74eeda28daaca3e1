"""A sentence a writer has drafted, pasted in quotation marks and asked about: checked as a claim, not as a quote.

    "draft: 'Allies agreed the pledge at the Wales Summit in 2016' - ok?"   -> "No: ... at NATO Warsaw Summit 2016 ..."
    "my caption says 'co-organised by Germany' for the berlin conference"   -> the claim about the event the message names

Only for words no quote holds, that state something (a claim's verb), and that neither the words nor
the message present as said by someone ("as Stoltenberg put it, ...", "did Rutte say '...'"): those stay
quote questions and get the quote checks' honest miss.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import NamedTuple

from ...knowledge.model import Event, Pledge
from ...patterns import lazy_pattern
from ...reply import Reply
from ..claims import CLAIM_PREFIX, CLAIM_VERB, claim_of_report
from ..lookup import Lookup
from ..quote_match import holding
from ..quoted import quoted_question
from ..search import normalize
from .claim_checks import answer_claim
from .events import find_event
from .incidents import ATTACK_WORDS
from ..presence_words import MANNER

#: Words that present the quoted words as someone's: the message asks about a quote, not a fact.
_SPEECH = lazy_pattern(r"\b(?:said|say|says|saying|put it|puts it|quote|quoted|quotes|words?|wording|worded|line|wrote|writes|called|calls"
                       r"|according to|in (?:his|her|their) (?:speech|remarks|address)|translation|translated|verbatim|exact|exactly)\b"
                       r"|\b(?:told|tells|warned|urged|reminded|assured)\b(?: \S+){0,5} (?:that|to)\b")  # "told delegates in the hague that ..."
#: Where the writer's own text is named ("my draft says '...'"): its words are the writer's, not a speaker's.
_OWN_TEXT = lazy_pattern(r"\b(?:my|our|the|this) (?:draft|caption|post|tweet|copy|notes|text|graphic|thread|sentence|line|slide|card)"
                         r" (?:says|said|reads|has|goes|currently says)\b|\bdraft (?:sentence|line|caption|copy)\b"
                         r"|\b(?:line|sentence|passage|bit|claim) (?:in|of|from) (?:the|our|my|this|a) (?:draft|copy|story|piece|intro|caption|article)\b")
#: Telling an audience is taking part in the gathering it was: "told delegates in Tirana" is a claim of addressing it.
_TOLD_AUDIENCE = lazy_pattern(r"\b(?:told|tells|briefed|welcomed|urged) (?:the )?(?:delegates|participants|attendees|audience|conference|room|guests|allies|ministers)\b")
#: How someone took part, asked after the quotation ("he was there in person right?"): part of the claim checked.
#: Words around a drafted fragment that ask about it, not name its subject: "for the tirana conference, fine?".
_ASKING = lazy_pattern(r"\b(?:ok|okay|fine|alright|correct|right|accurate|true|to post|to use|post|publish|can i|is it|is that|for the|for my)\b")
#: A post's "on this day" lead: the claim is dated today's day and month ("on this day in 2024 ...").
_ON_THIS_DAY = lazy_pattern(r"^(?:onthisday|on this day|today|this day)(?: in (?P<year>(?:19|20)\d\d))? ")
#: A report's own narrative quoted: "the Berlin article claims NATO 'organized its first …'" is a claim the report makes.
_REPORT_CLAIMS = lazy_pattern(r"\b(?:article|piece|report|headline|story|op ed|coverage|seed)(?: \S+){0,2}? (?:claims|claimed|states|stated|asserts|asserted"
                              r"|suggests|suggested|reports|reported|writes|wrote)\b")
_REPORT_SUBJECT = lazy_pattern(r"(?P<lead>\b(?:[a-z]+ ){0,3}(?:article|piece|report|headline|story|op ed|coverage|seed)(?: \S+){0,2}? (?:claims|claimed|states|stated|asserts"
                               r"|asserted|suggests|suggested|reports|reported|writes|wrote))(?: that)? (?P<subject>\S+(?: \S+){0,3})\s*$")
#: Who an attack is said to be done by: "hacked by anonymous" (not "hit by a ddos", an attack's own word).
_DONE_BY = lazy_pattern(r"\bby (?:the |a |an )?(?P<who>[a-z]+)")
#: Fewer words than this state no fact worth checking ("was hosted").
_LEAST_WORDS = 3


def answer_quoted_claim(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The claim check of a drafted sentence quoted in ``text`` (as typed), or None when it quotes no such sentence."""
    quoted = quoted_question(text)
    if quoted is None or len(quoted.spans) != 1 or quoted.asks in ("who", "where"):
        return None  # "'...' - which conference?", "... sg or dsg?": asked who said it or where, a quote question
    reported = _REPORT_CLAIMS.search(quoted.context) is not None  # the report's own words, not a speaker's
    if not reported and _SPEECH.search(_OWN_TEXT.sub(" ", quoted.context)):
        return None
    words = normalize(quoted.spans[0])
    claim = _TOLD_AUDIENCE.sub("addressed the conference", words)
    if len(claim.split()) < _LEAST_WORDS or _SPEECH.search(words) or (verb := CLAIM_VERB.search(claim)) is None:
        return None
    if not ATTACK_WORDS.isdisjoint(claim.split()) and (doer := _DONE_BY.search(claim)) and doer["who"] not in ATTACK_WORDS:
        return None  # "'nato websites were hacked by anonymous in 2014' - fact?": the attack's own check of who claimed it
    if not reported and (lookup.named(quoted.context, on=today).people or holding(lookup, quoted.spans, quoted.context)):
        return None  # "ollongren 'cyber is a team sport' - real?": someone's words, or words said to be: the quote checks answer
    if verb.start() == 0 and reported and (subject := _reported_subject(text, quoted.spans[0])):
        claim = claim_of_report(subject.lead, f"{subject.words} {claim}")  # "the berlin article claims nato 'organized …'"
    elif verb.start() == 0:  # "co-hosted by X and Y" for the hague conference: the event the message names is its subject
        around = _ASKING.sub(" ", _OWN_TEXT.sub(" ", quoted.context))
        event = find_event(lookup, around) or lookup.best(around, ("event",))
        if event is None:
            return None
        claim = f"{normalize(event.name)} was {claim}" if not claim.startswith(("was ", "were ", "is ")) else f"{normalize(event.name)} {claim}"
    if (manner := MANNER.search(quoted.context)) and not MANNER.search(claim):
        claim = f"{claim} {manner[0]}"
    if (lead := _ON_THIS_DAY.match(claim)) is not None:  # "on this day in 2024, allies met ...": the year, then the day below
        claim = f"in {lead['year']} {claim[lead.end():]}" if lead["year"] else claim[lead.end():]
    reply = answer_claim(lookup, CLAIM_PREFIX + claim, today)
    if reply is None or (reply.kind == "not_found" and not reply.title.startswith("I have no")):
        return None  # the claim names nothing the knowledge holds: the quote checks' miss says so
    return _on_this_day(lookup, reply, today) if lead is not None and reply.kind == "answer" else reply


class _Subject(NamedTuple):
    lead: str  # "the berlin article claims"
    words: str  # "nato"


def _reported_subject(text: str, span: str) -> _Subject | None:
    """What a report's quoted words are said of, typed just before them: "the berlin article claims nato '…'": nato."""
    before = _REPORT_SUBJECT.search(normalize(text[: text.find(span)]))
    return _Subject(before["lead"], before["subject"]) if before else None


def _on_this_day(lookup: Lookup, reply: Reply, today: dt.date) -> Reply:
    """A drafted "on this day" claim: where the entry did not happen on today's day and month, the reply says so."""
    first = reply.items[0] if reply.items else None
    item = lookup.knowledge.events.get(first.id) if first and first.type == "event" else (
        lookup.knowledge.pledges.get(first.id) if first and first.type == "pledge" else None)
    days = item.when.days() if isinstance(item, Event) else [d] if isinstance(item, Pledge) and (d := item.date.as_date()) else []
    if not days or any((d.month, d.day) == (today.month, today.day) for d in days):
        return reply
    title = reply.title.replace("Yes: ", "Only partly: ", 1) if reply.title.startswith("Yes: ") else reply.title
    return replace(reply, title=f"{title}; not on this day ({today.day} {today:%B}): on {days[0].day} {days[0]:%B}")
