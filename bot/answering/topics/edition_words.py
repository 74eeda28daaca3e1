"""What someone said at an edition named by its number: "what did stoltenberg say at the first annual conference?".

The edition is found as an edition question finds it (``series_edition.answer_edition``); the words are then that
person's at that gathering, or the honest "no quote by X at Y" (never their words from elsewhere).
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from .quotes import answer_what_said

_WHAT_SAID = lazy_pattern(r"^what (?:did|does|has|have|do|would) (?P<who>.+?) (?:say|said|tell|write|wrote)\b")
_ABOUT = lazy_pattern(r"\b(?:about|on|regarding) (?P<topic>.+?)(?= (?:at|in|during) |$)")


def answer_said_at_edition(lookup: Lookup, question: str, edition: Reply | None, today: dt.date) -> Reply | None:
    """The words of the person ``question`` (normalised) asks about at the event ``edition`` (its reply) is about;
    ``edition`` itself when the question asks no "what did X say", None when there is no such event."""
    if edition is None or not edition.items or edition.items[0].type != "event":
        return edition
    if (match := _WHAT_SAID.match(question)) is None:
        return edition
    event = lookup.knowledge.events[edition.items[0].id]
    about = _ABOUT.search(question, match.end())  # "... say about china at the first annual conference": on that topic there
    return answer_what_said(lookup, match["who"], f"about {about['topic']} at {event.name}" if about else f"at {event.name}", today)
