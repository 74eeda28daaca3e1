"""What is said around a role before the role is read: its shorthand spelt out, and words that only say "now".

    "the present sg"                  -> "the present secretary general"
    "the current secretary general"   -> the role, with nothing left over to rank quotes by ("current")
    "baerbock, defence min?"          -> "baerbock, defence minister?" (``MINISTER_SHORTHAND``, read by the question text)

Pure; a text with no shorthand pays one set test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: Role shorthand as typed -> the role's words: the one table the question text, descriptions and people's names read.
ROLE_SHORTHAND = {"sg": "secretary general", "secgen": "secretary general", "dsg": "deputy secretary general",
                  "pm": "prime minister", "fm": "foreign minister"}
#: "min" after a ministry's word, and "def min": a minister ("was baerbock defence min", "the dutch def min").
MINISTER_SHORTHAND = lazy_pattern(r"\b(?:(defence|foreign|prime|digital|interior|finance|economy|deputy)|def) min\b")
#: Words that say a role is held today, said beside it: "the current sg", "the sitting prime minister", "today's sg".
_NOW_WORDS = frozenset("current currently present presently sitting incumbent serving now today todays".split())


def spelt_out_roles(normalized: str) -> str:
    """``normalized`` with role shorthand spelt out: "quotes by the sg" -> "quotes by the secretary general"."""
    words = normalized.split()
    if ROLE_SHORTHAND.keys().isdisjoint(words):
        return normalized
    return " ".join(ROLE_SHORTHAND.get(w, w) for w in words)


def without_now_words(normalized: str) -> str:
    """The words left once a role is read, less those that only said it is held now ("current", "present")."""
    words = normalized.split()
    return " ".join(w for n, w in enumerate(words) if w not in _NOW_WORDS and not (w == "s" and n and words[n - 1] in _NOW_WORDS))


def minister_spelt_out(match: re.Match) -> str:
    """A ``MINISTER_SHORTHAND`` match spelt out: "foreign min" -> "foreign minister", "def min" -> "defence minister"."""
    return f"{match[1] or 'defence'} minister"
