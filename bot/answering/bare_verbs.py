"""A learner's question with its verb bare and no "did": put with "did", or in the past after "who".

    "when rutte become secretary general"  -> "when did rutte become secretary general"
    "what geoana say in hague"             -> "what did geoana say in hague"
    "who speak in london 2024"             -> "who spoke in london 2024"
    "who did speak for the uk at london"   -> "who spoke for the uk at london" ("did" for emphasis)
    "at which summit allies decided to make the nicc" -> "at which summit did allies decide to make the nicc"
    "when allies agreed the pledge"        -> "when did allies agree the pledge"
    "what stoltenberg was calling allies to do in rome" -> "what did stoltenberg call on allies to do in rome"
    "who organise the rome conference"     -> "who hosted the rome conference"
    "did the albanian premier speak", "did geoana speak at all" -> "where did ... speak" (no gathering named: where)
    "what is the pledge", "how long ago the allies agree ..."  -> as they are (a verb already, or "how" asks an amount)

Tried only when one of the bare verbs, or one of their past forms, is in the text; pure (``question_text.normalise_question``).
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
                        rf"(?P<who>(?:\S+ ){{0,3}}?\S+|\S+(?: \S+)? (?:at|in) (?:the )?(?:\S+ ){{0,2}}?\S+) (?P<verb>{_VERBS})\b(?P<rest>.*)$")  # "what rutte at the rome conference say"
_WHO_BARE = lazy_pattern(rf"^who (?:did )?(?P<verb>{_VERBS})\b(?P<rest>.*)$")  # "who did speak": "did" for emphasis, no subject
#: A subject then its verb in the past, with no "did": "at which summit allies decided to make the nicc".
_PAST_VERBS = {past: bare for bare, past in _PAST.items() if past not in ("hosted",)} | {"organised": "organise", "organized": "organize", "made": "make"}
_WH_PAST = lazy_pattern(r"^(?P<wh>(?:at |in |on |during )?(?:which|what) (?:summit|conference|meeting|year|date|day|city|event|gathering)|when|where) "
                        r"(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|s)\b)"
                        r"(?P<who>(?:the )?(?:allies|nato|leaders|nato leaders|nato allies|the alliance|\S+))"
                        rf" (?P<verb>{'|'.join(_PAST.values())}|organised|organized|made)\b(?P<rest>.*)$")
_DID_SPEAK = lazy_pattern(r"^did (?P<who>(?!(?:it|they|anyone|anybody|someone|somebody|nobody|you|we)\b)(?:\S+ ){0,3}?\S+) (?:ever |really |actually |also )?"
                         r"(?P<verb>speak|talk|give a speech|take the floor)(?: at all| too| as well)?$")
_NOT_A_SUBJECT = frozenset("is was were are did does do has have had year day date time place".split())


#: A call asked in the progressive, in either order: "what was stoltenberg calling allies to do", "what rutte was urging allies to do".
_CALLING = lazy_pattern(r"^what (?:was (?P<who>(?:\S+ ){0,2}?\S+)|(?P<who2>(?!(?:was|did|is)\b)(?:\S+ ){0,2}?\S+) was) (?:calling|urging|asking|telling|pressing)"
                        r"(?: on| upon)? (?P<rest>\S.*)$")


def with_did(text: str) -> str:
    """``text`` (normalised) with a learner's bare verb put as English asks; else as it is."""
    if " was " in text and (calling := _CALLING.match(text)):  # "what was stoltenberg calling allies to do in rome"
        return f"what did {calling['who'] or calling['who2']} call on {calling['rest']}"
    words = text.split()
    if words[:1] == ["did"] and (spoke := _DID_SPEAK.match(text)):
        return f"where did {spoke['who']} {spoke['verb']}"  # "did the albanian premier speak": not what they said, but where
    if len(words) >= 4 and not _PAST_VERBS.keys().isdisjoint(words) and (past := _WH_PAST.match(text)) and past["verb"] in _PAST_VERBS:
        return f"{past['wh']} did {past['who']} {_PAST_VERBS[past['verb']]}{past['rest']}"  # "at which summit allies decided ..."
    if len(words) < 3 or _BARE.keys().isdisjoint(words):
        return text
    if (who := _WHO_BARE.match(text)) and who["verb"] in _PAST:
        return f"who {_PAST[who['verb']]}{who['rest']}"
    if (asked := _WH_BARE.match(text)) and _NOT_A_SUBJECT.isdisjoint(asked["who"].split()):
        return f"{asked['wh']} did {asked['who']} {asked['verb']}{asked['rest']}"
    return text
