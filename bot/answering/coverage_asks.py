"""Asking what the knowledge holds on something, in an analyst's many words: put as the plain "tell me about <it>".

    "do you have anything about baerbock"          -> "tell me about baerbock"
    "how much do you know about estonia"           -> "tell me about estonia"
    "how much do you have on stoltenburg"          -> "tell me about stoltenburg"
    "what do you know about rutte"                 -> "tell me about rutte"   (not small talk: it names someone)
    "what's in your data on the hague?"            -> "tell me about the hague?"
    "do you cover the protect the future campaign" -> "tell me about the protect the future campaign"
    "is the nicc in your data?"                    -> "tell me about the nicc?"
    "tirana - do you have that one?"               -> "tell me about tirana?"
    "odobescu, anything?"                          -> "tell me about odobescu?"
    "q2 2022, anything?"                           -> "what happened in q2 2022?"  (a time: what happened then)
    "how far back does your stuff go? anything from 2008?"  -> "what is the earliest event you have?"

Only the words that ask what is held change; "do you have any quotes from X", "what do you have from X" (``have_from``),
"what do you know" alone and every other question are left as typed. Pure, on the text as typed (any case); a message
that holds none of the cue words costs one set check.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_CUES = frozenset("have know cover got data knowledge database records files anything back".split())
_YOU = r"(?:you|u|ya|the bot|your (?:data|knowledge|database|records|files)|the knowledge)"
_STORE = r"(?:data|knowledge|database|records?|files?|notes)"
_ON = r"(?:about|on|re|regarding|concerning|of)"
#: The words that ask, first: "do you have anything about", "how much do you know about", "what's in your data on".
_LEAD = lazy_pattern(r"^(?P<open>\s*(?:(?:so|ok|okay|and|also|right|well)[\s,]+)?)"
                     rf"(?:(?:do|did|does) {_YOU} (?:have|hold|know|keep|got)(?: any(?:thing)?(?: at all)?| (?:any )?(?:info|information|data|material|stuff|details))? {_ON}"
                     rf"|(?:have (?:you|u)|you|u|ya) got (?:anything|any (?:info|information|data|material|stuff))(?: at all)? {_ON}"
                     rf"|how much (?:info |information |data )?(?:(?:do|did) (?:you|u) (?:know|have|hold|cover|got)|have (?:you|u) got)(?: {_ON})?"
                     rf"|what (?:info |information |data |material )?(?:do|did) (?:you|u) (?:have|hold|know|keep)(?: got)? {_ON}"
                     rf"|what (?:info |information |data |material )?(?:have|ve|'ve) (?:you|u) got {_ON}"
                     rf"|what (?:have|ve|'ve) (?:you|u) got {_ON}"
                     rf"|what(?:'s| s|s| is) (?:there )?in (?:your|the) {_STORE}(?: on| about| regarding| re)?"
                     rf"|what does (?:your|the) {_STORE} (?:say|have|hold) {_ON}"
                     rf"|(?:do|does) {_YOU} (?:cover|include)"
                     rf"|(?:is|are) there anything(?: at all)? (?:in (?:your|the) {_STORE} )?{_ON})\s+(?=\S)", re.IGNORECASE)
#: "is the nicc in your data", "is berlin covered": the thing between the verb and where it is held.
_IS_HELD = lazy_pattern(rf"^(?P<open>\s*)is (?P<thing>.+?) (?:(?:in|covered in|part of) (?:your|the) {_STORE}|covered|covered by you)(?P<end>\W*)$", re.IGNORECASE)
#: The words that ask, last: "tirana - do you have that one?", "odobescu, anything?", "the nicc in your data?".
_TAIL = lazy_pattern(rf"(?:\s*[,\-\u2013\u2014:]\s*|\s+)(?:(?:is (?:it|that|that one|this) )?(?:in|covered in) (?:your|the) {_STORE}"
                     r"|(?:do |did )?(?:you|u) (?:have|got|cover|know) (?:that|it|this|them|that one|this one|anything)(?: at all)?"
                     r"|(?:have you )?got (?:that|it|that one|anything)(?: at all)?|anything(?: at all)?|(?:do )?you cover (?:it|that|them))(?P<end>\W*)$", re.IGNORECASE)
#: Words after the thing that only ask once more: "... too", "... at all", "... yet".
_AFTERWORDS = lazy_pattern(r"(?:\s+(?:too|as well|also|at all|yet|either|then))+(?P<end>\W*)$", re.IGNORECASE)
#: How far back the knowledge reaches, whatever is asked after it: its earliest entry answers "anything from 2008?" too.
_HOW_FAR_BACK = lazy_pattern(r"^\s*(?:(?:so|ok|okay|and|also|well)[\s,]+)?how far back (?:(?:does|do|did|can) (?:your|the|this) (?:\w+ )?(?:stuff|data|knowledge|records?|info|information"
                             r"|coverage|database|entries|material|archive|files|memory)|(?:do|can|does) (?:you|u|the bot|this bot|it))(?: go| reach| run| cover| know)?\b", re.IGNORECASE)
_WORD = lazy_pattern(r"[a-z0-9]+")
_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
_MARKS_AS_SPACES = str.maketrans(dict.fromkeys("?!.,:;-'\"()", " "))
_MARKS = "?!. ,-\u2013\u2014:"
#: Words that make the words before "in your data" a list or a question of their own.
_ASKING_WORDS = frozenset("every all any list show number how many most recent latest last first which what who whom when where why there "
                          "newest oldest earliest biggest largest longest shortest smallest next previous only other others "
                          "give some each anything did does do is was were are can could".split())
_MOST_WORDS = 8  # a thing named before the asking words is short; a longer clause asks something else
_TAIL_WORDS = 7  # the most words the asking words after it take ("- do you have that one at all?")


def as_anything_on(text: str) -> str:
    """``text`` (as typed) as "tell me about <it>" when it asks what the knowledge holds on one thing; else unchanged."""
    if _CUES.isdisjoint(text.lower().translate(_MARKS_AS_SPACES).split()):
        return text  # most questions
    if _HOW_FAR_BACK.match(text) is not None:
        return "what is the earliest event you have?"
    if (lead := _LEAD.match(text)) is not None:
        return _asked(lead["open"], text[lead.end():])
    if text.count(" ") > _MOST_WORDS + _TAIL_WORDS:
        return text  # a long message: no thing named in a few words before "in your data"
    if (held := _IS_HELD.match(text)) is not None and _one_thing(held["thing"]):
        return _asked(held["open"], held["thing"] + held["end"])
    if (tail := _TAIL.search(text)) is not None and tail.start() and _one_thing(text[:tail.start()]):
        if _YEAR.search(text, 0, tail.start()):  # "q2 2022 anything at all", "may 2024 - anything?": a time, what happened then
            return f"what happened in {text[:tail.start()].strip()}{tail['end']}"
        return _asked("", text[:tail.start()] + tail["end"])
    return text


def _one_thing(words: str) -> bool:
    """Whether ``words`` (before "in your data", "- anything?") name one thing, not a list or a question of their own
    ("every conference in your knowledge", "any estonian politicians in your database", "who spoke - anything?")."""
    found = _WORD.findall(words.lower())
    return 0 < len(found) <= _MOST_WORDS and _ASKING_WORDS.isdisjoint(found)


def _asked(opening: str, thing: str) -> str:
    """"tell me about <thing>", the thing without the words that only ask again ("too", "at all") and its end mark kept."""
    if (after := _AFTERWORDS.search(thing)) is not None and after.start():
        thing = thing[:after.start()] + after["end"]
    body = thing.rstrip(_MARKS)
    end = "?" if "?" in thing[len(body):] else ""
    return f"{opening}tell me about {body.strip()}{end}" if body.strip() else opening + thing
