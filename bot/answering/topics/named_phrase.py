"""An entry named outright inside a longer wording: its name or alias held as whole words.

    named_as_phrase(lookup, "how many years ago were allies commitments made in the cyber defence pledge", "pledge")
        -> the Cyber Defence Pledge (not "Renewed pledges at The Hague", which shares more of the other words)
    named_as_phrase(lookup, "when was the cyber defence pledge conference", "pledge", not_a_gathering=True) -> None

Pure: reads the knowledge through ``lookup``, keeps nothing.
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ..lookup import Lookup
from ..search import normalize

#: Words after a name that make it a gathering's: "the cyber defence pledge conference" names no pledge.
GATHERING = r"(?:conference|conferences|conf|series|event|meeting|thing|one)\b"
_GATHERING_NEXT = lazy_pattern(GATHERING)
#: A pledge said to be made at a gathering: "the cyber defence pledge (itself) was issued at the warsaw summit" asks of the pledge.
PLEDGE_MADE_AT = lazy_pattern(r"\bpledge (?:itself )?(?:was |were )?(?:issued|adopted|agreed|made|signed|approved|announced) (?:at|during|in)\b")


def named_as_phrase(lookup: Lookup, text: str, kind: str, *, not_a_gathering: bool = False):
    """The entry of ``kind`` whose name or alias ``text`` holds as whole words (with ``not_a_gathering``: not followed
    by "conference", "series" … : "the cyber defence pledge conference" names no pledge)."""
    padded = f" {text} "
    for hit in lookup.hits(text, (kind,), limit=5, min_coverage=0.1):
        item = lookup.item(hit.ref)
        for name in (item.name, *item.aliases):
            phrase = f" {normalize(name)} "
            at = padded.find(phrase)
            while at >= 0:
                if not (not_a_gathering and _GATHERING_NEXT.match(padded, at + len(phrase))):
                    return item
                at = padded.find(phrase, at + 1)
    return None
