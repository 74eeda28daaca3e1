"""What was said at an event, asked of no one in particular: "what did they say in rome", "what did the speakers talk about".

    "what did they say in rome"                  -> "quotes from rome"
    "what did the speakers talk about at tirana" -> "quotes from tirana"
    "what did people say at the hague"           -> "quotes from the hague"

"They" with nobody named before is everyone quoted there (a follow-up's "they" is replaced earlier, by
``follow_ups``). Pure; used by ``rephrasing``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_EVERYONE = lazy_pattern(r"^what (?:did|do|have|has) (?:they|the speakers|speakers|people|everyone|everybody|the participants|participants|the delegates"
                         r"|the officials|officials|the ministers|ministers|nato officials|the leaders|leaders)"
                         r" (?:say|said|talk about|talked about|speak about|spoke about|discuss|discussed|tell us|mention)"
                         r" (?:in|at|during) (?P<where>.+)$")
_CUES = frozenset("they speakers people everyone everybody participants delegates officials ministers leaders".split())


def said_by_everyone(question: str) -> str:
    """``question`` (normalised) asked as the quotes from the event it names, or as it was."""
    if _CUES.isdisjoint(question.split()) or (found := _EVERYONE.match(question)) is None:
        return question
    return f"quotes from {found['where']}"
