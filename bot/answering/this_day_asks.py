""""On this day" asked the long way round, put the way the day routes know it (a normalised question in, one out):

    "is there any nato cyber event that took place on this calendar day in a previous year"
        -> "what happened on this day"
    "does today s date mark the anniversary of any cyber defence decision by the alliance"
        -> "what happened on this day"
    "did anything happen on today s date in earlier years"  -> "what happened on this day"
    "someone said today is the anniversary of something in albania, what was it" (the whole message)
                                                            -> "what happened on this day"
    "isn't today the anniversary of one of these nato cyber conferences? which one(s)?" -> "what happened on this day"

Today's date, "this calendar day" and "the anniversary of ... today" all ask what happened on this day in an earlier
year; "in a previous year" only says so again (it is no year of its own). That today is the anniversary of
something unnamed is read from the whole message (its question may only be "what was it"). Tried only when a cue
word is there; pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CUES = frozenset("calendar today anniversary anniversaries".split())
_THIS_DAY = r"(?:this calendar (?:day|date)|today s date|today date|todays date|today)"
_ANY = r"(?:any|anything|something|an?|some)"
#: A yes-or-no ask whether something happened on this day, or whether today marks an anniversary.
_ASKS_THIS_DAY = lazy_pattern(
    rf"^(?:(?:is|was|are|were) there {_ANY}\b(?: \S+){{0,10}}? (?:on|in) {_THIS_DAY}"
    rf"|(?:did|has|does) {_ANY}\b(?: \S+){{0,6}}? (?:happen|happened|take place|took place|occur|occurred) (?:on )?{_THIS_DAY}"
    rf"|(?:does|did|is|will) {_THIS_DAY} (?:mark|mean|represent|be|coincide with) (?:the |an? )?anniversar(?:y|ies)\b"
    rf"|what (?:happened|took place) on {_THIS_DAY})"
    r"(?: \S+){0,12}?(?: (?:in|during|over|across) (?:an? |any |the )?(?:previous|earlier|past|prior|former|other|preceding|bygone) years?)?$"
)


#: "today is the anniversary of something", "is today the anniversary of some event": something unnamed, on this day.
_TODAY_IS_ANNIVERSARY = lazy_pattern(
    rf"\b(?:(?:{_THIS_DAY}) (?:is|s|marks|might be|may be|could be|would be)(?: also| apparently| supposedly)?|(?:is|isn t|is not) {_THIS_DAY}(?: also| apparently| supposedly)?)"
    r" (?:the |an? )?anniversary of (?:something|anything|some \S+|an? (?:event|conference|summit|thing|decision|meeting)"
    r"|(?:one|any|some) of (?:these|those|the|our|nato s|its)(?: \S+){0,3}? (?:conferences|events|summits|meetings|gatherings|decisions)"
    r"|any (?:nato |cyber |nato cyber )?(?:conference|event|summit|meeting|decision)s?)\b")


def as_this_day(question: str, message: str = "") -> str:
    """``question`` (normalised) put as "what happened on this day" when that is what it, or the whole ``message``
    (normalised) it came from, asks; else as it was."""
    if "anniversary" in message and _TODAY_IS_ANNIVERSARY.search(message):
        return "what happened on this day"
    if _CUES.isdisjoint(word_set(question)) or not _ASKS_THIS_DAY.match(question):
        return question
    return "what happened on this day"
