"""The card of the one non-event entry a question plainly names, asked for in words no route reads.

    "the NICC - explain it like I'm five"               -> the NATO Integrated Cyber Defence Centre's card
    "cyber coalition, one-liner please"                 -> Cyber Coalition's card
    "quick bio of kajsa ollongren for the show notes"   -> Kajsa Ollongren's card

The last resort of ``best_guess``, after a plain miss and the one event a question's place, series and year fit:
an initiative or pledge whose name or alias the question holds as whole words, else the one person it names by name
(not by a role). Asked only when the message asks for an overview ("explain", "one-liner", "nutshell", "bio" …) as
typed, since the rewritten question may have dropped that word.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from ..reply import Reply
from .lookup import Lookup
from .search import normalize
from .topics.initiatives import initiative_reply
from .topics.named_phrase import named_as_phrase
from .topics.people import person_reply
from .topics.pledges import pledge_reply

#: How people ask for what an entry is, in a few words.
OVERVIEW_ASKED = lazy_pattern(
    r"\b(?:explain|explainer|eli5|like i(?: a)?m (?:five|5|ten|10|talking to)|one liner|one line|in a nutshell|nutshell|blurb|gist|tldr|tl dr|lowdown|primer|intro"
    r"|basics|background|bio|backgrounder|short version|in a sentence|in one sentence|in a few words|in plain (?:english|words|language)|summary|summarise|summarize"
    r"|overview|rundown|recap|describe|what s the deal with|the story (?:with|of|behind))\b")
_NOT_A_CARD = lazy_pattern(r"\b(?:say|said|says|quote|quotes|quoted|line|words|verbatim|word for word|exact|exactly|best|memorable|quotable|how many|how much|why)\b")


def asks_overview(text: str) -> bool:
    """Whether ``text`` (as typed) asks what something is, in brief, and nothing a card does not hold."""
    typed = normalize(text)
    return bool(OVERVIEW_ASKED.search(typed)) and not _NOT_A_CARD.search(OVERVIEW_ASKED.sub(" ", typed))  # not "explain what rutte said"


def named_card(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The card of the one initiative, pledge or person ``text`` (as typed, asking an overview) names, or None."""
    typed = normalize(text)
    if (initiative := named_as_phrase(lookup, typed, "initiative", not_a_gathering=True)) is not None:
        return initiative_reply(lookup, initiative)
    if (pledge := named_as_phrase(lookup, typed, "pledge", not_a_gathering=True)) is not None:
        return pledge_reply(lookup, pledge)
    named = lookup.named(typed, on=today)
    people = named.people if named.role is None else ()
    return person_reply(lookup, people[0]) if len(people) == 1 else None
