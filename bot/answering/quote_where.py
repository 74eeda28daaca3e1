"""A quote asked for by what the speaker did in it: "the quote where X told allies to ...", asked as what X said.

    "I need the exact quote where Stoltenberg told allies to recommit to cyber defense in Rome"
        -> "what did Stoltenberg say about allies to recommit to cyber defense in Rome"
    "give me the line when rutte says no one stands alone"       -> "what did rutte say about no one stands alone"
    "what's the quote in which Baerbock talked about Russia"     -> "what did Baerbock say about Russia"
    "the quote where he ..."                                    -> as typed (a pronoun: the follow-up steps read it)

Without this, "the quote where" reads as a place asked about and the speaker's words as a search. Pure; a text
without " where ", " when " or " in which " pays three substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_QUOTE_WHERE = lazy_pattern(
    r"^(?:.*?\b)?(?:the|that|a|his|her)\s+(?:(?:exact|actual|full|precise|famous|whole)\s+)?"
    r"(?:quote|quotation|line|bit|remark|comment|words|part|soundbite|sound bite|clip|moment|passage)\s+(?:where|when|in which|from when)\s+"
    r"(?P<who>(?!(?:he|she|they|it|someone|somebody)\b)[A-Za-z][\w.'-]*(?:\s+(?!(?:told|tells|said|says|called|calls|urged|urges|asked|asks|talked|talks|spoke|speaks|mentioned|mentions|warned|warns|compared|compares|described|describes|went|goes)\b)[A-Za-z][\w.'-]*)?)\s+"
    r"(?:told|tells|tell|said|says|say|called on|calls on|called|calls|urged|urges|asked|asks|talked about|talks about|talks of|spoke about|speaks about|spoke of|"
    r"mentioned|mentions|warned|warns|compared|compares|described|describes|went on about|goes on about)\s+(?P<rest>\S.*)$",
    re.IGNORECASE)
_CUES = (" where ", " when ", " in which ")


def as_what_said(typed: str) -> str:
    """``typed`` asked as "what did X say about ..." when it asks for the quote where X told, said or called something."""
    lowered = typed.lower()
    if not any(cue in lowered for cue in _CUES) or (asked := _QUOTE_WHERE.match(typed.strip())) is None:
        return typed
    return f"what did {asked['who']} say about {asked['rest']}"
