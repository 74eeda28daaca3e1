"""The words of a request for an event's quotes that are not the event's own: what the quotes should be about.

    "russia energy from berlin"  (First annual NATO Cyber Defence Conference, Berlin) -> "russia energy"
    "berlin china"                                                                    -> "china"
    "the best quotes from the 2024 pledge conference"                                -> "" (all of them)

Words naming the event (its name, place, country, year, series and kind), the quote nouns and the words that
say which or what form of line ("best", "verbatim") are no topic. Pure.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ..quote_rank import LINE_FORMS, LINE_LIKES, SETTING_WORDS
from ..search import normalize, tokens

#: Words that ask for lines, or which of them, and name nothing they are about.
_QUOTE_WORDS = frozenset("quote quotes quotation quotations line lines words bit bits remark remarks soundbite soundbites said say "
                         "any some all every from at in during the a an one pls please real full text wording exactly".split())


def words_beside_event(event: Event, words: str) -> str:
    """``words`` (as asked) less those naming ``event`` and asking for its lines: the topic asked, or ""."""
    named = (event.name, event.kind, event.city or "", event.country or "", event.venue or "", event.series or "", *event.aliases)
    own = set(normalize(" ".join(named)).split())
    own.add(str(event.when.start.year))
    left = [w for w in tokens(normalize(words)) if w not in own and w not in _QUOTE_WORDS and w not in SETTING_WORDS
            and w not in LINE_LIKES and w not in LINE_FORMS]
    return " ".join(left)
