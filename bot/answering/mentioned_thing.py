"""What someone mentioned in a text, asked about alone: the speaker and the text are where the asker read of it.

    "when were the attacks on german computers that stoltenberg cites in the op-ed?" -> "when were the attacks on german computers?"
    "when was the attack on the nato website he mentions in his speech"              -> "when was the attack on the nato website"
    "who is this 'minister baerbock' that stoltenberg mentions?"                      -> "who is this 'minister baerbock'?"

Asked with the speaker and the text left in, the question reads as one about the speaker's words ("stoltenberg quotes",
"exact") and is answered with a quote or a speech; the thing mentioned is what is asked, and an honest miss when
the knowledge has no entry for it. Pure, on the text as typed; only "when"/"where" questions holding a verb of
mentioning are read ("who" ones too, the text unsaid). Table-tested in tests/test_mentioned_thing.py.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .search import normalize

_CUES = frozenset("mentions mentioned cites cited quotes quoted refers referred talks talked brings brought writes wrote describes described".split())
_VERB = (r"(?:mentions|mentioned|cites|cited|quotes|quoted|refers to|referred to|talks about|talked about|brings up|brought up|writes about|"
         r"wrote about|describes|described)")
_TEXT = r" (?:in|at|during|on) (?:the |his |her |that |this )?(?:[\w-]+ )?(?:op-?ed|op ed|article|speech|piece|interview|address|remarks|keynote)\b"
#: "when/where was X that <speaker> <mentions> in <a text>"; "who is X that <speaker> <mentions>" (the text may go unsaid).
_MENTIONED = lazy_pattern(
    rf"^(?:(?P<when>\s*(?:when|where) (?:was|were|did|is|are)\b[^?]*) (?:(?:that|which) )?[\w.'’-]+(?: [\w.'’-]+)? {_VERB}{_TEXT}"
    rf"|(?P<who>\s*who(?: was| is|'s|’s)\b[^?]*) (?:that|whom|who) [\w.'’-]+(?: [\w.'’-]+)? {_VERB}(?:{_TEXT})?(?=\s*(?:[?!.,]|$)))", re.IGNORECASE)

_RELATIVE = lazy_pattern(r" (?:that|which|whom|who)$", re.IGNORECASE)  # "the attacks that" + "stoltenberg cites": the attacks


def without_where_mentioned(text: str) -> str:
    """``text`` with "that X mentions in the op-ed" dropped after a "when", "where" or "who" question; else ``text``."""
    if _CUES.isdisjoint(normalize(text).split()) or (match := _MENTIONED.match(text)) is None:
        return text
    return _RELATIVE.sub("", match["when"] or match["who"]) + text[match.end():]
