"""Whether something that is not a gathering (an announcement, an op-ed, a statement) was made at a gathering.

    "was the vilnius summit announcement made at the rome pledge conference or separately"
        -> "Announcement of the 2023 Vilnius Summit dates (9 November 2022, the gathering's first day) is an entry of
            its own in the knowledge, not part of NATO Cyber Defence Pledge Conference 2022 (9–10 November 2022, Rome, Italy)"
    "was stoltenberg's op-ed written for the warsaw summit" -> the same for the op-ed and the summit
    "was the protect the future photo taken at the rome conference" -> the same for the meeting the photo shows

Without this, the gathering's place joins the thing's own words ("Vilnius in Rome") and the reply is a miss for a
conference nobody asked about. The thing is the one non-gathering event its words name, the gathering the one event
the rest names; the reply says that the knowledge keeps them apart (and when the days meet) and shows both, with the
thing's own summary and note. Tried only when a word of making or belonging is there.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Block, Field, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs, when_text
from .named_event import GATHERINGS, event_named
from ..normalizing import word_set

_CUES = frozenset("made announced announcement written published given delivered issued released part separately separate taken shot".split())
_ASKED = lazy_pattern(
    r"^(?:was|were|is|did) (?P<thing>.+?) (?:(?:made|announced|written|published|given|delivered|issued|released|done|happen|take place|taken|shot)"
    r"(?: (?:at|during|for|in|as part of))?|(?:a )?part of|at|during) (?P<gathering>(?!(?:before|after|prior to|earlier than|later than)\b).+?)"
    r"(?: or (?:(?:was it |did it happen |it was )?(?:separately|separate|elsewhere|on its own|independently|not|somewhere else|a separate (?:\S+ ?){1,2})))?$")
_THING_KINDS = frozenset("announcement statement publication op-ed oped speech article".split())
_SIDE_KINDS = frozenset("meeting exercise".split())  # gatherings of their own asked about as a part of a conference or summit
_NAMING_NOTHING = frozenset("it true that cyber nato the was".split())  # "is it true that cyber was made ...": no thing named
_PICTURE_WORDS = frozenset("photo photos picture pictures pic image snapshot caption".split())


def answer_part_of_gathering(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """Whether the announcement (or other non-gathering entry) ``question`` names was part of the gathering it names; or None."""
    if _CUES.isdisjoint(word_set(question)) or not (asked := _ASKED.match(question)) or set(asked["thing"].split()) <= _NAMING_NOTHING:
        return None  # "was cyber made a domain at the wales summit": a claim about the domain, no part of a gathering asked
    hits = lookup.hits(asked["thing"], ("event",), limit=2)
    thing = lookup.item(hits[0].ref) if hits else None
    apart = not _PICTURE_WORDS.isdisjoint(asked["thing"].split()) or getattr(thing, "kind", "") in _SIDE_KINDS  # "the protect the future photo", "... meeting"
    if not isinstance(thing, Event) or (thing.kind in GATHERINGS or thing.kind not in _THING_KINDS and "op" not in thing.kind) and not apart:
        return None
    gathering = event_named(lookup, asked["gathering"], today)
    if gathering is None or gathering.kind not in GATHERINGS or gathering is thing or gathering.kind == thing.kind:
        return None
    start, end = gathering.when.start.first_day(), (gathering.when.end or gathering.when.start).last_day()
    day = thing.when.start.first_day()
    within = (", the gathering's first day" if day == start else ", during the gathering") if start <= day <= end else ""
    place = f", {gathering.place}" if gathering.place else ""
    title = (f"{'' if within else 'No: '}{thing.name} ({when_text(thing.when)}{within}) is an entry of its own in the knowledge, not part of "
             f"{gathering.name} ({when_text(gathering.when)}{place})")
    blocks = tuple(Block(text) for text in (thing.summary, thing.notes) if text)
    return Reply("answer", title, blocks=blocks, fields=(Field("When", when_text(thing.when)),), items=item_refs([thing, gathering]),
                 sources=source_refs(lookup.knowledge, [thing, gathering]), suggestions=(f"event {thing.name}", f"event {gathering.name}"))
