"""Step 0 of answering a question: things named by a description are named by their name.

    "who spoke at the meeting the dutch and romanians ran"  -> "who spoke at NATO Cyber Defence Pledge Conference 2024"
    "where did the guy who was sg before rutte speak"       -> "where did Jens Stoltenberg speak"
    "quotes from the current sg"                            -> "quotes from Mark Rutte"

Each description is resolved from the knowledge (``described_events``, ``described_people``), and the question then
goes down the routes as if the name had been typed. A description nothing fits is an honest miss ("I have no
event hosted by Poland"), never another entry; one that several fit names them all. Pure.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..reply import Block, Reply
from .claims import CLAIM_PREFIX, as_claim
from .described_by_text import happened_to
from .described_events import at_venue, capital, hosted, speech_of
from .described_initiatives import initiative_described
from .described_people import country_person, country_role, holder_now, neighbour_in_role, role_who_spoke
from .description_words import Found, name_of, with_names, words_of
from .lookup import Lookup
from .phrasing import item_refs, join_words
from .role_time_asks import asks_holder_then
from .search import normalize
from ..patterns import lazy_pattern

_STEPS = (
    lambda lookup, words, today: capital(words),
    lambda lookup, words, today: hosted(lookup, words),
    lambda lookup, words, today: at_venue(lookup, words),
    lambda lookup, words, today: speech_of(lookup, words),
    lambda lookup, words, today: initiative_described(lookup, words),
    lambda lookup, words, today: happened_to(lookup, words),
    neighbour_in_role, holder_now, role_who_spoke, country_role, country_person,
)
_ROUNDS = 4  # descriptions in one question: "which came first, the one the dutch ran or the one at lancaster house"


#: "is mark rutte still the dutch prime minister", "is stoltenberg currently sg": a role claimed of someone named.
_STILL_HOLDS = lazy_pattern(r"^(?:is|was|are) \S+(?: \S+)? (?:still|currently) (?:the |a |an )?\S")


class Described(NamedTuple):
    text: str  # the question with the names in place of the descriptions
    reply: Reply | None  # the answer already: nothing fits a description, or several do


def described(lookup: Lookup, text: str, today: dt.date) -> Described | None:
    """The question with what it describes named, or None when it describes nothing (or names it already)."""
    if (" still " in text or " currently " in text) and _STILL_HOLDS.match(normalize(text)):
        return None  # "is rutte still the dutch prime minister": whether he holds the role, not who holds it
    if asks_holder_then(normalize(text)):
        return None  # "the dutch defence minister at the time of the hague conf": who held it then, not who holds it now
    changed = False
    for _ in range(_ROUNDS):
        words = words_of(text)
        found = next((f for step in _STEPS if (f := step(lookup, words, today)) is not None), None)
        if found is None:
            break
        if not found.things and as_claim(normalize(text)).startswith(CLAIM_PREFIX):
            break  # "the cyber centre was decided at vilnius, right?": a claim, checked against the centre there is
        if len(found.things) != 1:
            return Described(text, _missed(found) if not found.things else _several(found))
        text, changed = with_names(text, words, found), True
    return Described(text, None) if changed else None


def _missed(found: Found) -> Reply:
    return Reply("not_found", f"I have no {found.what} in the knowledge.", suggestions=("events", "help"))


def _several(found: Found) -> Reply:
    shown = found.things[:_SHOWN]
    names = [name_of(t) for t in shown] + ([f"{len(found.things) - _SHOWN} more"] if len(found.things) > _SHOWN else [])
    items = item_refs(t for t in shown if not isinstance(t, str))
    blocks = tuple(Block(f"{name_of(t)} ({t.when})" if hasattr(t, "when") else name_of(t), style="item") for t in shown)
    return Reply("list", f"More than one fits “{found.what}”: {join_words(names)}", blocks=blocks, items=items)


_SHOWN = 8  # entries a list of what fits names (a speaker of hundreds of events at 100,000 quotes)
