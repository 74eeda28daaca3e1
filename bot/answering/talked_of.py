"""Step 1b, part of rephrasing: "what is this X <someone> talks about in Y" asks what X is.

    "what is this new concept from vilnius stoltenberg talks about in berlin" -> "what is the new concept from vilnius"
    "what was the cyber centre that rutte mentioned in tirana"                  -> "what was the cyber centre"

Who talked about it, and where, only say where the asker met the words; X is what is asked. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_TALKED_OF = lazy_pattern(r"^(?P<what>what (?:is|was|are|were)) (?:this |that |these |those )?(?P<x>(?:the )?\S.*) (?:he |she |they |\S+ ){1,2}?"
                          r"(?:talks|talked|speaks|spoke|refers|referred|keeps talking) (?:about|of|to)(?: (?:in|at|during) .+)?$")
#: Nouns that name nothing by themselves: "the saceur thing he talks about in berlin" needs where he talked.
_VAGUE = frozenset("thing things bit stuff one part line".split())


def without_talked_of(text: str) -> str:
    """``text`` (normalised) without the clause saying who talked of the thing asked about, or ``text`` as it is."""
    if not text.startswith("what ") or (match := _TALKED_OF.match(text)) is None:
        return text
    x = match["x"].removesuffix(" that").removesuffix(" which")
    if len(x.removeprefix("the ").split()) < 2 or x.split()[-1] in _VAGUE:
        return text  # "what was the attack he wrote about in the op ed": where he wrote is what names it
    return f"{match['what']} {x if x.startswith('the ') else 'the ' + x}"
