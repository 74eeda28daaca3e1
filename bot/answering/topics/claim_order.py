"""Where an event stands among others, as a claim puts it: "the first", "the second pledge conference", "the first summit".

    "tirana was the first nato cyber defence conference" -> No: edition 3 of its series; Berlin 2023 was the first
    "the berlin conference was the very first cyber defence conference" -> Only partly: others of its kind came before
    "warsaw was the first nato summit"                   -> No: the Wales summit came before it (no series numbers summits)

Each adds its finding to the claim's ``Findings``; pure.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from .. import messages
from ..event_index import with_words_of
from ..lookup import Lookup
from ..mentions import find_series, series_entries, series_events
from ..phrasing import event_label, item_refs, when_text
from ..search import STOPWORDS, normalize, tokens
from .claim_people import Findings
from .claimed_event import FILLER

#: Where a claimed edition's kind ends and its place, day or host begins: "the first cyber defence conference | in berlin".
_WHERE_WHEN = lazy_pattern(r"\s(?:in|at|on|by|from|hosted|held|organi[sz]ed|opened|during|when)\s")


def check_edition(lookup: Lookup, event: Event, ordinal: int, predicate: str, found: Findings) -> Event | None:
    """"the berlin conference was the first nato cyber defence conference": its place in its series, and earlier ones of its kind;
    the edition that was the one claimed, where it is another."""
    series = series_events(lookup, event.series)
    position = next((n for n, e in enumerate(series, 1) if e is event), None)
    if position is None:
        return None
    nth = f"{event.name} was edition {position} of the {event.series} series"
    if position != ordinal:  # "tirana hosted the first one": which one was
        actual = series[ordinal - 1] if 0 < ordinal <= len(series) else None
        found.named += item_refs([event]) if actual else ()  # the one claimed, named after the one that was: "tirana", after berlin
        found.add(False, f"{_lower_first(messages.edition_is(ordinal, event.series, event_label(actual)))}; {nth}" if actual else nth)
        return actual
    kind_words = _WHERE_WHEN.split(predicate.split(" first ", 1)[-1], 1)[0]  # "first ever cyber defence conference | in berlin in 2023"
    named = {"defence" if w == "defense" else w for w in tokens(kind_words)} - FILLER - STOPWORDS  # as the names spell it
    start = event.when.start.first_day()
    pool = min((with_words_of(lookup.event_index, word) for word in named), key=len, default=[])  # from the index, no scan
    earlier = sorted((e for e in pool if e.kind == event.kind and e.series != event.series and e.when.start.first_day() < start
                      and named <= set(normalize(f"{e.name} {e.series or ''}").split())), key=lambda e: e.when.start.first_day())
    if ordinal == 1 and earlier and find_series(kind_words) != event.series:  # "the very first cyber defence conference ever": not
        # of every kind; "the first annual cyber defence conference" names its own series
        other = earlier[0]
        found.named += item_refs([other])  # the earlier one named: "since 15 May 2018 (Paris)"
        found.partly.append(f"{event.name} was the first of the {event.series} series, but {other.series or other.kind}s "
                            f"had been held since {other.when.start}" + (f" ({other.city})" if other.city else ""))
        found.named += series_entries(lookup, other.series or "")
    else:
        found.add(True, nth)
    return None


def _lower_first(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]


def check_kind_order(events_by_date, event: Event, ordinal: int, found: Findings) -> None:
    """"warsaw was the first nato summit": for a kind no series numbers, the knowledge holds only some of its gatherings;
    an earlier one it holds makes "the first" wrong, else it cannot number them."""
    earliest = next(e for e in events_by_date if e.kind == event.kind)
    some = f"the knowledge holds only some {event.kind}s"
    if ordinal == 1 and earliest is not event:
        found.named += item_refs([earliest])
        found.add(False, f"{earliest.name} ({when_text(earliest.when)}) came before {event.name} ({some})")
    else:
        found.unsettled.append(f"{some}, and cannot number them; the earliest it holds is {earliest.name}")
