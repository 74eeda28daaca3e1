"""The places and years a question names that an entry found by its words must hold.

"estonia 2007 cyber attacks" found a line of Stoltenberg's about cyber attacks,
said in Berlin in 2023: the words that matched were the common ones, and the
two that made the question its own were in none of it. An entry holds a place
when its own words, its topics or where it happened name it (a country by any
of its names: "estonian" is Estonia), and a year when it is dated then or its
text says it.

Only what ``understanding.guard`` leaves alone is checked here: places named
the way a topic is ("estonia cyber attacks", not "the summit in warsaw", which
the guard holds every answer to) and a year asked of a quote ("by 2014" and
"since 2016" bound a time, they name none). Two places or more are
alternatives ("london or paris"): one held is enough.
"""

from __future__ import annotations

from functools import cache

from ..knowledge.model import Person, Quote
from .lookup import Lookup
from .places import PLACES, Place, locations_in, places_in
from .search import normalize
from ..patterns import lazy_pattern

_NAMED_YEAR = lazy_pattern(r"(?<!\bby )(?<!\bbefore )(?<!\bafter )(?<!\bsince )(?<!\buntil )\b((?:19|20)\d\d)\b")
#: The share of a question's words another entry must hold to answer in place of one lacking a place or year it names:
#: "albania cyber attacks" is no question about the Tirana conference, which holds "albania" and "cyber" only.
WHOLLY = 0.8


def unheld(lookup: Lookup, question: str, item) -> list[str]:
    """What normalised ``question`` names that ``item`` does not hold: place names as said and years, in order. A person
    holds whatever is named of them: "wasn't rutte the danish prime minister" gets his card, which says whose he was."""
    if isinstance(item, Person):
        return []
    named = list(dict.fromkeys(place for _, place in places_in(question)))
    located = set(locations_in(question)) if named else set()
    places = [place for place in named if place not in located]
    years = [m[1] for m in _NAMED_YEAR.finditer(question)] if isinstance(item, Quote) else []
    if not places and not years:
        return []
    words = f" {_words_of(lookup, item)} "
    missing = [place.name for place in places if not any(f" {name} " in words for name in names_of(place))]
    if len(named) > 1 and any(any(f" {name} " in words for name in names_of(place)) for place in named):
        missing = []  # "london or paris": one of them held
    return missing + [year for year in dict.fromkeys(years) if f" {year} " not in words]


def holding(lookup: Lookup, question: str, items) -> object | None:
    """The first of ``items`` that holds all ``question`` names, or None."""
    return next((item for item in items if not unheld(lookup, question, item)), None)


@cache
def names_of(place: Place) -> tuple[str, ...]:
    """Every normalised name of ``place``: a city's own, a country's names and demonyms."""
    return tuple(name for name, other in PLACES.items() if other == place)


def _words_of(lookup: Lookup, item) -> str:
    """``item``'s own words, with where and when it happened: normalised, the years as digits."""
    knowledge = lookup.knowledge
    parts = [getattr(item, field, None) for field in ("name", "text", "summary", "city", "country", "notes", "kind")]
    parts += [*getattr(item, "aliases", ()), *getattr(item, "topics", ())]
    dates = [getattr(item, field, None) for field in ("said", "date", "established")]
    if (when := getattr(item, "when", None)) is not None:
        dates += [when.start, when.end]
    event = knowledge.events.get(getattr(item, "event", None) or "")
    if event is not None:
        parts += [event.name, event.city, event.country]
        dates += [event.when.start, event.when.end]
    for person_id in (getattr(item, "speaker", None), getattr(item, "by", None)):
        if (person := knowledge.people.get(person_id or "")) is not None:
            parts += [role.title for role in person.roles]
    parts += [str(date.year) for date in dates if date is not None]
    return normalize(" ".join(part for part in parts if part))
