"""Where something was agreed, asked with the occasion as the question word or the subject.

    "at which nato summit was the pledge agreed"   -> "where was the pledge agreed"
    "the pledge was agreed at which summit"         -> "where was the pledge agreed"
    "which summit established the nicc"             -> "where was the nicc agreed"

The reply to "where was X agreed" leads with the summit and its city. Pure; used by ``rephrasing``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_OCCASION = r"(?:nato )?(?:summit|meeting|event|conference|gathering|city|place|country|location|venue)"
_AGREED = (r"(?:agreed|agree|made|make|signed|sign|adopted|adopt|issued|issue|launched|launch|decided|decide|announced|announce|endorsed|endorse"
           r"|approved|approve|taken|take|declared|declare|recognised|recognized|recognise|recognize)")
_WHICH_OCCASION = lazy_pattern(rf"^(?:at |in |during )?(?:which|what) {_OCCASION} (?:was|were|did|had) (?P<x>.+?) (?:first |finally |actually )?(?P<verb>{_AGREED})"
                               r"(?: on| to| at| in)?(?P<rest>(?: .+)?)$")
#: "which summit established the nicc", "what conference launched the pledge": the occasion as the subject.
_OCCASION_DID = lazy_pattern(rf"^(?:which|what) {_OCCASION} (?:established|set up|created|founded|launched|agreed|adopted|approved|endorsed|produced"
                             r"|gave us|brought|decided on) (?P<x>.+)$")
_AGREED_AT_WHICH = lazy_pattern(rf"^(?P<x>.+?) (?:was|were) (?:first |actually )?{_AGREED} (?:at|in|during) (?:which|what) {_OCCASION}$")
_AGREED_WORDS = frozenset(_AGREED[3:-1].split("|"))
_WHO_AGREES = frozenset("allies nato leaders they members the".split())


def where_agreed(text: str, first: str, words: set[str]) -> str | None:
    """"where was X agreed" for a question asking at which occasion X was agreed (normalised ``text``, its first word
    and its words), else None."""
    if first in ("at", "in", "during", "which", "what") and not words.isdisjoint(_AGREED_WORDS) and (occasion := _WHICH_OCCASION.match(text)):
        x = occasion["x"] if set(occasion["x"].split()) - _WHO_AGREES or not occasion["rest"].strip() else occasion["rest"].strip()
        if x == occasion["x"] and len(occasion["rest"].split()) >= 2:  # "... was cyber declared part of collective defence"
            return f"where was {x} {occasion['verb']}{occasion['rest']}"
        return f"where was {x.removesuffix(' at').removesuffix(' in')} agreed"  # "which summit did nato declare x at"
    if first in ("which", "what") and (occasion := _OCCASION_DID.match(text)):
        return f"where was {occasion['x']} agreed"
    if (" which " in text or " what " in text) and not _AGREED_WORDS.isdisjoint(words) and (occasion := _AGREED_AT_WHICH.match(text)):
        return f"where was {occasion['x']} agreed"
    return None
