"""Words someone is claimed to have said, checked as firmly as quoted words: "did stoltenberg really say nato is invincible in cyberspace".

A check names a line by its words. A quote sharing two of three words ("nato", "cyberspace") is not the line
asked about: the word it lacks ("invincible") is what the claim says. So a quote answers a check only when it
holds the words as ``quote_match.holding`` requires of quoted words, and one holding them not word for word
is told as close, never as "said it, word for word":

    "did stoltenberg really say nato is invincible in cyberspace" -> no quote (a miss), not his contested-space line
    "did stoltenberg really say we should not repeat this mistake with china" -> his line, "Close, not word for word"

Words of fewer than ``CLAIM_LEAST`` meaningful words name a line by its topic ("is the china quote real"): left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Quote
from ...reply import Reply
from .. import check_messages
from ..lookup import Lookup
from ..quote_match import holding
from ..search import tokens

CLAIM_LEAST = 3


def is_claim(words: str) -> bool:
    """Whether ``words`` say what was said (three meaningful words or more), not which line by its topic."""
    return len(tokens(words)) >= CLAIM_LEAST


#: Words that introduce what was said, not part of it: "stoltenberg (as) saying ...".
_SAYING = frozenset("as saying say said says that quote quoting".split())


def holding_claimed(lookup: Lookup, scored: list[tuple[float, Quote]], words: str) -> list[tuple[float, Quote]]:
    """The (share, quote) pairs of ``scored`` whose quote holds the claimed ``words`` (a speaker's name and "saying"
    aside) as quoted words must be held."""
    claimed = " ".join(w for w in words.split() if w not in lookup.name_words and w not in _SAYING)
    held = {h.quote.id for h in holding(lookup, (claimed or words,), pool=[q for _, q in scored])}
    return [(share, quote) for share, quote in scored if quote.id in held]


def told_as_close(lookup: Lookup, reply: Reply, quote: Quote) -> Reply:
    """``reply`` (the quote's verdict) titled as close words, not as the words said."""
    person = lookup.knowledge.people.get(quote.speaker)
    return replace(reply, title=check_messages.close_words(person.name if person else quote.speaker, quote.trust))
