"""A later version of a one-off text the knowledge records once: "the Cyber Defence Pledge 2.0", "the second version of
the pledge", "the revised Wales cyber policy". The knowledge records each pledge or policy once; a second version it
does not hold is an honest miss that says which one it does hold, never that one presented as the answer. So is the
version a recorded revision replaced: "NATO's original cyber defence policy, the one Wales 'enhanced'".

Must not answer a pledge conference ("the second pledge conference" is an edition of a series) nor a text whose own name
says it is new ("the new concept for cyber defence").
"""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge.model import Pledge
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import topic_messages as say
from ..lookup import Lookup, pledge_default
from ..messages import KNOWLEDGE_SAYS
from ..phrasing import item_refs
from ..search import normalize
from .pledge_asks import named_as_phrase

_LATER = r"(?:second|2nd|third|3rd|fourth|4th|updated|revised|amended|later|newer|next|follow up|successor)"
#: Words asking for another version of a text: "version 2", "v2", "2.0" (normalised "2 0"), "the second version of".
_VERSION = lazy_pattern(rf"\b(?:version (?:2|3|4|two|three|ii|iii)|v[2-4]|[2-4] 0|(?:{_LATER}|new) (?:version|edition|iteration|revision|update) of)\b")
#: "the second cyber defence pledge", "a revised pledge": an ordinal or "revised" right before the pledge's name.
_LATER_PLEDGE = lazy_pattern(rf"\b{_LATER} (?:nato )?(?:cyber )?(?:defen[cs]e )?pledge\b(?! (?:conference|conferences|conf|series|event|meeting|one)\b)")
_CUES = frozenset("version v2 v3 v4 0 second 2nd third 3rd updated revised amended later newer next successor".split())


def answer_later_version(lookup: Lookup, typed: str, today: dt.date) -> Reply | None:
    """"when was the pledge 2.0 signed": the knowledge's one version named, as a miss; None for any other question."""
    text = normalize(typed)
    if not _EARLIER_CUES.isdisjoint(words := text.split()) and (earlier := _EARLIER.search(text)) is not None:
        named = _revision_of(lookup, earlier["noun"], text)  # "its original cyber defence policy, the one wales enhanced"
        later = False
    elif _CUES.isdisjoint(words) or not (_VERSION.search(text) or _LATER_PLEDGE.search(text)):
        return None
    else:
        named, later = named_as_phrase(lookup, text, "pledge", not_a_gathering=True), True
        if named is None and _LATER_PLEDGE.search(text):
            named = pledge_default(lookup)
    if not isinstance(named, Pledge):
        return None
    made = say.pledge_made(named.name, str(named.date), _event_name(lookup, named))
    return Reply(
        "not_found",
        say.no_later_version(named.name) if later else say.no_earlier_version(named.name),
        blocks=(Block(say.only_version(made), heading=KNOWLEDGE_SAYS),),
        items=item_refs([named]),
        suggestions=(f"pledge {named.name}", "pledges"),
    )


#: "the original cyber defence policy", "nato's first policy on cyber": a version before one the knowledge records.
_EARLIER = lazy_pattern(r"\b(?:original|earlier|previous|older|initial|prior|preceding|old|first) (?:nato )?(?:cyber )?(?:defen[cs]e )?(?P<noun>policy|concept)\b")
_EARLIER_CUES = frozenset("original earlier previous older initial prior preceding old first".split())
#: A name that says the entry revised an earlier one.
_REVISED = lazy_pattern(r"\b(?:enhanced|updated|revised|renewed|new|amended)\b", flags=re.IGNORECASE)


def _revision_of(lookup: Lookup, noun: str, text: str) -> Pledge | None:
    """The recorded decision of that kind ("policy") whose name says it revised an earlier one, the one ``text`` names best."""
    revisions = [p for p in lookup.knowledge.pledges.values() if noun in p.name.lower() and _REVISED.search(p.name)]
    if len(revisions) <= 1:
        return revisions[0] if revisions else None
    best = lookup.best(text, ("pledge",))
    return best if best in revisions else None


def _event_name(lookup: Lookup, pledge: Pledge) -> str:
    event = lookup.knowledge.events.get(pledge.event) if pledge.event else None
    return "" if event is None else f"{event.name}, {event.place}" if event.place else event.name
