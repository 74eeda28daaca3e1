"""The sources asked of words claimed as someone's: the claim is checked before any quote's sources are given.

    "rutte said cyber attacks are overrated, source?"        -> "I have no quote by Mark Rutte with the words ..."
    "the claim that rutte said no one stands alone - source?" -> the sources of Rutte's quote (his words: checked)
    "ollongren said no one stands alone - source?"            -> "Mark Rutte said it, not Kajsa Ollongren" (with its source)

Without the check, the sources of the closest quote were given, whoever said it. None when the words asked
of are not put as someone's ("sources for the berlin conference").
"""

from __future__ import annotations

import datetime as dt
import re

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..parts import without_parts
from .checks import answer_verify
from .general import answer_sources

_VAGUE = lazy_pattern(r"(?:something|anything|stuff|things|a lot|a few things|some things)\b")
_CLAIMED = lazy_pattern(r"^(?:the (?:claim|quote|line) that |that )?(?P<who>.+?) (?:said|says|wrote|claimed|stated|told \S+)(?: that)? (?P<words>\S.*)$")


def answer_sources_of(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """The route for "sources for <rest>" (or "where does the information on <on> come from")."""
    named = match["rest"] or match["on"]
    return sources_of_claim(lookup, named, today) or answer_sources(lookup, without_parts(named) or named)  # "the tirana dates"


def sources_of_claim(lookup: Lookup, asked: str, today: dt.date) -> Reply | None:
    """The sources of the quote ``asked`` puts as someone's, once checked as theirs; the check's reply where it is not."""
    if (match := _CLAIMED.match(asked)) is None or _VAGUE.match(match["words"]):
        return None  # "stoltenberg said something about china": the quote is looked for by its topic
    if not lookup.named(match["who"], on=today).people:
        return None
    checked = answer_verify(lookup, match["who"], match["words"], today)
    quote = next((i for i in checked.items if i.type == "quote"), None)
    if checked.kind != "answer" or quote is None or not checked.title.startswith(("Verified", "Re-translated", "Unverified")):
        return checked  # not their words: the miss, or whose they are
    return answer_sources(lookup, quote.id)
