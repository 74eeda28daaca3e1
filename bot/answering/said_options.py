"""Who said some words, with the people the asker hesitates between after them: asked as "was it A or B who said ...".

    ["who said we stand together,", "ollongren or odobescu?"]  -> "was it ollongren or odobescu who said we stand together"
    ["who said cyber is a contested space,", "rutte or stoltenberg"] -> "was it rutte or stoltenberg who said cyber is ..."

Left in, the two names are read as part of the words said ("we stand together ollongren or odobescu") and no quote
holds them. Only a last clause of two short names joined by "or" after a "who said" clause is read; pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_OPTIONS = lazy_pattern(r"^(?:(?:was it|is it|it was|either) )?(?P<a>[a-z]+(?: [a-z]+)?) or (?P<b>[a-z]+(?: [a-z]+)?)(?: (?:who said it|then|maybe|perhaps))?$")
_WHO_SAID = lazy_pattern(r"^(?:who (?:said|says|wrote)|whose (?:words|line|quote) (?:is|was|are|were)) (?=\S)")


def said_by_either(clauses: list[str]) -> str | None:
    """The clauses from "who said ..." on, as "was it A or B who said <words>" when the last only names two people; else None."""
    if len(clauses) < 2 or " or " not in clauses[-1] or not (options := _OPTIONS.match(normalize(clauses[-1]))):
        return None
    words = _WHO_SAID.sub("", normalize(" ".join(clauses[:-1])), count=1)
    return f"was it {options['a']} or {options['b']} who said {words}" if words else None
