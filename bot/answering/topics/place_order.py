"""Which of the gatherings held at one place came first or last, the place named and no entry told apart.

    "which of the london conferences came first"      -> the London Pledge Conference 2019, then London 2024
    "london hosted two nato cyber conferences right? which one came first" -> the same
    "which london event was the most recent"          -> London 2024 first, the 2019 one after it
    "which berlin conference came first"              -> None: Berlin held one, the usual routes answer

Only the events at the one place the message names are set in order (of the kind it names, if any), and only when
two or more are there; sides offered ("A or B") are the comparisons'. Tried only when "which" and an order word are typed.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Reply
from .. import event_messages
from ..constraints import at_place
from ..event_index import with_words_of
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs, when_text
from ..places import places_in
from .events import KIND_WORDS, event_line

_ORDER_WORDS = frozenset("first earlier earliest older oldest sooner last latest later newer newest recent".split())
_ASKED = lazy_pattern(r"\bwhich\b(?: \S+){0,6}? (?:came|come|was|were|is|happened|took place|was held|were held)(?: held)?(?: the)?"
                      r" (?P<order>first|earlier|earliest|older|oldest|sooner|last|latest|later|newer|newest|more recent|most recent)"
                      r"(?=$| (?:of|in|among|at|there|then|and|please|pls)\b)")  # "which was the first annual conference": an edition, not an order
_LATER = frozenset({"last", "latest", "later", "newer", "newest", "more recent", "most recent"})


def answer_place_order(lookup: Lookup, question: str) -> Reply | None:
    """The events at the one place ``question`` (the whole message, normalised) names, in the order asked; else None."""
    words = question.split()
    if "which" not in words or "or" in words or _ORDER_WORDS.isdisjoint(words) or (asked := _ASKED.search(question)) is None:
        return None  # "which came first: rutte becoming king or the london conference": the sides named (comparisons)
    places = {place.name: place for _, place in places_in(question)}
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    kinds = {KIND_WORDS[w] for w in words if w in KIND_WORDS}
    held = sorted((e for e in with_words_of(lookup.event_index, place.name) if at_place(e, place) and (not kinds or e.kind in kinds)),
                  key=lambda e: e.when.start.first_day())
    if len(held) < 2:
        return None
    return _in_order(lookup, held, later=asked["order"] in _LATER)


def _in_order(lookup: Lookup, held: list[Event], *, later: bool) -> Reply:
    """The earliest (``later``: the latest) first, named against the one next to it; every event there listed by date."""
    earlier, then = held[-2:] if later else held[:2]
    came = event_messages.came_later if later else event_messages.came_first
    title = came(earlier.name, when_text(earlier.when), then.name, when_text(then.when))
    answer = then if later else earlier
    return Reply("answer", title, blocks=tuple(event_line(e) for e in held), items=item_refs([answer, *(e for e in held if e is not answer)]),
                 sources=source_refs(lookup.knowledge, held), suggestions=tuple(f"event {e.name}" for e in held[:2]))
