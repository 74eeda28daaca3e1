"""A learner's question with its verb bare and no "did": put with "did", or in the past after "who"; its other bare forms too.

    "when rutte become secretary general"  -> "when did rutte become secretary general"
    "what geoana say in hague"             -> "what did geoana say in hague"
    "who speak in london 2024"             -> "who spoke in london 2024"
    "who did speak for the uk at london"   -> "who spoke for the uk at london" ("did" for emphasis)
    "at which summit allies decided to make the nicc" -> "at which summit did allies decide to make the nicc"
    "when allies agreed the pledge"        -> "when did allies agree the pledge"
    "what stoltenberg was calling allies to do in rome" -> "what did stoltenberg call on allies to do in rome"
    "who organise the rome conference"     -> "who hosted the rome conference"
    "what new concept the allies agree in vilnius" -> "what new concept did the allies agree in vilnius" (a noun after "what")
    "which policy nato adopt in wales"     -> "which policy did nato adopt in wales"
    "did the albanian premier speak", "did geoana speak at all" -> "where did ... speak" (no gathering named: where)
    "what is the pledge", "how long ago the allies agree ..."  -> as they are (a verb already, or "how" asks an amount)
    "who announce the date of the vilnius summit" -> "who announced the date of the vilnius summit"
    "when did rutte start to be secretary general" -> "when did rutte become secretary general"
    "how many day was the hague conference"  -> "how many days was the hague conference" (the noun bare after "how many")
    "how many day the hague conference was"  -> "how many days was the hague conference" (the verb after its subject)
    "about russia what stoltenberg said"     -> "what stoltenberg said about russia" (the topic put first)
    "x and y is same thing or different"     -> "are x and y the same or different" (the choice after a statement)

Tried only when one of the bare verbs, or one of their past forms, is in the text; pure (``question_text.normalise_question``).
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_BARE = {"become": "become", "say": "say", "speak": "speak", "write": "write", "open": "open", "host": "host", "organise": "organise",
         "organize": "organize", "attend": "attend", "talk": "talk", "tell": "tell", "join": "join", "sign": "sign", "agree": "agree",
         "decide": "decide", "launch": "launch", "adopt": "adopt", "leave": "leave", "start": "start", "announce": "announce",
         "publish": "publish", "approve": "approve", "create": "create", "establish": "establish", "propose": "propose", "chair": "chair"}
_PAST = {"speak": "spoke", "say": "said", "talk": "talked", "open": "opened", "host": "hosted", "organise": "hosted", "organize": "hosted",
         "attend": "attended", "write": "wrote", "sign": "signed", "agree": "agreed", "decide": "decided", "launch": "launched", "adopt": "adopted",
         "announce": "announced", "publish": "published", "approve": "approved", "create": "created", "establish": "established",
         "propose": "proposed", "chair": "chaired"}
_VERBS = "|".join(_BARE)
_WH_BARE = lazy_pattern(rf"^(?P<wh>when|where|what|which|why) (?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|s)\b)"
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
#: Where the subject begins after "what <noun>": "what new concept | the allies agree", "which policy | nato adopt".
_SUBJECT_START = frozenset("the nato allies alliance leaders he she they".split())
_IN_A_NOUN_PHRASE = frozenset("at in on of for during from to about by with".split())  # "what rutte at the rome conference say": no noun


#: A call asked in the progressive, in either order: "what was stoltenberg calling allies to do", "what rutte was urging allies to do".
_CALLING = lazy_pattern(r"^what (?:was (?P<who>(?:\S+ ){0,2}?\S+)|(?P<who2>(?!(?:was|did|is)\b)(?:\S+ ){0,2}?\S+) was) (?:calling|urging|asking|telling|pressing)"
                        r"(?: on| upon)? (?P<rest>\S.*)$")


#: "start to be", "began to be", "start as" a post: became it.
_STARTED_AS = lazy_pattern(r"\b(?:start|starts|started|begin|begins|began) (?:to be|being|as)\b")
#: "how many day", "how many year ago": the unit after "how many", bare.
_HOW_MANY_BARE = lazy_pattern(r"\bhow many (day|year|month|week|hour|time zone)\b(?!s)")
#: "how many days the hague conference was", "how long the summit was": the verb put back before its subject.
_HOW_MANY_THEN_BE = lazy_pattern(r"^(?P<ask>how many days|how long) (?P<x>(?!(?:was|were|is|are|did|does|ago)\b)(?:\S+ ){0,8}?\S+) (?P<be>was|were|is|are)$")
#: "x and y is same thing or different": asked as "are x and y the same or different" (a statement typed with its choice after it).
_SAME_OR_NOT = lazy_pattern(r"^(?P<x>(?!(?:is|are|was|were)\b)(?:\S+ ){0,6}?\S+ and (?:\S+ ){0,6}?\S+) (?:is|are|was|were) (?:the |a )?same(?: thing| one| event| series| conference)?"
                            r" or (?:not|different|no|another|other)(?: thing| one| ones| things)?$")
#: "about russia what stoltenberg said", "and on china, what did he say": the topic put before the question about it.
_TOPIC_FIRST = lazy_pattern(r"^(?P<lead>(?:and |so |ok |also )?)(?:about|on|regarding|concerning) (?P<topic>(?:\S+ ){0,3}?\S+) (?P<ask>what (?:(?:did|does|has|have|had) )?"
                            r"(?!(?:did|does|is|was)\b)(?:\S+ ){0,2}?\S+ (?:say|said|says|think|thought|thinks|tell|told|write|wrote)(?: (?!about\b)\S+){0,4})$")


def with_did(text: str) -> str:
    """``text`` (normalised) with a learner's bare verb put as English asks; else as it is."""
    text = _learner_forms(text)
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
        thing, who = _thing_and_subject(asked["wh"], asked["who"].split())
        return f"{asked['wh']}{thing} did {who} {asked['verb']}{asked['rest']}"
    return text


def _thing_and_subject(wh: str, words: list[str]) -> tuple[str, str]:
    """The noun "what" or "which" asks of (with its leading space, or "") and the subject after it: "new concept the allies"
    -> (" new concept", "the allies"); "which day rutte" -> (" day", "rutte"); "stoltenberg" -> ("", "stoltenberg")."""
    start = next((n for n, word in enumerate(words) if n and word in _SUBJECT_START), 1 if wh == "which" and len(words) > 1 else 0)
    if wh not in ("what", "which") or not _IN_A_NOUN_PHRASE.isdisjoint(words[:start]):
        start = 0
    return (f" {' '.join(words[:start])}" if start else ""), " ".join(words[start:])


def _learner_forms(text: str) -> str:
    """``text`` with "start to be" read as "become", the bare unit after "how many" made plural and a topic put first
    moved after its question; each only when its cue word is there."""
    if (" to be" in text or " being" in text or " as " in text) and ("start" in text or "began" in text or "begin" in text):
        text = _STARTED_AS.sub("become", text)
    if "how many " in text:
        text = _HOW_MANY_BARE.sub(r"how many \1s", text)
    if text.startswith("how ") and (how := _HOW_MANY_THEN_BE.match(text)):
        text = f"{how['ask']} {how['be']} {how['x']}"
    if " same " in text and (same := _SAME_OR_NOT.match(text)):
        text = f"are {same['x']} the same or different"
    if text.startswith(("about ", "on ", "regarding ", "concerning ", "and ", "so ", "ok ", "also ")) and (topic := _TOPIC_FIRST.match(text)):
        text = f"{topic['lead']}{topic['ask']} about {topic['topic']}"
    return text
