"""Someone's speech named first, then a bare request for a quote from it: what they said there.

    "edi rama's speech in tirana, give me a quote please"   -> "what did edi rama say in tirana?"
    "rutte's address at tirana - can you send me a line?"    -> "what did rutte say at tirana?"
    "give me a quote please"                                 -> as typed (no speech named before)

Read alone, "give me a quote" names nobody, and the speech before it is dropped as chatter. Pure; on the text read into
English (``run_on_leads.with_lead_break``); a text without "quote", "line" or "citation" costs three substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_SPEECH_THEN_QUOTE = lazy_pattern(
    r"^\s*(?P<who>[a-z][a-z .'-]{1,40}?)(?:'s|’s|s') (?:opening |closing |video )?(?:speech|address|remarks|keynote|talk|intervention|message)"
    r" (?P<prep>in|at|to) (?P<where>(?:the )?[a-z][a-z ']{1,40}?)\s*[,;:.!-]+\s*(?:and |so |ok |pls |please )?(?:can you |could you |would you )?"
    r"(?:give|send|show|get|find) me (?:a|an|the|one|his|her|their|some) (?:exact |short |good )?(?:quote|line|citation|sentence|quotation)s?"
    r"(?: (?:from|of) (?:it|that|this|there))?(?: please| pls| thanks)?\s*[?.!]*\s*$", re.IGNORECASE)


def speech_then_quote(text: str) -> str:
    """``text`` naming someone's speech and then asking for a quote, as "what did <who> say <at where>"; else ``text``."""
    lowered = text.lower()
    if not any(word in lowered for word in ("quot", "line", "citation", "sentence")) or not (asked := _SPEECH_THEN_QUOTE.match(text)):
        return text
    return f"what did {asked['who'].strip()} say {asked['prep'].lower()} {asked['where'].strip()}?"
