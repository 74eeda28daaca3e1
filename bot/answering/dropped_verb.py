"""A name, a dash and a title: a claim with its verb dropped, read as "<name> was <title> …".

Fact-checkers type the claim as a note: the person, a mark, the title they were given:

    "kaja kallas - estonian president during the 2021 pledge conf?"
        -> "kaja kallas was estonian president during the 2021 pledge conf?"
    "pat mcfadden - uk defence secretary at the london conference?"
        -> "pat mcfadden was uk defence secretary at the london conference?"
    "geoana: secretary general at the time of the hague conference?"
        -> "geoana was secretary general at the time of the hague conference?"
    "kaja kallas - who is she?"              -> unchanged (no title after the mark)
    "the hague conference - prime minister?" -> unchanged (no one person before the mark)

Only when the words before the mark are only a name, of exactly one person, and the words after
it start with a title and end in a question mark or say when or where. Tried only when a title word is in the text.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .lookup import Lookup
from .search import normalize

_TITLE_WORDS = ("minister", "pm", "premier", "ambassador", "chancellor", "president", "secretary", "commander", "envoy", "chief", "head")
_NOTE = lazy_pattern(r"^(?P<name>[^-–—:,?]+?)\s*(?:-+|–|—|:|,)\s*(?P<title>(?:the |a |an )?(?:[\w'’]+ ){0,4}?(?:" + "|".join(_TITLE_WORDS)
                     + r")\b(?P<rest>.*))$", 2)  # re.IGNORECASE
_DATED = lazy_pattern(r"\b(?:at|during|in|when|while|for|as of)\b")


def with_claim_verb(lookup: Lookup, text: str) -> str:
    """``text`` as "<name> was <title …>" when it is a name, a mark and a title claimed; else ``text``."""
    lowered = text.lower()
    if not any(word in lowered for word in _TITLE_WORDS) or not (note := _NOTE.match(text.strip())):
        return text
    if not (note["rest"].rstrip().endswith("?") or _DATED.search(note["rest"])):
        return text
    if not set(normalize(note["name"]).split()) <= lookup.name_words:
        return text  # "what was rutte, dutch pm?", "edi rama was what, president?": asked, not noted
    named = lookup.named_by_name(note["name"])
    if len(named.people) != 1 or named.role or named.rest:
        return text
    return f"{note['name'].strip()} was {note['title']}"
