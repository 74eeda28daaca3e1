"""Questions about a photo in an article: what it shows, whether it belongs to the story, who is in it.

    "Why is there a photo of Stoltenberg with young influencers in the Rome article?"
        -> the meeting the caption describes, and the campaign it was part of
    "the rome article has a pic of stoltenberg w influencers. was that at the conf tho?" -> the same (its note says no)
    "What were the names of the young content creators in the photo?"
        -> honest miss: the knowledge names none of them

The entry is the event whose own text speaks of a photo or caption, so a
question about a picture never gets an unrelated event as its answer. Only
messages holding a picture word are tried.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...knowledge.model import Event
from ...reply import Field, Reply
from .. import topic_messages as say
from ..constraints import unmet
from ..lookup import Lookup
from ..mentions import Mentions
from ..per_load import PerLoad, per_load
from ..phrasing import item_refs
from ..places import PLACES
from ..normalizing import normalize, word_set
from .events import event_reply
from .general import not_found
from .pledge_asks import named_initiative
from ...patterns import lazy_pattern

PICTURE_WORDS = frozenset("photo photos photograph photographs photographed pic pics picture pictures pictured image images caption snapshot".split())
_PICTURE_TYPED = lazy_pattern(r"photo|pic|image|caption|snapshot", re.IGNORECASE)
_PICTURE_PIECES = ("photo", "pic", "image", "caption", "snapshot")


def _may_picture(typed: str) -> bool:
    """Whether ``_PICTURE_TYPED`` may match: false only of an ASCII text none of whose pieces it holds in any case (outside
    ASCII, ignoring case matches more letters than ``lower`` gives)."""
    return not typed.isascii() or any(piece in low for low in (typed.lower(),) for piece in _PICTURE_PIECES)


_PICTURED = lazy_pattern(r"\b(?:photo|caption|picture|image)\b", re.IGNORECASE)
#: "what were the names of the young content creators", "who were the influencers", "name the people in the photo".
_NAMES_OF = lazy_pattern(r"\b(?:names? of|who (?:were|are|is) (?:the|those|these) (?!speakers?\b|hosts?\b)|name the|identify the)\b")

#: A photo named by the place of the story it is in: "the rome photo", "the rome article's pic", "the photo in the rome piece",
#: "the rome article has a photograph", "the article about the rome conference ... a photograph".
_PLACE_OF_STORY = lazy_pattern(r"\b(?P<place>[a-z]+) (?:article s |piece s |story s )?(?:photo|photos|pic|pics|picture|pictures|image|images|caption)\b"
                               r"|\b(?:photo|pic|picture|image|caption) in the (?P<story>[a-z]+) (?:article|piece|story)\b"
                               r"|\b(?P<teller>[a-z]+) (?:article|piece|story) (?:has|shows|carries|uses|includes) (?:a |an |the )?(?:photo|photograph|pic|picture|image)\b"
                               r"|\b(?:article|piece|story) (?:about|on|from) (?:the )?(?P<about>[a-z]+) (?:conference|summit|meeting)\b(?=.*\b(?:photo|photograph|pic|picture|image)\b)")
#: "X has a photograph of Y. was that taken at the rome conference?": the photo named before, asked of by "that".
_TAKEN_THERE = lazy_pattern(r"^(?:was|were) (?:that|it|this|they|those|these) (?:really |actually )?(?:taken|shot|snapped) (?:at|in|during)\b")
_PHOTO = {"pic": "photo", "pics": "photos", "picture": "photo", "pictures": "photos", "image": "photo", "images": "photos", "snapshot": "photo",
          "photograph": "photo", "photographs": "photos", "photographed": "photo", "pictured": "photo"}
_THE = lazy_pattern(r"^(?:the|those|these) ")


def answer_picture(lookup: Lookup, typed: str, question: str, today: dt.date, mentions: Mentions = Mentions()) -> Reply | None:
    """The reply to a question about a photo, or None for any other question; an event pictured elsewhere than the
    place or year ``mentions`` names is not the answer ("the photo desk wants rutte on stage in tirana")."""
    if not _may_picture(typed) or not _PICTURE_TYPED.search(typed):
        return None  # most questions: no picture word, and nothing normalised here
    whole = normalize(typed)
    if PICTURE_WORDS.isdisjoint(whole.split()) or PICTURE_WORDS.isdisjoint(word_set(question)) and not _TAKEN_THERE.match(question):
        return None  # "who said '...'? need it for a caption": the picture word only in what the asker needs the answer for
    asks_names = bool(_NAMES_OF.search(question))
    if not asks_names and (initiative := named_initiative(lookup, question)) is not None and not _is_a_series(lookup, initiative) \
            and not _its_picture(initiative, whole):
        return None  # "what is the 'Protect the Future' campaign? it is in a photo caption": the campaign, as what-is answers
        # (not "is the photo in the rome piece from the pledge conference?": a series of gatherings, the setting asked about)
    event = _pictured(lookup, whole)
    places = () if _story_place(whole) else mentions.places  # "the rome photo": the photo in the rome story, taken elsewhere
    if event is None or unmet(event, replace(mentions, kind=None, series=None, places=places)):
        return None
    named = [p for p in (*event.speakers, *event.participants) if p in lookup.knowledge.people]
    if asks_names:
        asked = _NAMES_OF.split(question, maxsplit=1)[-1]
        wanted = asked.split(" in ")[0].split()  # "the ten content creators in that photo with stoltenberg": not stoltenberg
        if not any(w in normalize(lookup.knowledge.people[p].name) for p in named for w in wanted):
            return not_found(say.unnamed_in_picture(_THE.sub("", asked.split(" in ")[0].strip()) or "people", event.name), event.notes or "",
                             (f"event {event.name}",))
    reply = event_reply(lookup, event)
    campaigns = [i for i in lookup.knowledge.initiatives.values() if event.id in i.events]
    if not campaigns:
        return reply
    return replace(reply, fields=(*reply.fields, Field(say.PART_OF, "; ".join(c.name for c in campaigns))),
                   items=(reply.items[0], *item_refs(campaigns), *reply.items[1:]))


def _its_picture(initiative, whole: str) -> bool:
    """Whether normalised ``whole`` names the picture of ``initiative`` by the initiative's name: "protect the future
    photo when", "the protect the future campaign pic" (the photo asked about, not the campaign)."""
    return any(f"{normalize(name)} {word}" in whole for name in (initiative.name, *initiative.aliases) for word in PICTURE_WORDS)


