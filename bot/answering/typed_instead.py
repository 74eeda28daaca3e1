"""A word the asker corrects ("sorry i mean london", "*nato", "i typed 2021, meant 2019"): put in place of the one it
mends, in the same message or in the last question asked, which is then asked as meant.

    "when was the pledge conf in paris sorry i mean london"   -> "when was the pledge conf in london"
    "who said 'no one stand alone in nao' *nato"               -> "who said 'no one stand alone in nato'"
    "who hosted tirana 2024, i meant 2025"                     -> "who hosted tirana 2025"
    after "when was the 2021 pledge conf"
    "i typed 2021, meant 2019"                                 -> "when was the 2019 pledge conf"
    "meant 2019 not 2021"                                      -> "when was the 2019 pledge conf"
    "oops i meant 2018", "2018 sorry"                          -> "when was the 2018 pledge conf"

The word mended is the one of the same kind: a year for a year, a place for a place, else the word spelt most like
the correction ("nao" for "nato"). Where no word fits, the message is left as typed. Pure; a message with none of the
cue words ("mean", "meant", "typed", a word starred at its end) pays one set test.
"""

from __future__ import annotations

import difflib
import re

from ..patterns import lazy_pattern
from .places import PLACES

_CUES = frozenset("mean meant typed wrote".split())
#: At a message's end: "sorry i mean london", ", i meant 2025", "*nato" (one or two words, the correction).
_MENDED_AT_END = lazy_pattern(r"(?:[\s,.;:!?\u2013\u2014-]+(?:(?:sorry|sry|soz|oops|whoops|argh|ugh)[\s,.!]*)?(?:i )?(?:mean|meant)\s+|\s*\*\s*)"
                              r"(?P<new>[\w'’-]+(?: [\w'’-]+)?)\s*[.!?]*$", flags=re.IGNORECASE)
#: A message that only mends the last question: "i typed 2021, meant 2019", "meant 2019 not 2021", "2019 not 2021".
_MENDS_LAST = lazy_pattern(r"^\W*(?:(?:sorry|sry|soz|oops|wait|argh|ugh)[\s,.!]*)*(?:(?:i )?(?:typed|wrote|put|said) (?P<old>[\w'’-]+)[\s,.;]+(?:i )?(?:meant|mean|wanted)(?: to (?:type|write|say))? (?P<new>[\w'’-]+)"
                           r"|(?:i )?(?:meant|mean) (?P<new2>[\w'’-]+),? not (?P<old2>[\w'’-]+))\W*$", flags=re.IGNORECASE)
#: A message that only names the word meant: "oops i meant 2018", "sorry i meant london", "2019 sorry".
_ONLY_MEANT = lazy_pattern(r"^\W*(?:(?:sorry|sry|soz|oops|wait|argh|ugh|no|nope)[\s,.!]*)*(?:(?:i )?(?:meant|mean) (?P<new>[\w'’-]+)"
                           r"|(?P<new2>[\w'’-]+)[\s,.!]+(?:sorry|sry|soz|oops|my bad))\W*$", flags=re.IGNORECASE)
_LAST_CUES = _CUES | frozenset("sorry sry soz oops".split())
_YEAR = lazy_pattern(r"^(?:19|20)\d\d$")
_WORD = lazy_pattern(r"[\w’-]+")
_SPELT_ALIKE = 0.7  # of two words' letters in common: "nao" and "nato"


def corrected_in_message(text: str) -> str:
    """``text`` with the word its ending correction mends replaced by it; ``text`` when it ends in none or none fits."""
    if "*" not in text and _CUES.isdisjoint(text.lower().split()):
        return text
    if (found := _MENDED_AT_END.search(text)) is None or found.start() == 0 or _MENDS_LAST.match(text):
        return text  # "i typed 2021, meant 2019" mends the last question, not its own words
    return _mended(text[: found.start()], None, found["new"]) or text


def corrected_last(text: str, asked: str) -> str | None:
    """The last question ``asked`` with the word ``text`` says was mistyped put right, or None."""
    if not asked or _LAST_CUES.isdisjoint(text.lower().replace(",", " ").split()):
        return None
    if (found := _MENDS_LAST.match(text)) is not None:
        return _mended(asked, found["old"] or found["old2"], found["new"] or found["new2"])
    if (only := _ONLY_MEANT.match(text)) is not None:  # "oops i meant 2018": the year (or place) of the last question
        return _mended(asked, None, new) if _YEAR.match(new := only["new"] or only["new2"]) or new.lower() in PLACES else None
    return None


def _mended(text: str, old: str | None, new: str) -> str | None:
    """``text`` with ``old`` (or, when None, the word of ``new``'s kind or spelt most like it) replaced by ``new``."""
    words = list(_WORD.finditer(text))
    if (spot := _spot(words, old, new.lower())) is None:
        return None
    return f"{text[: spot.start()]}{new}{text[spot.end():]}".rstrip(" ,;:-")


def _spot(words: list[re.Match], old: str | None, new: str) -> re.Match | None:
    """The one word ``new`` mends: ``old`` where named, else the only year (for a year) or place (for a place), else the
    word spelt most like it; None where none, or several alike, fit."""
    if old is not None:
        return next((w for w in reversed(words) if w[0].lower() == old.lower()), None)
    if _YEAR.match(new):
        years = [w for w in words if _YEAR.match(w[0])]
        return years[0] if len(years) == 1 else None
    if new in PLACES and len(places := [w for w in words if w[0].lower() in PLACES and w[0].lower() != new]) == 1:
        return places[0]
    alike = [w for w in words if w[0].lower() != new and _alike(w[0].lower(), new)]
    return max(alike, key=lambda w: _likeness(w[0].lower(), new)) if alike else None


def _alike(word: str, new: str) -> bool:
    return len(word) > 1 and _likeness(word, new) >= _SPELT_ALIKE


def _likeness(word: str, new: str) -> float:
    return difflib.SequenceMatcher(None, word, new).ratio()
