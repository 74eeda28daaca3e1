"""What NATO or the Allies as a body have said or stated on a topic: the Alliance's recorded positions, never a speaker's quotes.

    "What has NATO said publicly about whether its posture in cyberspace is defensive?"  -> "nato: its posture in cyberspace is defensive"
    "What is NATO's position on international law in cyberspace?"                        -> "nato: international law in cyberspace"
    "What did the Allies say about cyber defence at Wales?"                               -> "nato: cyber defence at Wales"
    "did NATO ever say anything about NotPetya?", "NotPetya 2017 - what NATO said?"         -> "nato: NotPetya", "nato: NotPetya 2017"

Nobody called "NATO" is quoted; what the Alliance said is in its pledges, decisions and principles, which the
topic finds (``about_anything``). A named person ("what did the NATO Secretary General say") is left to the quote
routes. Pure, on the text as typed; a message without a collective's name costs a few substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_CUES = ("nato", "allies", "alliance")
_BODY = r"(?:nato|the allies|allies|nato allies|the alliance|the north atlantic council)"
#: "what has nato (publicly) said about X", "what did the allies state on X", "what is nato's position on X".
_SAID_ABOUT = lazy_pattern(rf"^\W*(?:what|how) (?:(?:has|have|did|does|do) {_BODY} (?:publicly |officially |formally |ever )?(?:said|say|stated|state|declared|declare|written|write|put)"
                           rf"|(?:is|are) {_BODY}(?:'s|’s| s)? (?:stated |official |public |formal )?(?:position|stance|view|line|policy))"
                           r"(?: publicly| officially)? (?:about|on|regarding|concerning|as to) (?:the question of )?(?:whether )?(?P<topic>[^?]+)", re.IGNORECASE)
#: "did nato (ever) say anything about X", "has the alliance commented on X", "did nato react to X".
_DID_SAY = lazy_pattern(rf"^\W*(?:and |so )?(?:did|has|have|does) {_BODY} (?:ever |publicly |officially )?(?:say|said|talk|talked|speak|spoken|comment|commented|react|reacted|respond|responded)"
                        r"(?: anything| something)?(?: publicly| officially)? (?:about|on|regarding|concerning|to) (?P<topic>(?!(?:it|this|that)\s*\??\s*$)[^?]+)", re.IGNORECASE)
#: The topic named first: "NotPetya 2017 - what NATO said?", "the railway sabotage - did NATO talk about it?".
_TOPIC_FIRST = lazy_pattern(rf"^\W*(?P<topic>[^?,;:–—-]+?)\s*(?:\s[-–—]+|[,;:])\s*(?:and |so )?(?:what (?:did |has |have |does )?{_BODY} (?:say|said|state|stated)(?: about (?:(?:it|this|that)|(?P<about>[^?]+?)))?"
                            rf"|(?:did|has|have|does) {_BODY} (?:ever )?(?:say|said|talk|talked|speak|comment|commented|react|reacted|respond|responded)(?: anything)? (?:about|on|to) (?:it|this|that))\s*\??\s*$", re.IGNORECASE)
#: "has nato said a cyber attack can trigger article 5", "did the allies ever say that X": the words claimed, as the topic.
_SAID_THAT = lazy_pattern(rf"^\W*(?:and |so )?(?:did|has|have) {_BODY} (?:ever |publicly |officially |actually )?(?:said|say|stated|state|declared|declare)"
                          r"(?: that)? (?P<topic>(?!(?:anything|something|it|this|that|so|what)\b)[^?]+)", re.IGNORECASE)
_WHETHER = lazy_pattern(r"\b(?:and |or )?whether\b ?", re.IGNORECASE)


def alliance_said(text: str) -> str:
    """``text`` asking what the Alliance said on a topic put as that topic of NATO's; other text as it is."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES) or (said := _SAID_ABOUT.match(text) or _DID_SAY.match(text) or _TOPIC_FIRST.match(text) or _SAID_THAT.match(text)) is None:
        return text
    topic = f"{about} at {said['topic']}" if (about := said.groupdict().get("about")) else said["topic"]  # "warsaw summit - what nato said about cyber"
    topic = _WHETHER.sub(lambda m: "and " if m[0].lower().startswith("and") else "", topic).strip(" .,;")
    return f"nato: {topic}"
