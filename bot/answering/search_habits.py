"""What a web-search habit adds to a query, dropped before the question is read.

    "site:nato.int cyber defence pledge"        -> "cyber defence pledge"
    "when: london cyber defence conference"     -> "when london cyber defence conference"
    "wiki cyber coalition"                      -> "cyber coalition"

A search engine's operators (``site:``, ``filetype:`` …) name no entry; a question word used as a label ("when:",
"who:") asks what it would ask without its colon, which would otherwise end a clause and leave the label alone; and
"wiki" or "google" before or after a query only says where the asker would look it up. Tried only on text holding a
colon or one of those words.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_OPERATOR = lazy_pattern(r"(?<!\S)(?:site|inurl|intitle|intext|allintitle|allinurl|filetype|ext|lang|source|before|after):\S*\s*", re.IGNORECASE)
_LABEL = lazy_pattern(r"^\s*(who|whom|when|where|what|which|why|how|date|dates|place|venue|quote|quotes|speaker|speakers|host|hosts):\s*(?=\S)", re.IGNORECASE)
#: "wiki x", "x wikipedia", "google x": where the asker would look, not what is asked ("on wikipedia it says ..." is a
#: claim, "was it funded by google" a question about google).
_LOOK_UP_FIRST = lazy_pattern(r"^\s*(?:wiki|wikipedia|google)\s+(?=\S)", re.IGNORECASE)
_LOOK_UP_LAST = lazy_pattern(r"(?P<before>\S+)\s+(?:wiki|wikipedia|google)\s*$", re.IGNORECASE)
#: Words before a last "google" or "wikipedia" that make it part of the question: "funded by google", "on wikipedia".
_OBJECT_OF = frozenset("by on in at to of for from with about says said say according".split())
_CUES = ("wiki", "google", ":", "Wiki", "Google", "WIKI", "GOOGLE")


def without_search_habits(text: str) -> str:
    """``text`` as typed, without a search operator, a label's colon or a look-up word around it (else unchanged)."""
    if not any(cue in text for cue in _CUES):
        return text
    plain = _LOOK_UP_FIRST.sub("", _LABEL.sub(r"\1 ", _OPERATOR.sub("", text))).strip()
    if (last := _LOOK_UP_LAST.search(plain)) is not None and last["before"].lower() not in _OBJECT_OF:
        plain = plain[:last.end("before")]
    return plain or text
