"""Dictated text read as typed text: spoken punctuation as its signs, numbers said in words as digits.

Speech-to-text writes what was said: "comma", "question mark", "twenty twenty four". Later steps read signs
and digits, so a dictated question is written out as a typist would have put it first:

    "when was the rome pledge conference question mark"   -> "when was the rome pledge conference?"
    "where was it held comma the november one"             -> "where was it held, the november one"
    "where was the two thousand and eighteen conference"   -> "where was the 2018 conference"
    "the pledge conference in the hague twenty twenty four" -> "... the hague 2024"
    "what happened on the fifteenth of may"                -> "what happened on 15 may"
    "what did nato agree ten years ago"                    -> "what did nato agree 10 years ago" (not "the two days")
    "what happened a decade ago", "two decades ago"        -> "what happened 10 years ago", "20 years ago"
    "who hosted the third pledge conference"               -> as said (an ordinal names an edition, not a day)

Each rewrite runs only when one of its cue words is there; most questions have none and pass untouched.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_UNITS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                  "fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30}
CARDINALS = {word: n for n, word in enumerate(_UNITS)} | _TENS
ORDINALS = {word: n for n, word in enumerate(_ORDINAL_UNITS)} | _ORDINAL_TENS

_UNIT = "|".join(_UNITS[1:10])
_TEEN = "|".join(_UNITS[10:])
_TEN = "|".join(_TENS)
#: One to ninety-nine in words: "four", "sixteen", "twenty four", "twenty-four".
_NUMBER = rf"(?:(?:{_TEN})(?:[ -](?:{_UNIT}))?|{_TEEN}|{_UNIT})"
#: A year said in two halves, or in thousands: "twenty twenty four", "nineteen ninety nine", "twenty oh nine", "two thousand and eighteen".
_YEAR = lazy_pattern(rf"\b(?P<century>nineteen|twenty)[ -](?P<rest>(?:{_TEN})(?:[ -](?:{_UNIT}))?|{_TEEN}|(?:oh|o)[ -](?:{_UNIT}))\b"
                     rf"|\btwo thousand(?:(?: and)? (?P<after>{_NUMBER}))?\b(?! (?:people|participants|delegates|attendees|experts|euros|dollars))", re.IGNORECASE)
_ORDINAL = rf"(?:(?:twenty|thirty)[ -](?:{'|'.join(_ORDINAL_UNITS[1:10])})|{'|'.join(_ORDINAL_UNITS[1:])}|twentieth|thirtieth)"
_MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"
#: A day of a month said as an ordinal: "the fifteenth of may", "may the fifteenth", "november ninth".
_DAY_OF_MONTH = lazy_pattern(rf"\b(?:the )?(?P<day>{_ORDINAL})(?: of)? (?P<month>{_MONTH})\b|\b(?P<month2>{_MONTH}) (?:the )?(?P<day2>{_ORDINAL})\b", re.IGNORECASE)
#: A count of something said in words: "ten years ago", "two days", "twenty four months".
_COUNT = lazy_pattern(rf"\b(?P<count>{_NUMBER}) (?=(?:years?|months?|weeks?|days?|decades?) (?:ago|back|before|after|later|earlier|on|since)\b)", re.IGNORECASE)
#: Punctuation said aloud, with the space before it: "conference comma the november one".
_SPOKEN_SIGNS = lazy_pattern(r"[\s,.]*\b(?P<sign>comma|question mark|full stop|exclamation (?:mark|point)|semicolon|new (?:line|paragraph)|period$)\b[\s.]*", re.IGNORECASE)
_SIGNS = {"comma": ", ", "question mark": "? ", "full stop": ". ", "exclamation mark": "! ", "exclamation point": "! ", "semicolon": "; ", "new line": ". ",
          "new paragraph": ". ", "period": "."}
_NUMBER_CUES = frozenset(CARDINALS) | frozenset(ORDINALS) | {"thousand", "decade", "decades"}
#: Decades as years: "a decade ago", "two decades", "1 decade".
_DECADES = lazy_pattern(rf"\b(?P<count>a|one|\d|{_UNIT}) decades?\b", re.IGNORECASE)
_SIGN_CUES = frozenset({"comma", "question", "full", "exclamation", "semicolon", "new", "period"})


def from_dictation(text: str) -> str:
    """``text`` with spoken punctuation written as signs and numbers said in words written in digits."""
    words = set(text.lower().replace("-", " ").split())
    if not words & _NUMBER_CUES and not words & _SIGN_CUES:  # most questions: nothing said aloud to write out
        return text
    if words & _SIGN_CUES:
        text = _SPOKEN_SIGNS.sub(lambda m: _SIGNS[" ".join(m["sign"].lower().split())], text).strip()
    if words & _NUMBER_CUES:
        text = _DECADES.sub(lambda m: f"{10 * (1 if m['count'].lower() in ('a', 'one') else int(m['count']) if m['count'].isdigit() else number_value(m['count']))} years", text)
        text = _COUNT.sub(lambda m: f"{number_value(m['count'])} ", _DAY_OF_MONTH.sub(_day, _YEAR.sub(_year, text)))
    return text


def number_value(said: str) -> int:
    """"twenty four" -> 24, "sixteen" -> 16: one to ninety-nine said in words."""
    return sum(CARDINALS[word] for word in said.lower().replace("-", " ").split())


def ordinal_value(said: str) -> int:
    """"fifteenth" -> 15, "twenty first" -> 21."""
    *tens, unit = said.lower().replace("-", " ").split()
    return sum(CARDINALS[word] for word in tens) + ORDINALS[unit]


def _year(match) -> str:
    if match["century"]:
        rest = match["rest"].lower().replace("-", " ").split()
        return str((19 if match["century"].lower() == "nineteen" else 20) * 100 + number_value(" ".join(w for w in rest if w not in ("oh", "o"))))
    return str(2000 + (number_value(match["after"]) if match["after"] else 0))


def _day(match) -> str:
    if match["day"]:
        return f"{ordinal_value(match['day'])} {match['month']}"
    return f"{match['month2']} {ordinal_value(match['day2'])}"
