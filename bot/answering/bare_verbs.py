"""A learner's question with its verb bare and no "did": put with "did", or in the past after "who".

    "when rutte become secretary general"  -> "when did rutte become secretary general"
    "what geoana say in hague"             -> "what did geoana say in hague"
    "who speak in london 2024"             -> "who spoke in london 2024"
    "who organise the rome conference"     -> "who hosted the rome conference"
    "what is the pledge", "how long ago the allies agree ..."  -> as they are (a verb already, or "how" asks an amount)

Tried only when one of the bare verbs is in the text; pure (``question_text.normalise_question``).
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_BARE = {"become": "become", "say": "say", "speak": "speak", "write": "write", "open": "open", "host": "host", "organise": "organise",
         "organize": "organize", "attend": "attend", "talk": "talk", "tell": "tell", "join": "join", "sign": "sign", "agree": "agree",
         "decide": "decide", "launch": "launch", "adopt": "adopt", "leave": "leave", "start": "start"}
_PAST = {"speak": "spoke", "say": "said", "talk": "talked", "open": "opened", "host": "hosted", "organise": "hosted", "organize": "hosted",
         "attend": "attended", "write": "wrote", "sign": "signed", "agree": "agreed", "decide": "decided", "launch": "launched", "adopt": "adopted"}
_VERBS = "|".join(_BARE)
_WH_BARE = lazy_pattern(rf"^(?P<wh>when|where|what|why) (?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|s)\b)"
                        rf"(?P<who>(?:\S+ ){{0,3}}?\S+) (?P<verb>{_VERBS})\b(?P<rest>.*)$")
_WHO_BARE = lazy_pattern(rf"^who (?P<verb>{_VERBS})\b(?P<rest>.*)$")
_NOT_A_SUBJECT = frozenset("is was were are did does do has have had year day date time place".split())


def with_did(text: str) -> str:
    """``text`` (normalised) with a learner's bare verb put as English asks; else as it is."""
    words = text.split()
    if len(words) < 3 or _BARE.keys().isdisjoint(words):
        return text
    if (who := _WHO_BARE.match(text)) and who["verb"] in _PAST:
        return f"who {_PAST[who['verb']]}{who['rest']}"
    if (asked := _WH_BARE.match(text)) and _NOT_A_SUBJECT.isdisjoint(asked["who"].split()):
        return f"{asked['wh']} did {asked['who']} {asked['verb']}{asked['rest']}"
    return text
