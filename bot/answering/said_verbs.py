"""Words in quotation marks someone is asked to have warned of, talked about or mentioned: asked as said.

    "did stoltenberg warn of a 'cyber pearl harbor' in rome?"   -> "did stoltenberg say 'cyber pearl harbor' in rome?"
    "has rutte ever talked about 'a digital iron curtain'"      -> "did rutte say 'a digital iron curtain'"
    "did stoltenberg warn of cyber attacks"                     -> as typed (no words quoted: a topic, not words)
    "who did stoltenberg welcome at the start of his speech?"   -> "what did stoltenberg say about welcome in his speech?"

Pure; cheap gates: a text with no quotation mark and no greeting verb is returned at once.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_SAID_AS = lazy_pattern(r"^\s*(?:did|has|had)\s+(?P<who>\S+(?:\s+(?!ever\b)\S+)?)\s+(?:ever\s+)?(?:warn|warned|caution|cautioned|talk|talked|speak|spoke|mention|mentioned|refer|referred|allude|alluded)"
                        r"(?:\s+(?:of|about|to))?\s+(?:a\s+|an\s+|the\s+)?(?=['\"‘“])", flags=re.IGNORECASE)


#: Whom a speaker greeted or thanked is in the line that greets: "who did X welcome (at the start of his speech)".
_GREETED = lazy_pattern(r"^\s*who(?:m)?\s+did\s+(?P<who>\S+(?:\s+\S+)?)\s+(?P<verb>welcome|greet|thank|salute)\b"
                        r"(?:\s+(?:first|at the (?:very )?(?:start|beginning|opening)(?: of (?:his|her|their|the) (?:\S+ )?(?:speech|address|remarks|keynote|discours))?|to open))?", flags=re.IGNORECASE)
_GREETING_TOPIC = {"welcome": "welcome", "greet": "welcome", "salute": "welcome", "thank": "thanks"}


def as_said(text: str) -> str:
    """``text`` with "warn of", "talk about" ... before quoted words put as "say"; whom someone welcomed, as what they said."""
    if "welcom" in text.lower() or "greet" in text.lower() or "thank" in text.lower() or "salute" in text.lower():
        text = _GREETED.sub(lambda m: f"what did {m['who']} say about {_GREETING_TOPIC[m['verb'].lower()]}", text, count=1)
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return text
    return _SAID_AS.sub(lambda m: f"did {m['who']} say ", text, count=1)
