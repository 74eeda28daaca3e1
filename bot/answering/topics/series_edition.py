"""An edition of a series asked by its number: "the second cyber defence conference", "the first pledge conference".

    "when was the first pledge conference"        -> Paris 2018
    "who opened the first conference in berlin"   -> Berlin 2023 (the one series whose first was there)
    "was berlin the first conference ever?"       -> both series' firsts: the claim is checked against each
    "the first conference"                        -> both series' firsts, named

It must not guess between the two series when nothing the question names tells them apart.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Event
from ...reply import Block, Reply
from .. import messages
from ..constraints import at_place, missed
from ..mentions import ANNUAL_SERIES, PLEDGE_SERIES, Mentions, series_events
from ..lookup import Lookup
from ..phrasing import event_label, item_refs, source_refs
from .events import Focus, event_reply
from .general import not_found


def answer_edition(lookup: Lookup, mentions: Mentions, focus: Focus | None) -> Reply | None:
    """"The second cyber defence conference", "the first pledge conference": an edition of a series.

    None when the question names no edition. Without a series named, both series
    are tried; when both have that edition, both are named.
    """
    ordinal = mentions.ordinal
    if ordinal is None:
        return None
    if mentions.kind == "summit":  # the knowledge holds only some summits: it cannot number them
        return not_found(messages.no_numbering(mentions.kind), suggestions=(f"events {mentions.kind}s", "events"))
    if mentions.kind not in (None, "conference"):
        return None
    named = mentions.series or mentions.loose_series
    series = (named,) if named else (ANNUAL_SERIES, PLEDGE_SERIES)
    found = [(name, series_events(lookup, name)) for name in series]
    editions = [(name, events[ordinal - 1]) for name, events in found if len(events) >= ordinal]
    if not editions:
        name, events = found[0]
        near = events[::-1]
        return missed(lookup, messages.nth(ordinal, name), [], near)
    if len(editions) > 1 and focus and mentions.places and len(there := _at_places(editions, mentions.places)) == 1:
        editions = there  # "who opened the first conference in berlin": of the series whose first was there (a claim that
        # "berlin was the first conference" asks of both)
    if len(editions) == 1 or named:
        reply = event_reply(lookup, editions[0][1], focus)
        if focus is None:
            reply = replace(reply, title=messages.edition_is(ordinal, editions[0][0], editions[0][1].name))
        return reply
    blocks = tuple(Block("", style="item", heading=messages.edition_is(ordinal, name, event_label(e))) for name, e in editions)
    events = [e for _, e in editions]
    return Reply(
        "answer",
        messages.two_editions(ordinal),
        blocks=blocks,
        items=item_refs(events),
        sources=source_refs(lookup.knowledge, events),
        suggestions=tuple(f"event {e.name}" for e in events),
    )


def _at_places(editions: list[tuple[str, Event]], places) -> list[tuple[str, Event]]:
    return [(name, event) for name, event in editions if all(at_place(event, place) for place in places)]