def _story_place(whole: str) -> bool:
    """Whether normalised ``whole`` names a photo by the place of the story it is in ("the rome photo")."""
    return any((match["place"] or match["story"] or match["teller"] or match["about"]) in PLACES for match in _PLACE_OF_STORY.finditer(whole))


def _is_a_series(lookup: Lookup, initiative) -> bool:
    """Whether ``initiative`` is a series of gatherings (the Pledge Conferences), named as a setting, not asked about."""
    events = lookup.knowledge.events
    return any(events[e].series == initiative.name for e in initiative.events if e in events)


def _pictured(lookup: Lookup, whole: str) -> Event | None:
    """The event the message names whose own text is about a photo or caption; for an event whose note only mentions
    a photo ("the photo in the rome article"), the pictured event reported by the same article, when there is one."""
    searched = " ".join(_PHOTO.get(word, word) for word in whole.split())  # "the rome pic": the photo, as captions call it
    events = [lookup.item(hit.ref) for hit in lookup.hits(searched, ("event",), limit=5, min_coverage=0.1)]
    # one whose summary is about a photo first ("according to a photo caption"), then one whose note mentions one
    if (shown := next((e for e in events if _PICTURED.search(e.summary or "")), None)) is not None:
        return shown
    noted = next((e for e in events if _PICTURED.search(e.notes or "")), None)
    return next((e for e in pictured_events(lookup) if noted is not None and set(e.sources) & set(noted.sources)), noted)


_PICTURED_EVENTS = PerLoad("topics.pictures.pictured_events")


def pictured_events(lookup: Lookup) -> list[Event]:
    """The events known from a photo (their summary says so), once per knowledge load (at load: ``Engine.warm``)."""
    return per_load(_PICTURED_EVENTS, lookup, lambda lookup: [e for e in lookup.events_by_date if _PICTURED.search(e.summary or "")])
