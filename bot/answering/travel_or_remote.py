"""Whether someone travelled to a gathering or took part from afar, asked as a choice: whether they were there in person.

    "did rutte actually fly to tirana or was it a video thing"   -> "was rutte in tirana in person"
    "did stoltenberg travel to berlin or join remotely"          -> "was stoltenberg in berlin in person"
    "did baerbock go to the berlin conference or was it online"  -> "was baerbock at the berlin conference in person"
    "was rutte in fact present in the hall"                      -> "was rutte in fact present in person"
    "did secretary general rutte travel to tirana personally for conference" -> "was secretary general rutte in tirana in person"
    "how did rutte deliver his address in tirana"               -> "did rutte speak in person in tirana"
    "was stoltenberg physically in rome or he did only a video message" -> "was stoltenberg in rome in person"
    "did rutte speak in person or by video"                     -> "did rutte speak in person" (no place named)

An open "how did X deliver the address / take part" asks the same. Otherwise tried only when the text holds " or " and a word of taking part from afar, a word of a trip ("travel", "fly",
"personally"), or a word of being present and a place that means the venue ("in the hall", "in the flesh");
other text comes back as it is.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_FAR_WORDS = ("video", "remote", "virtual", "online", "zoom", "recorded", "recording", "livestream", "teams call", "link")
_TRAVELLED_OR = lazy_pattern(
    r"^(?:did|does|has|had) (?P<who>(?!(?:the|it|that|this|they)\b)(?:\S+ ){1,3}?)(?:actually |really |physically |personally |even )?"
    r"(?:fly|flew|travel|travelled|traveled|go|went|come|came|make it|made it|show up|turn up|attend|visit|appear|speak|be there)"
    r"(?: (?:out |over |all the way )?(?:to|in|at))? (?P<where>(?:the )?\S+(?: \S+){0,3}?)(?: in person| physically)?"
    r" or (?:(?:was|is) (?:it|that|this|he|she|they) |did (?:he|she|they) |(?:just |only )?(?:join|joined|speak|spoke|appear|appeared|dial|dialled|dialed|send|sent) (?:in )?)?"
    r"(?:just |only |all |via |by |on |over |through )?(?:a |an )?(?:pre )?(?:video|remote|remotely|virtual|virtually|online|zoom|recorded|recording|livestream|link)"
    r"(?: (?:thing|message|link|call|appearance|address|speech|only|in))?$"
)

#: "was stoltenberg physically in rome or he did only a video message": the choice asked with "was", the far one a clause.
_THERE_OR = lazy_pattern(
    r"^(?P<be>was|were) (?P<who>(?!(?:it|that|this|there)\b)(?:\S+ ){0,2}?\S+) (?:actually |really |physically |personally )?(?:in|at) (?P<where>(?:the )?\S+(?: \S+){0,3}?)"
    r" or (?:(?:he|she|they) )?(?:only |just )?(?:(?:did|gave|sent|made|joined|spoke|appeared) )?(?:only |just )?(?:a |an |by |via )?(?:pre )?(?:video|remote|remotely|virtual|virtually|online|recorded)"
    r"(?: (?:message|address|speech|link|call|appearance|only))?(?: in person)?$")


#: A trip asked about with no choice named: "did rutte travel to tirana personally for the conference".
_TRIP_WORDS = frozenset("fly flew travel travelled traveled personally physically himself herself".split())
_TRAVELLED = lazy_pattern(
    r"^(?:did|has|had) (?P<who>(?!(?:it|that|this|they|anyone|anybody|someone|somebody|nobody|nato|allies|you)\b)(?:\S+ ){1,3}?)"
    r"(?:actually |really |physically |personally |even )?(?:fly|flown|travel|travelled|traveled|go|gone|come|make the trip|make it)"
    r"(?: (?:out |over |down |up |across |all the way (?:down |over |out )?)?(?:to|in))? (?P<where>(?:the )?\S+(?: \S+){0,3}?)(?: (?:personally|in person|physically|himself|herself|themselves))?"
    r"(?: for (?:it|that|that one|this one|the occasion|(?:the |a |that |this |his |her )?(?:\S+ ){0,3}?(?:conference|summit|meeting|event|speech|address)))?(?: or not)?$"
)


#: Being in the room said another way: "present in the hall", "there in the flesh", "at the venue itself".
_ROOM_WORDS = ("hall", "room", "flesh", "building", "venue", "face to face")  # most questions hold none: no pattern run
_IN_THE_ROOM = lazy_pattern(r"\b(?P<be>present|there|attend|attended|appear|appeared|speak|spoke|show up|showed up) (?:in the (?:hall|room|flesh|building|venue)|at the venue|face to face)\b")

#: How someone took part, asked open: "how did rutte deliver his address in tirana", "in what form did he take part".
_HOW_DELIVERED = lazy_pattern(
    r"^(?:how|in what (?:way|form|format|manner)) did (?P<who>(?!(?:the|it|that|this|they|nato|allies)\b)(?:\S+ ){1,3}?)"
    r"(?:(?:deliver|give|make|present) (?:his|her|their|the|that|this|its)(?: \S+)? (?:address|speech|remarks|keynote|message|statement|contribution|talk)"
    r"|take part|participate|attend|join|contribute|speak|appear)(?: (?P<where>(?:at|in) \S.*))?$")


def travel_or_remote(text: str) -> str:
    """``text`` (normalised) asking whether someone came or joined from afar, as whether they were there in person."""
    if text.startswith(("how did ", "in what ")) and (how := _HOW_DELIVERED.match(text)):
        return f"did {how['who'].strip()} speak in person{' ' + how['where'] if how['where'] else ''}"  # "how did he deliver the address"
    if any(word in text for word in _ROOM_WORDS):
        text = _IN_THE_ROOM.sub(r"\g<be> in person", text)
    if text.startswith(("was ", "were ")) and " or " in text and (there := _THERE_OR.match(text)):
        return f"{there['be']} {there['who']} in {there['where']} in person"  # "was X physically in rome or he did only a video message"
    if " or " not in text or not any(word in text for word in _FAR_WORDS) or not (asked := _TRAVELLED_OR.match(text)):
        if _TRIP_WORDS.isdisjoint(word_set(text)) or not (asked := _TRAVELLED.match(text)):
            return text
    where = asked["where"]
    if where in ("person", "person physically"):  # "did rutte speak in person or by video": no place named, the choice asked
        return f"did {asked['who'].strip()} speak in person"
    return f"was {asked['who'].strip()} {'at' if where.startswith('the ') else 'in'} {where} in person"
