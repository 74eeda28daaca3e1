"""A gathering asked for as a kind it was not: no such one, said first, then the one gathering that was held there.

    "who spoke at the cyber summit in albania's capital" -> "I have no summit in Tirana; the gathering there was
                                                             NATO Cyber Defence Conference 2025, a conference: ..."
    "the cyber conference in amsterdam in 2024"            -> "I have no conference in Amsterdam in 2024; the one in the
                                                              Netherlands was NATO Cyber Defence Pledge Conference 2024, in The Hague: ..."

People call any high-level gathering a summit, and a summit a conference. Only when the kind named is the one constraint
that fails (the place and year, when named, hold exactly one summit or conference, of the other kind, and no series is
named) is that gathering the one meant; "was there a summit in tirana", "did rome host a summit?" ask whether there was one (no: the miss stays).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..patterns import lazy_pattern
from ..reply import Reply
from . import misplaced_messages
from .constraints import GATHERING_KINDS, could_meet, unmet
from .edition_elsewhere import asks_whether
from .lookup import Lookup
from .mentions import Mentions
from .places import PLACES, as_said
from .search import normalize

_YES_OR_NO = lazy_pattern(r"^\W*(?:did|does|do|was|were|is|are|has|have|had)\b", re.IGNORECASE)


def kind_elsewhere(lookup: Lookup, mentions: Mentions, question: str, focus: str | None) -> Reply | None:
    """The one gathering the place (and year) named held, when it is not of the kind named, or the one its country held
    when the city named held none; None otherwise."""
    if mentions.kind not in GATHERING_KINDS or mentions.series or mentions.ordinal or not mentions.places or asks_whether(question) \
            or _YES_OR_NO.match(question):
        return None  # "did rome host a summit?": no
    asked = replace(mentions, kind=None)
    where = " ".join([f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year else []))
    country = None
    if fits := _gatherings(lookup, asked):
        if len(fits) != 1 or fits[0].kind == mentions.kind:
            return None
    elif all(p.is_city for p in mentions.places) and len({p.country for p in mentions.places}) == 1:
        country = PLACES.get(normalize(mentions.places[0].country))  # "in amsterdam": the one the Netherlands held
        if country is None or len(fits := _gatherings(lookup, replace(asked, places=(country,)))) != 1:
            return None
    else:
        return None
    from .topics.events import event_reply  # here: the topics import the understanding module that calls this

    gathering = fits[0]
    reply = event_reply(lookup, gathering, focus)
    if country is None:
        title = misplaced_messages.other_kind_there(mentions.kind, where, gathering.name, gathering.kind, reply.title)
    else:
        title = misplaced_messages.city_elsewhere(mentions.kind, where, as_said(country.name), gathering.name, gathering.city, reply.title)
    return replace(reply, title=title)


def _gatherings(lookup: Lookup, mentions: Mentions) -> list:
    """The summits and conferences that meet every constraint of ``mentions`` (not an announcement made there)."""
    return [e for e in could_meet(lookup, mentions) if e.kind in GATHERING_KINDS and not unmet(e, mentions)]
