"""Words in quotation marks someone is asked to have warned of, talked about or mentioned: asked as said.

    "did stoltenberg warn of a 'cyber pearl harbor' in rome?"   -> "did stoltenberg say 'cyber pearl harbor' in rome?"
    "has rutte ever talked about 'a digital iron curtain'"      -> "did rutte say 'a digital iron curtain'"
    "did stoltenberg warn of cyber attacks"                     -> as typed (no words quoted: a topic, not words)

Pure; cheap gate: a text with no quotation mark is returned at once.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_SAID_AS = lazy_pattern(r"^\s*(?:did|has|had)\s+(?P<who>\S+(?:\s+(?!ever\b)\S+)?)\s+(?:ever\s+)?(?:warn|warned|caution|cautioned|talk|talked|speak|spoke|mention|mentioned|refer|referred|allude|alluded)"
                        r"(?:\s+(?:of|about|to))?\s+(?:a\s+|an\s+|the\s+)?(?=['\"‘“])", flags=re.IGNORECASE)


def as_said(text: str) -> str:
    """``text`` with "warn of", "talk about" ... before quoted words put as "say"."""
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return text
    return _SAID_AS.sub(lambda m: f"did {m['who']} say ", text, count=1)
