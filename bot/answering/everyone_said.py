"""What was said at an event, asked of no one in particular: "what did they say in rome", "what did the speakers talk about".

    "what did they say in rome"                  -> "quotes from rome"
    "what did the speakers talk about at tirana" -> "quotes from tirana"
    "what did people say at the hague"           -> "quotes from the hague"
    "what was said about ukraine in rome"        -> "any quotes about ukraine at rome" (anyone's on that topic there)

"They" with nobody named before is everyone quoted there (a follow-up's "they" is replaced earlier, by
``follow_ups``). Pure; used by ``rephrasing``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: Everyone at a gathering, as people say it: "they", "the speakers", "the delegates", "nato officials".
_GROUP = (r"(?:they|the speakers|speakers|people|everyone|everybody|the participants|participants|the delegates|delegates"
          r"|the officials|officials|the ministers|ministers|nato officials|the leaders|leaders"
          r"|nato|the alliance|(?:any )?nato (?:officials?|leaders?|people)|(?:anyone|anybody|someone|somebody) (?:at|from|in) nato)")
_EVERYONE = lazy_pattern(rf"^what (?:did|do|have|has) {_GROUP}"
                         r" (?:say|said|talk about|talked about|speak about|spoke about|discuss|discussed|tell us|mention)"
                         r" (?:in|at|during) (?P<where>.+)$")
_CUES = frozenset("they speakers people everyone everybody participants delegates officials ministers leaders".split())
_SAID = r"(?:said|discussed|mentioned|raised|talked about|spoken about|stated)"
_AT = r"(?:in|at|during)"
#: "what was said about ukraine at the rome conference", "what was discussed in berlin about china", "anything said about
#: russia at the hague", "what did the speakers say about china in berlin": that topic's quotes there, or their miss.
_TOPIC_THERE = lazy_pattern(
    rf"^(?:what (?:was|were|is|has been|got|did {_GROUP} (?:say|talk about|speak about|discuss|mention)|(?:has|have) {_GROUP} {_SAID})"
    rf"|(?:has|have|did) {_GROUP} (?:ever )?(?:{_SAID}|say|talk|speak)(?: anything)?"
    rf"|(?:was |is )?(?:there )?(?:anything|something|everything) {_SAID}) (?:{_SAID} )?"
    rf"(?:about (?P<topic>.+?) {_AT} (?P<where>.+)|{_AT} (?P<where2>.+?) about (?P<topic2>.+)|about (?P<topic3>.+))$")
_TOPIC_CUES = frozenset("said discussed mentioned raised talked spoken stated say talk speak discuss mention".split())


def said_by_everyone(question: str) -> str:
    """``question`` (normalised) asked as the quotes from the event it names (on the topic it names), or as it was."""
    words = question.split()
    if "about" in words and not _TOPIC_CUES.isdisjoint(words) and (topic := _TOPIC_THERE.match(question)) is not None:
        where = topic["where"] or topic["where2"]
        return f"any quotes about {topic['topic'] or topic['topic2'] or topic['topic3']}" + (f" at {where}" if where else "")
    if _CUES.isdisjoint(words) or (found := _EVERYONE.match(question)) is None:
        return question
    return f"quotes from {found['where']}"
