"""Follow-ups that ask where the last answer came from: "where is that from?", "source?", "sources for that line?".

    after any answer about an entry
    "source?"               -> "sources <its id>"
    "where is that from?"   -> "sources <its id>"
    "which article says that", "what report is that from", "where did you read that", "says who?" -> the same

Pure: reads only the words asked and the entry the conversation last talked about.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .search import normalize


def sources_asked(text: str, subject: ItemRef) -> str | None:
    """"where is that from?", "source?", "link?" after any answer: the ``sources`` command for its entry."""
    return f"sources {subject.id}" if _SOURCES_ASKED.match(normalize(text)) else None


def pointed_sources(text: str, subject: ItemRef | None) -> str | None:
    """"sources for that line?" (a command's words, pointing back): the sources of the last entry, not a search for "line"."""
    words = set(normalize(text).split())
    return sources_asked(text, subject) if subject is not None and not words.isdisjoint(_POINTERS) else None


_POINTERS = frozenset("that this it its".split())
_SOURCES_ASKED = lazy_pattern(r"^(?:and |so |ok )?(?:where (?:is|s|was|does|did) (?:that|this|it|that quote|this quote) (?:from|come from)"
                              r"|(?:what (?:is|s|are)|whats) (?:the|its|their|your) sources?|(?:the |any |a )?(?:sources?|srcs?|refs?|references?|citations?|cite)(?: (?:for|of|on) (?:that|this|the|it|its)(?: quote| line| claim| one| statement| words| attack| event)?)?(?: please| pls)?"
                              r"|(?:what s|what is|whats) (?:that|this) from|(?:which|what) (?:article|source|piece|report|story|outlet|site|website|paper|publication)s?"
                              r"(?: (?:says?|said|reports?|reported|has|had|mentions?|mentioned|covers?|covered|quotes?|quoted) (?:that|this|it|so|him|her)"
                              r"| (?:is|was) (?:that|this|it) (?:from|in)| (?:did|does) (?:that|this|it) come from)?(?: please| pls)?"
                              r"|where (?:did|do) (?:you|u) (?:get|read|find|see|take) (?:that|this|it)(?: from)?|says who|according to (?:who|whom|what)|(?:the |a |any |got a |is there a |do you have a |have you got a )?(?:links?|urls?)(?: (?:for|of|on|to) (?:that|this|the|it|its)(?: quote| line| claim| one| statement| words| article| source| event)?)?(?: please| pls)?)$")
