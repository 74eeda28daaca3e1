"""An edition of a series asked by its year at the wrong place: no such one, said first, then that year's, held elsewhere.

    "madrid 2019 pledge conf - who hosted that one?"  -> "I have no Cyber Defence Pledge Conference in Madrid in 2019;
                                                          the 2019 one, ..., was in London, United Kingdom: ..."
    "who spoke at the 2024 pledge conference in brussels" -> no such one said first, then the 2024 one's, in The Hague

Only when the series is named, a year is named and only the place fails, the place held no edition of the series, and
exactly one edition of the series was held that year: then the asker's place is the slip, not the gathering. A place
that held another edition ("rome pledge conf 2021"), a year with no edition, "was there one in X" or the edition only named
("ottawa pledge conf 2021?") stays an honest miss.

A gathering named by its place on a day or month it was not held (``date_elsewhere``), when exactly one of that kind was
held there that year (or ever, with no year named): the miss first, then when the one there was, then the answer:

    "what was agreed at the vilnius summit on 11-12 august 2023" -> "I have no summit in Vilnius on 12 August 2023; NATO
                                                                     Vilnius Summit 2023 was 11–12 July 2023: ..."
    "which ministers co-hosted the hague pledge conference in october 2024" -> no such one in October, then May's hosts
A wrong year stays the plain miss ("the berlin conference in november 2022"): the year may be the slip or the place.
"""

from __future__ import annotations

from dataclasses import replace

from ..reply import Reply
from . import misplaced_messages
from ..patterns import lazy_pattern
from .constraints import at_place, could_meet, unmet
from .lookup import Lookup
from .mentions import Mentions, series_events
from .phrasing import when_text


#: Whether there was one at all is asked: "was there also a pledge conference in bucharest?" (no, it is the answer).
_EXISTS = lazy_pattern(r"\b(?:was|is|were|are) there\b|\b(?:did|does|do) (?:nato|they|the allies|allies) (?:ever )?(?:hold|have|organi[sz]e|run)\b|\bever\b")


def asks_whether(question: str) -> bool:
    """Whether there was one at all is asked ("was there also a pledge conference in bucharest?"): the miss is the answer."""
    return _EXISTS.search(question) is not None


#: Something asked of the edition ("who hosted that one", "what dates"), which the edition held elsewhere answers.
_ASKS_OF_IT = lazy_pattern(r"\b(?:who|what|when|where|which|how)\b")


def edition_elsewhere(lookup: Lookup, mentions: Mentions, failed: list[str], question: str, focus: str | None) -> Reply | None:
    """The reply about the one edition of the series and year named, said to be elsewhere; None for other misses."""
    if not (mentions.series and mentions.year and mentions.places) or mentions.month or mentions.date or mentions.ordinal or asks_whether(question):
        return None
    if focus is None and not _ASKS_OF_IT.search(question):
        return None  # "nato cyber pledge conf ottawa 2021?": named bare, it asks whether there was one; none
    asked = {f"in {p.name}" for p in mentions.places}
    if not failed or any(f not in asked for f in failed):
        return None  # the year or series failed too: no edition to put right
    if any(at_place(e, p) for e in series_events(lookup, mentions.series) for p in mentions.places):
        return None  # "rome pledge conf 2021": Rome held the 2022 one, so the year may be the slip as well as the place
    anywhere = replace(mentions, places=())
    fits = [e for e in could_meet(lookup, anywhere) if not unmet(e, anywhere)]
    if len(fits) != 1 or not fits[0].city:
        return None
    from .topics.events import event_reply  # here: the topics import the understanding module that calls this

    edition = fits[0]
    reply = event_reply(lookup, edition, focus)
    wrong = " or ".join(p.name for p in mentions.places)
    where = f"{edition.city}, {edition.country}" if edition.country else edition.city
    return replace(reply, title=misplaced_messages.held_elsewhere(mentions.series, mentions.year, edition.name, where, wrong, reply.title))


def date_elsewhere(lookup: Lookup, mentions: Mentions, question: str, focus: str | None, miss: Reply) -> Reply:
    """``miss``, or where only the day or month asked failed and one gathering of the kind named was held at the place
    named that year, the miss followed by when that one was and the reply about it."""
    if miss.kind != "not_found" or not mentions.places or not (mentions.month or mentions.date) or mentions.ordinal or asks_whether(question):
        return miss
    if focus is None and not _ASKS_OF_IT.search(question):
        return miss  # "vilnius summit august 2023?": whether there was one; none
    anytime = replace(mentions, month=None, date=None)
    fits = [e for e in could_meet(lookup, anytime) if not unmet(e, anytime) and mentions.kind in (None, e.kind)]  # not the summit's announcement
    if len(fits) != 1:
        return miss
    from .topics.events import event_reply  # here: the topics import the understanding module that calls this

    reply = event_reply(lookup, fits[0], focus)
    return replace(reply, title=misplaced_messages.held_then(miss.title.rstrip("."), fits[0].name, when_text(fits[0].when), reply.title))
