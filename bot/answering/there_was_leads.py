"""A statement that something was, then a bare ask: the ask is of that thing, at the time the clauses name.

    "two years ago, in may, there was a pledge conference - where?" -> "where was the pledge conference two years ago in may"
    "last year there was a nato cyber defence conference, where?"   -> "where was the nato cyber defence conference last year"
    "there was a summit in wales - when?"                            -> "when was the summit in wales"

Pure; used by ``question_text.question_clause`` for a clause that asks only "where", "when" ... after other clauses.
A clause before that states no "there was" is left to the caller (None).
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_THERE_WAS = lazy_pattern(r"^(?P<when>.*?)\s*\b(?:there (?:was|were|has been|had been)|(?:was|were) there) (?:a |an |the |one |some )?(?P<what>\S.*)$")
#: A clause naming a time: "two years ago", "in may", "in 2019", "last year".
_TIME = lazy_pattern(r"\b(?:ago|last|this|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b")


def asked_of_there_was(ask: str, before: list[str]) -> str | None:
    """``ask`` ("where", "when exactly") asked of what the last of the ``before`` clauses says there was, or None."""
    if not before or not (stated := _THERE_WAS.match(before[-1])):
        return None
    times = [c for c in [*before[:-1], stated["when"]] if c and _TIME.search(c)]
    asked, _, rest = ask.partition(" ")
    return " ".join([asked, "was the", stated["what"], *times, rest]).strip()
