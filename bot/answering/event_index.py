"""Events by year, month, word of their place or name, series and start year, built once per load.

The guard checks an answer against the year, month and places a question
names; when the answer fails, it looks for the one event that fits and for
the nearest ones. Both used to test every event of the knowledge, per
question. These lists give the few events that can meet a constraint, and the
events nearest in time, without a scan of all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..knowledge.model import Event
from ..patterns import lazy_pattern
from .search import normalize, normalize_all


#: The lists by what they hold: plain dicts, so that the knowledge cache (which unpickles only
#: cyberbot's own model and index classes) can hold them as it holds the rest of ``Lookup``.
EventIndex = dict[str, dict]


def build(events_by_date: list[Event]) -> EventIndex:
    index: EventIndex = {"year": {}, "month": {}, "word": {}, "series": {}, "start": {}}  # start: by start year, oldest first
    # Each event's place and name words: its texts normalised joined (the same words), all events in a few passes.
    places = normalize_all([" ".join((event.city or "", event.country or "", *event.hosts, event.name, *event.aliases)) for event in events_by_date])
    for event, place_words in zip(events_by_date, places):
        start, end = event.when.start, event.when.end or event.when.start
        named_years = _named_years(event.name)
        for year in set(range(start.year, end.year + 1)) | named_years:  # as constraints' year check counts them
            index["year"].setdefault(year, []).append(event)
        for month in {start.month, end.month} - {None}:
            index["month"].setdefault(month, []).append(event)
        for word in set(place_words.split()):
            index["word"].setdefault(word, []).append(event)
        if event.series:
            index["series"].setdefault(series_key(event.series), []).append(event)
        index["start"].setdefault(start.year, []).append(event)
    # newest first, equal days in file order (as sorting a list in file order with reverse=True puts them)
    index["newest"] = {None: sorted(events_by_date, key=lambda e: e.when.start.first_day(), reverse=True)}
    for event in index["newest"][None]:
        for year in range(event.when.start.year, (event.when.end or event.when.start).year + 1):
            index["newest"].setdefault(year, []).append(event)
    return index


_FOUR_DIGITS = lazy_pattern(r"(?=([0-9]{4}))")  # every run of four, overlapping ("12345": 1234 and 2345)


def _named_years(name: str) -> set[int]:
    """Every four digits in a row in ``name``, as numbers (found in C in an ASCII name, a run at a time in any other)."""
    if name.isascii():
        return set(map(int, _FOUR_DIGITS.findall(name)))
    return {int(name[i : i + 4]) for i in range(len(name) - 3) if name[i : i + 4].isdigit()}


def newest_first(index: EventIndex, year: int | None = None) -> list[Event]:
    """Every event (or those taking place in ``year``) newest first, sorted once at load."""
    return index["newest"].get(year, [])


def in_year(index: EventIndex, year: int) -> list[Event]:
    """Events taking place in ``year`` or named with it (a superset of those meeting the year)."""
    return index["year"].get(year, [])


def in_month(index: EventIndex, month: int) -> list[Event]:
    return index["month"].get(month, [])


def with_words_of(index: EventIndex, name: str) -> list[Event]:
    """Events whose city, country, hosts or name hold the first word of ``name`` (a superset of those at that place)."""
    words = normalize(name).split()
    return index["word"].get(words[0], []) if words else []


def in_series(index: EventIndex, series: str) -> list[Event]:
    """The events of one series, oldest first ("defense" and "defence" alike)."""
    return index["series"].get(series_key(series), [])


def series_key(series: str) -> str:
    return normalize(series).replace("defense", "defence")


def closest_in_time(index: EventIndex, year: int | None, count: int, keep: Callable[[Event], bool]) -> list[Event]:
    """Up to ``count`` kept events by distance of their start year from ``year``, newest first among equals
    (no year: the newest), as ``sorted`` with that key would order every event."""
    found: list[Event] = []
    for bucket in _years_outward(index["start"], year):
        found += sorted((e for e in bucket if keep(e)), key=lambda e: -e.when.start.first_day().toordinal())
        if len(found) >= count:
            break
    return found[:count]


def _years_outward(starting_in: dict[int, list[Event]], year: int | None) -> Iterator[Iterable[Event]]:
    years = sorted(starting_in)
    if not years:
        return
    if year is None:
        yield from (starting_in[y] for y in reversed(years))
        return
    for distance in range(max(abs(year - years[0]), abs(year - years[-1])) + 1):
        yield [*starting_in.get(year - distance, ()), *(starting_in.get(year + distance, ()) if distance else ())]
