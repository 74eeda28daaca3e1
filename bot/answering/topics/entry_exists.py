"""Whether a named body, decision or event is real: "is the NICC real?", "does Cyber Coalition actually exist?".

    "is the nicc real"                 -> "Yes: the knowledge records NATO Integrated Cyber Defence Centre", its card
    "is the cyber defence pledge real" -> the pledge (not a quote check on the words "the cyber defence pledge")
    "does cyber shield exist"          -> "I have no entry for “cyber shield”" (never a neighbour that shares "cyber")
    "is the nato cyber range real"     -> the same miss: a short name with a word nothing holds is no quote to verify

Only an entry named outright (in its name or aliases) counts, and only when no words of a quotation are asked
about ("is that line real" stays a quote check). Pure over the look-ups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Initiative, Pledge
from ...reply import Reply
from .. import check_messages
from ..lookup import Lookup
from ..quote_pool import quote_holding_phrase
from ..search import normalize, tokens
from .events import event_reply
from .initiatives import initiative_reply
from .pledges import pledge_reply
from .. import unnamed_messages as say
from ..unnamed import lacking_words
from .general import not_found
from .unnamed_things import BARE_WORDS, NAMED_OUTRIGHT, unnamed_reply

_TYPES = ("initiative", "pledge", "event")
_GENERIC = frozenset("nato nato s real exercise centre center pledge thing".split())
_SAYING = frozenset("quote quotes quotation line lines words said say says saying statement remark remarks".split())


def real_entry(lookup: Lookup, words: str, today: dt.date) -> Reply | None:
    """The card of the entry ``words`` (normalised) name outright, led by "Yes: the knowledge records ...", else None."""
    if not tokens(words) or not _SAYING.isdisjoint(words.split()):
        return None
    if (missing := unnamed_reply(lookup, words, "", _TYPES, mentioned=False)) is not None:
        return missing  # "is cyber shield real": the knowledge has no such thing, said so
    if len(tokens(words)) <= BARE_WORDS and lacking_words(lookup, words, ""):  # "is the nato cyber range real": a name
        return not_found(say.no_entry_for(words))  # with a word no entry or quote holds; no quote's verdict either
    hits = lookup.hits(words, _TYPES, limit=3, min_coverage=NAMED_OUTRIGHT)
    item = lookup.item(hits[0].ref) if hits else None
    names = set(normalize(" ".join((getattr(item, "name", ""), *getattr(item, "aliases", ())))).split())
    if item is None or not set(tokens(words)) - _GENERIC <= names:  # named only in part: left to the quote checks, unless
        short = len(tokens(words)) <= BARE_WORDS and not lookup.named(words, on=today).people  # a short name no quote holds
        return not_found(say.no_entry_for(words)) if short and not quote_holding_phrase(lookup, normalize(words)) else None
    if isinstance(item, Initiative):
        reply = initiative_reply(lookup, item)
    elif isinstance(item, Pledge):
        reply = pledge_reply(lookup, item)
    elif isinstance(item, Event):
        reply = event_reply(lookup, item)
    else:
        return None
    return replace(reply, title=check_messages.entry_recorded(item.name))
