"""Words asked of "he", "she" or "they" when nobody came before for the pronoun to point to.

    "which companies did he name re ukraine"  -> the line on companies in Ukraine, with who said it
    "what did she say about russia"          -> the lines on Russia, each with its speaker
    "did they say anything quotable?"         -> who is meant? (no topic to go on)

A conversation's first question has no one for a pronoun to stand for; reading it as a name gave
"There is no quote by “he”". The lines on the topic asked are the answer, titled as found by topic,
so no speaker is put to words the asker meant of someone else.
"""

from __future__ import annotations

from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import shorten
from ..quote_rank import rank_quotes
from ..search import normalize, tokens
from .general import not_found
from .quote_replies import SAID_LIMIT, quote_reply

PRONOUNS = frozenset("he him she her they them".split())


def words_of_unnamed(lookup: Lookup, who: str, topic: str) -> Reply | None:
    """The lines on ``topic`` by whoever said them when ``who`` is only a pronoun; else None."""
    pronoun = normalize(who).strip()
    if pronoun not in PRONOUNS:
        return None
    if tokens(normalize(topic)) and (ranked := rank_quotes(lookup, None, topic)):
        return quote_reply(lookup, ranked[:SAID_LIMIT], f"Lines on {shorten(topic, 60)}, by whoever said them (name the speaker to narrow it)")
    people = lookup.knowledge.people
    speakers = [people[p].name for p in lookup.quote_speakers if p in people][:3]
    return not_found(f"Who is “{pronoun}”? Name the speaker and I will find their words", suggestions=tuple(f"quotes {name}" for name in speakers))
