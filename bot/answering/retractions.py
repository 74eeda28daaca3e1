"""A question taken back mid-message ("nvm", "scratch that"): only what follows the retraction is asked.

    "sry what's saceur lol nvm - does the berlin article say vilnius gave saceur authority to respond?"
        -> "does the berlin article say vilnius gave saceur authority to respond?"
    "when was tirana, no wait, scratch that: who hosted berlin"   -> "who hosted berlin"
    "nvm"                                                         -> "nvm" (nothing follows: left to the routes)

Pure; a message with none of the cue words pays one pattern search.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: "nvm", "never mind", "nevermind", "scratch that", "forget that", "ignore that", then the question asked instead.
_RETRACTED = lazy_pattern(r"(?i)\b(?:nvm|nevermind|never mind|scratch that|forget that|ignore that)\b[\s,.;:!?\u2013\u2014-]*(?P<rest>\S+(?:\s+\S+){2,}.*)$")


def without_retracted(text: str) -> str:
    """``text`` from after its last retraction on, when at least three words follow it; else ``text``."""
    found = None
    for found in _RETRACTED.finditer(text):
        pass
    return found["rest"] if found is not None else text
