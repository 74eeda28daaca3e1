"""A follow-up typed with no subject, verb first or as a bare choice: put as a question about "it" (or "he").

    "agreed at which summit"   -> "at which summit was it agreed"
    "based where"              -> "where was it based"
    "set up when?"             -> "when was it set up"
    "and launched in what year" -> "in what year was it launched"
    "hosted by who"            -> "who hosted it"
    "agreed at vilnius right?" -> "was it agreed at vilnius"  (a claim, checked)
    "agreed the pledge when"   -> None (names what it asks about: not a follow-up of this kind)
    after an answer about a person:
    "in person in tirana or video" -> "was he in person in tirana or by video"

A terse follow-up after an answer about one thing ("nicc = ?", then "agreed at which summit") leaves out the thing;
its "it" is then the last answer's subject (``follow_ups.follow_up``). Pure; a message whose first word is no such verb
pays one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_VERBS = frozenset("agreed adopted launched established created founded based located held hosted signed endorsed announced "
                   "decided opened started approved published written made set issued formed".split())
#: "in person in tirana or video", "there in person or remote?": how the person talked about took part.
_HOW_THERE = lazy_pattern(r"^(?:and |so |ok )?(?:there )?in person(?P<where> (?:in|at) [a-z ]+?)? or (?:by |via |on )?(?:video|remote|remotely|online|virtually|virtual)$")
_LEADS = frozenset("and so ok".split())
_VERB_FIRST = lazy_pattern(r"^(?:and |so |ok )?(?P<verb>set up|[a-z]+)(?: (?P<prep>at|in|by|on|during|from))? "
                           r"(?P<wh>where|when|who|whom|(?:which|what) [a-z]+)$")


#: The verb first with a place or time claimed, then a tag: "agreed at vilnius right?", "set up in 2023, correct?".
_CLAIMED = lazy_pattern(r"^(?:and |so |ok )?(?P<verb>set up|[a-z]+) (?P<prep>at|in|during) (?P<what>[a-z0-9]+(?: [a-z0-9]+){0,3}?)"
                        r" (?:right|correct|yes|yeah|yea|no|innit|isn t it|wasn t it|wasnt it|surely|i think|i guess|yh)$")


def verb_first_ask(text: str, about_person: bool = False) -> str | None:
    """``text`` ("agreed at which summit") as a question about "it" (``about_person``: "he"), or None when it is not typed so."""
    question = normalize(text)
    if about_person and (how := _HOW_THERE.match(question)):
        return f"was he in person{how['where'] or ''} or by video"
    first = next((w for w in question.split() if w not in _LEADS), "")
    if first not in _VERBS:
        return None
    if (claimed := _CLAIMED.match(question)) is not None and claimed["verb"] in _VERBS | {"set up"}:
        return f"was it {claimed['verb']} {claimed['prep']} {claimed['what']}"  # "agreed at vilnius right?": the claim checked
    if (match := _VERB_FIRST.match(question)) is None or match["verb"] not in _VERBS | {"set up"}:
        return None
    if match["prep"] == "by" and match["wh"] in ("who", "whom"):
        return f"who {match['verb']} it"  # "hosted by who": who hosted it
    return " ".join(filter(None, (match["prep"], match["wh"], "was it", match["verb"])))
