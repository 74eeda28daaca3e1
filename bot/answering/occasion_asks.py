"""Asks for the lines of an occasion, typed the long way round, put the way the quote routes know.

    "what quotes came out of the hague pledge conference"   -> "quotes from the hague pledge conference"
    "which lines emerged from tirana"                       -> "quotes from tirana"
    "how did stoltenberg open the berlin conference first words of his speech"
                                                            -> "what did stoltenberg say at the berlin conference"
    "did stoltenberg ever write a piece himself on cyber"   -> "did stoltenberg write an op ed"

Pure; each tried only when its cue word is there.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_CAME_OUT = lazy_pattern(r"^(?:what|which|any) (?:quotes?|lines?|quotations?|soundbites?) (?:came|come|emerged|emerge|were there|are there|do you have|have you got)"
                         r" (?:out of|from|at|of) (?P<occasion>.+)$")
#: Only with the words asked for: "how did rutte open the berlin conference" alone asks whether he did (he did not).
_OPENED = lazy_pattern(r"^how did (?P<who>(?!it\b|they\b|the\b)[a-z]+(?: [a-z]+)?) (?:open|opened|start|begin|kick off) (?P<occasion>(?:the |his |her )?\S.*?)"
                       r" (?:first|opening) (?:words|lines?|remarks|sentences?)\b.*$")
_WROTE = lazy_pattern(r"^(?:did|has|had) (?P<who>[a-z]+(?: (?!ever\b)[a-z]+)?) (?:ever )?(?:write|written|publish|published|pen|penned) (?:a |an |any )?"
                      r"(?:piece|op ed|oped|article|column|essay|editorial|commentary)\b")


def occasion_ask(text: str) -> str:
    """``text`` (normalised) put the way the quote routes know when it asks for an occasion's lines; else unchanged."""
    first = text.partition(" ")[0]
    if first in ("what", "which", "any") and (asked := _CAME_OUT.match(text)):
        return f"quotes from {asked['occasion']}"
    if first == "how" and (asked := _OPENED.match(text)):
        return f"what did {asked['who']} say at {asked['occasion']}"
    if first in ("did", "has", "had") and (asked := _WROTE.match(text)):
        return f"did {asked['who']} write an op ed"
    return text
