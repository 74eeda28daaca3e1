"""Words quoted or named as a line's gist, asked when or where they were said, when no line holds them as typed.

    "when did ollongren say the stand together stuff"   -> her line holding "stand together" (the words around dropped)
    "the as-bad-as-bombs quote - what date was that?"   -> Stoltenberg's "as destructive and dangerous as kinetic
                                                           attacks" line, as the closest words, with where and when

Only on the quoted-words path, after the words as typed were held by no line.
"""

from __future__ import annotations

from ..gist_words import without_fillers
from ..lookup import Lookup, Named
from ..quote_match import Held, holding, remembered
from ..search import normalize


def held_without_fillers(lookup: Lookup, spans: tuple[str, ...], context: str) -> list[Held]:
    """The quotes holding a gist's words without those around them ("the stand together stuff": "stand together")."""
    bare = tuple(without_fillers(normalize(span)) for span in spans)
    return holding(lookup, bare, context) if bare != tuple(normalize(span) for span in spans) else []


def gist_close(lookup: Lookup, words: str, named: Named) -> list[Held]:
    """The line (of the speaker named, if any) holding the gist ``words`` in everyday words, held as close, not as said."""
    pool = lookup.quotes_of(named.people[0]) if named.people else None
    return [Held(q, 0.0, verbatim=False) for q in remembered(lookup, words, pool=pool, short_whole=True)[:1]]
