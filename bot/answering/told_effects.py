"""What an attack did to those who wanted the site, told after the question: dropped, for the answer's own text says it.

    "when nato website was attack by hacker and people cannot open it" -> "when nato website was attack by hacker"
    "when was nato hacked so nobody could reach the website?"         -> "when was nato hacked?"
    "which day the ddos happen and the site was down"                 -> "which day the ddos happen"
    "who attacked nato websites, and users couldn't access them for days" -> "who attacked nato websites"

Without this the effect's words were read as a name ("I have no entry for “... people cannot open”", "no attack on or by
“nobody open”"). Only a last clause, begun by "and" or "so", whose subject is the people who wanted the site (or the site
itself going down), is dropped; quoted words are never touched. Pure, no knowledge read; most questions pay a word check.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_CUES = ("open", "reach", "access", "load", "visit", "down", "offline", "working")
_PEOPLE = r"(?:people|users|visitors|nobody|no one|noone|everyone|everybody|the public|anyone|anybody|we|they|you|i)"
_COULD_NOT = r"(?:cannot|can not|can't|cant|could not|couldn't|couldnt|were unable to|was unable to|are unable to|did not|didn't|can|could|were not able to|was not able to)"
_ITS = r"(?: (?:it|them|the (?:web ?)?sites?|the (?:web ?)?pages?|nato(?:'s|’s| s)? (?:web ?)?sites?|(?:the )?nato (?:web ?)?sites?))?"
_FOR_A_WHILE = r"(?: (?:anymore|any more|at all|for (?:a )?(?:while|days?|hours?|some time)|for (?:a )?(?:few|two|several) (?:days|hours)))?"
_SITE_DOWN = (r"(?:the |nato(?:'s|’s| s)? |its )?(?:web ?)?(?:sites?|pages?)(?: (?:was|were|went|is|are|goes|go|got))? (?:down|offline|not working"
              r"|stop(?:ped)? working|stop(?:ped)? work|did not work|didn't work|not work)")
_EFFECT = lazy_pattern(rf"\s*,?\s+(?:and|so|so that)\s+(?:{_PEOPLE}\s+{_COULD_NOT}\s+(?:not\s+)?(?:open|reach|access|load|visit|use|get (?:in|into|on) to|get into)\b{_ITS}|{_SITE_DOWN}){_FOR_A_WHILE}"
                       r"(?=\s*[?!.]*\s*$)", flags=re.IGNORECASE)


def without_told_effect(text: str) -> str:
    """``text`` (as typed) without a last clause telling what an attack did to the site's users; else as it is."""
    low = text.lower()
    if (" and " not in low and " so " not in low) or not any(cue in low for cue in _CUES):
        return text
    return text[: effect.start()] + text[effect.end():] if (effect := _EFFECT.search(text)) else text
