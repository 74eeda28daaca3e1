"""A piece of writing named first, then who wrote it: the author of that piece, not who said some words.

    "the diplomatic affairs piece - who wrote it?"  -> "who wrote the diplomatic affairs piece"
    "the hague article - who is the author?"        -> "who wrote the hague article"

Words in quotation marks keep the who-said reading ("'no one stands alone' - who wrote that?"). Pure; a step of
``question_text.question_clause`` for a clause that asks who said or wrote what comes before it.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_WRITINGS = frozenset("article articles piece report story op ed oped write up writeup post blog release column".split())
_WHO_WROTE = lazy_pattern(r"^(?:who (?:wrote|writes|penned|authored)|who (?:is|was) the (?:author|writer|journalist|reporter)|whose (?:piece|article|byline))"
                          r"(?: (?:it|that|this|the piece|the article))?$")


def author_asked(leads: list[str], question: str) -> str | None:
    """"who wrote <the writing the last lead names>", when ``question`` asks who wrote it; else None."""
    if not leads or not _WHO_WROTE.match(question) or _WRITINGS.isdisjoint(leads[-1].split()):
        return None
    return f"who wrote {leads[-1]}"
