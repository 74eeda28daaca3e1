"""How someone took part or a gathering was held, as questions and claims put it: in person, or from afar.

One vocabulary for every check of "was he there in person?", "the conference was online, right?"
and "it was said by video": each pattern here matches whole words of normalised text.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_IN_PERSON_WORDS = r"in person|physically|on site|face to face|on stage|in the room|there himself|there herself|travelled|traveled|flew"
_REMOTE_WORDS = r"by video(?: link)?|via video|on video|video (?:link|message|address)|by videoconference|virtual|virtually|remotely|online"

#: Being there in person: "in person", "on stage", "flew to tirana".
IN_PERSON = lazy_pattern(rf"\b(?:{_IN_PERSON_WORDS})\b")
#: Taking part from afar, or a gathering held so: "by video", "virtually", "online".
REMOTE = lazy_pattern(rf"\b(?:{_REMOTE_WORDS})\b")
#: Either way of taking part: the manner a claim or a question names, whichever it is.
MANNER = lazy_pattern(rf"\b(?:{_IN_PERSON_WORDS}|{_REMOTE_WORDS})\b")
