"""How a gathering was held, asked as a choice between being there and taking part from afar.

    "was the rome conference in person or online?"   -> "In person: ... was held ... in Rome ..."
    "tirana conference in person or video"          -> "In person: ... in Tirana, Albania; Mark Rutte spoke by video"
    "was tallinn 2021 in person or virtual"         -> "Online: ... was held virtually (virtual, hosted from Tallinn)"
    "was the rutte speech in tirana in person or by video" -> None (a person named: how they spoke is answered elsewhere)

A choice is no claim: the answer names the way it was held, never "Yes" or "No", and says who of its speakers
took part by video. The gate costs a question that is not its own one word test and one pattern.
"""

from __future__ import annotations

from dataclasses import replace

from ...reply import Reply
from ..day_spoken import how_spoke
from ..lookup import Lookup
from ..phrasing import join_words, when_text, where_text
from ..presence_words import IN_PERSON, REMOTE
from ..search import normalize
from ...patterns import lazy_pattern
from .events import event_reply
from .held_event import held_event

_VIDEO = lazy_pattern(r"\b(?:video|videoconference|zoom|hybrid)\b")  # "in person or video": the choice, without "by"
_GATHERINGS = frozenset("conference summit meeting exercise".split())
#: The asking words and the choice itself, left out of the words that name the gathering.
_NOT_NAMING = lazy_pattern(r"\b(?:was|were|is|did|it|held|run|hosted|done|organi[sz]ed|or|by|via|on|a|an|hybrid|format|video(?: link)?|"
                           r"in person|physically|on site|face to face|virtual|virtually|remote|remotely|online)\b")


def _offers_both(question: str) -> bool:
    """Whether ``question`` (normalised) offers being there and taking part from afar as the choice: "in person or video"."""
    return "or" in question.split() and bool(IN_PERSON.search(question)) and bool(REMOTE.search(question) or _VIDEO.search(question))


def answer_held_how(lookup: Lookup, text: str, understood) -> Reply | None:
    """``text`` (as typed: reading it may drop its "or online") asking whether a gathering was held in person or from afar:
    the way it was held."""
    if " or " not in text or not _offers_both(question := normalize(text)):
        return None
    words = " ".join(_NOT_NAMING.sub(" ", question).split())
    if not words or lookup.named_by_name(words).people:
        return None  # "was rutte in person or by video at tirana": how he spoke
    held = held_event(lookup, words, understood.mentions)
    if held is None or isinstance(held, Reply):
        return held
    if held.kind not in _GATHERINGS:
        return None
    reply = event_reply(lookup, held)
    if (held.venue or "").startswith("virtual"):
        return replace(reply, title=f"Online: {held.name} was held virtually ({held.venue})")
    afar = [p.name for p in (lookup.knowledge.people.get(s) for s in held.speakers) if p and how_spoke(lookup, p, held) == " by video"]
    where = f"{' at' if held.venue else ' in'} {where_text(held)}" if where_text(held) else ""
    title = f"In person: {held.name} was held {when_text(held.when)}{where}" + (f"; {join_words(afar)} spoke by video" if afar else "")
    return replace(reply, title=title)
