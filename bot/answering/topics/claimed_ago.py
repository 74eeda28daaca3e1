"""A span of time claimed and asked about: "was the ddos on nato websites 12 years ago?", "is the warsaw summit 10 years ago now?".

The reply is how long ago the thing was (``checks.answer_how_long``), led by "Yes:" when the number
claimed is the one it gives and "No:" when it is not. Asked before the attack and event steps, which
would read the number as what the thing is called.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import check_messages
from ..constraints import unmet
from ..mentions import find_mentions
from .checks import answer_how_long

_SPAN_SAID = lazy_pattern(r"\b(\d{1,3}) (year|month|week|day)s? ago\b")  # in the how-long reply's title
_CLAIMED_AGO = lazy_pattern(r"^(?:is|was|were) (?:it )?(?P<rest>\S.*?) (?P<n>\d{1,3}) (?P<unit>year|month|week|day)s? (?:ago|since)"
                            r"(?: now| already| today| this year| in \d{4})?$")


def answer_claimed_ago(lookup, question: str, today: dt.date) -> Reply | None:
    """The checked span for ``question`` (normalised), or None when it claims none or names nothing with a date."""
    match = _CLAIMED_AGO.match(question) if " ago" in question or " since" in question else None
    if match is None:
        return None
    reply = answer_how_long(lookup, match["rest"], today, unit=f"{match['unit']}s")
    event = lookup.knowledge.events.get(reply.items[0].id) if reply.items and reply.items[0].type == "event" else None
    if reply.kind != "answer" or (event is not None and unmet(event, find_mentions(lookup, match["rest"], today))):
        return None  # "was the oslo conference 3 years ago": not some other conference; the routes say there is none
    right = any((n, unit) == (match["n"], match["unit"]) for n, unit in _SPAN_SAID.findall(reply.title))  # no pattern made per question
    return replace(reply, title=(check_messages.claim_yes if right else check_messages.claim_wrong)(reply.title))
