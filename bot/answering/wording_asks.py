"""The words asked for, whose or on what, when the question names them with "the exact wording/words/quote of":

    "what was the exact wording of pat mcfadden s warning about russia at the london conference"
                                                -> "what did pat mcfadden say about russia at the london conference"
    "what were the exact words of edi rama s welcome at tirana"   -> "what did edi rama say at tirana"
    "what was the exact quote about starlink"                     -> "quote about starlink"

"the" is nobody's words: without this step the speaker was read as "the" ("There is no quote by “the”").
Pure, used by ``rephrasing.rephrase``; a text that does not start "what " runs no pattern.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: "what was the exact wording of mcfadden s warning about russia" (what he said about it), "what was the exact quote about
#: starlink" (what was said about it): the words asked for, whose or on what.
_WORDING_OF = lazy_pattern(r"^what (?:were|was|are|is) the (?:(?:exact|original|actual|real|precise|full|verbatim|complete) )+(?:english )?"
                         r"(?:words|wording|quote|quotation|text|phrasing|line|version)(?: (?:of|from|in|by) (?P<who>(?!(?:the|a|an|this|that)\b)(?:\S+ ){0,3}?\S+?)(?: s)?"
                         r" (?:(?:video |opening |closing |keynote )?(?:warnings?|remarks?|statements?|comments?|lines?|speech|words|address|keynote|points?|call|appeal|claims?|message|quote|welcome|greeting|intervention))| (?P<about>about|on|regarding))\b(?P<rest>.*)$")


def wording_asked(text: str) -> str:
    """"what was the exact wording of X s warning about Y" -> "what did X say about Y"; other text as it is."""
    if not text.startswith("what ") or (asked := _WORDING_OF.match(text)) is None:
        return text
    if asked["about"]:
        return f"quote about{asked['rest']}"
    rest = asked["rest"].strip()
    return f"what did {asked['who']} say" + ("" if not rest else f" {rest}" if rest.split()[0] in ("about", "on", "at", "in", "during", "to") else f" about {rest}")
