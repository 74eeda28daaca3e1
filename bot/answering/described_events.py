"""Events named by what they were like, not by their name: by who hosted them, by their venue, by a capital.

    "the meeting the dutch and romanians ran"   -> the event both countries hosted
    "the conference hosted by the germans"      -> the event Germany hosted
    "the one at lancaster house"                -> the event whose venue is Lancaster House
    "the albanian capital"                      -> Tirana (the city; the routes find its event)
    "how long since baerbock's cyber speech"    -> the one event where she spoke (asked when: the speech's day)

Read from the knowledge itself (each event's hosts and venue, indexed once per load), so any knowledge file's
events are found the same way. Each step returns a ``Found`` (no names: the description fits no event, said so),
or None when the question holds no such description. Pure.
"""

from __future__ import annotations

from ..knowledge.model import Event
from .description_words import EVENT_HEADS, Found, Word, head_start, held_in, place_at
from .lookup import Lookup
from .mentions import PLEDGE_SERIES
from .own_places import own_cities
from .per_load import PerLoad, per_load
from .places import PLACES, Place
from .search import STOPWORDS, normalize

_HOST_VERBS = frozenset("ran run hosted host hosts organised organise held staged threw chaired put".split())
_JOINERS = frozenset("and the with".split())
_VENUES = PerLoad("described_events.venues")
#: Capitals, for "the albanian capital": general knowledge, not the knowledge file's.
CAPITALS = {
    "Albania": "Tirana", "Belgium": "Brussels", "Bulgaria": "Sofia", "Canada": "Ottawa", "Croatia": "Zagreb",
    "Czechia": "Prague", "Denmark": "Copenhagen", "Estonia": "Tallinn", "Finland": "Helsinki", "France": "Paris",
    "Germany": "Berlin", "Greece": "Athens", "Hungary": "Budapest", "Iceland": "Reykjavik", "Italy": "Rome",
    "Latvia": "Riga", "Lithuania": "Vilnius", "Luxembourg": "Luxembourg", "Montenegro": "Podgorica",
    "Netherlands": "Amsterdam", "North Macedonia": "Skopje", "Norway": "Oslo", "Poland": "Warsaw", "Portugal": "Lisbon",
    "Romania": "Bucharest", "Slovakia": "Bratislava", "Slovenia": "Ljubljana", "Spain": "Madrid", "Sweden": "Stockholm",
    "Turkey": "Ankara", "United Kingdom": "London", "United States": "Washington", "Ukraine": "Kyiv", "Georgia": "Tbilisi",
    "Moldova": "Chisinau", "Austria": "Vienna", "Switzerland": "Bern", "Ireland": "Dublin", "Russia": "Moscow",
    "China": "Beijing", "Japan": "Tokyo", "South Korea": "Seoul", "Australia": "Canberra", "Serbia": "Belgrade",
}


def capital(words: list[Word]) -> Found | None:
    """"the albanian capital", "albania s capital", "the capital of albania" -> the city."""
    for n, word in enumerate(words):
        if word.text != "capital":
            continue
        if n >= 1 and (before := _country_before(words, n - (words[n - 1].text == "s"))) is not None:
            country, first = before
            first -= first >= 1 and words[first - 1].text == "the"
            return _capital_of(country, first, n + 1)
        if n + 2 < len(words) and words[n + 1].text == "of":
            at = n + 2 + (words[n + 2].text == "the" and n + 3 < len(words))
            if (place := place_at(words, at)) is not None and not place[0].is_city:
                first = n - (n >= 1 and words[n - 1].text == "the")
                return _capital_of(place[0].country, first, at + place[1])
    return None


def _capital_of(country: str, first: int, last: int) -> Found | None:
    city = CAPITALS.get(country)
    return Found(first, last, (city,), f"capital of {country}") if city else None


def _country_before(words: list[Word], end: int) -> tuple[str, int] | None:
    for size in (3, 2, 1):
        if end - size >= 0 and (place := PLACES.get(" ".join(w.text for w in words[end - size : end]))) and not place.is_city:
            return place.country, end - size
    return None


def hosted(lookup: Lookup, words: list[Word]) -> Found | None:
    """"the meeting the dutch and romanians ran", "the conference hosted by germany", "the dutch romanian one"."""
    for n, word in enumerate(words):
        if word.text not in EVENT_HEADS or (first := head_start(words, n + 1)) is None:
            continue
        relative = n + 1 < len(words) and words[n + 1].text in ("that", "which", "where")
        at = n + 1 + relative
        if relative and at + 1 < len(words) and words[at].text in ("was", "were"):
            at += 1  # "the conference that was hosted by germany"; without "that" it is a claim ("... was co hosted by romania")
        if at < len(words) and words[at].text in ("hosted", "run", "organised", "held", "co", "put", "staged", "chaired"):
            by = at + 1 + (words[at].text == "co")
            if by < len(words) and words[by].text == "by" and (countries := _countries(lookup, words, by + 1))[0]:
                return _fitting(lookup, words, first, countries[1], countries[0], n)
        countries, end = _countries(lookup, words, at)
        if countries and end < len(words) and words[end].text in _HOST_VERBS | {"co"}:
            last = end + 1 + (words[end].text == "co") + (words[end].text in ("put", "threw") and end + 1 < len(words) and words[end + 1].text == "on")
            return _fitting(lookup, words, first, min(last, len(words)), countries, n)
        adjectives, end = _countries(lookup, words, first + 1)
        if len(adjectives) >= 2 and end <= n:
            return _fitting(lookup, words, first, n + 1, adjectives, n)
    return None


def _countries(lookup: Lookup, words: list[Word], n: int) -> tuple[tuple[str, ...], int]:
    """The countries named from word ``n`` on ("the dutch and romanians"), and where the list ends; a country
    the gazetteer does not know counts when the knowledge's events name it."""
    found: list[str] = []
    end, known = n, host_names(lookup)
    while n < len(words):
        if words[n].text in _JOINERS:
            n += 1
            continue
        place = place_at(words, n)
        if place is None and (own := known.get(words[n].text)) is not None:
            place = own, 1
        elif place is None or place[0].is_city:
            break
        found.append(place[0] if isinstance(place[0], str) else place[0].country)
        n += place[1]
        end = n
    return tuple(dict.fromkeys(found)), end


_HOST_NAMES = PerLoad("described_events.host_names")


def host_names(lookup: Lookup) -> dict[str, str]:
    """One-word country names the knowledge's events are hosted in or by, that the gazetteer does not know."""
    from .topics.cohosted import host_countries

    return per_load(_HOST_NAMES, lookup, lambda lookup: {
        normalize(c): c for c in host_countries(lookup) if len(normalize(c).split()) == 1 and normalize(c) not in PLACES})


def _fitting(lookup: Lookup, words: list[Word], first: int, last: int, countries: tuple[str, ...], head: int) -> Found:
    from .topics.cohosted import host_countries

    by_country = host_countries(lookup)
    events = [e for e in by_country.get(countries[0], ()) if all(e in by_country.get(c, ()) for c in countries[1:])]
    events = _of_kind(events, words[first:head + 1])
    if len(events) > 1:  # "the conference the germans hosted in 2023": the year or city the question names too
        said = {w.text for w in words[:first] + words[last:]}
        events = [e for e in events if str(e.when.start.year) in said or normalize(e.city or "-") in said] or events
    return Found(first, last, tuple(events), f"event hosted by {' and '.join(countries)}")


def _of_kind(events: list[Event], words: list[Word]) -> list[Event]:
    said = {w.text for w in words}
    if "summit" in said or "exercise" in said:
        events = [e for e in events if e.kind in said]
    if "pledge" in said:
        events = [e for e in events if e.series == PLEDGE_SERIES or "pledge" in normalize(e.name)]
    return events


def venues(lookup: Lookup) -> dict[str, dict[tuple[str, ...], tuple[Event, ...]]]:
    """First word of a venue's name -> {the venue's words: the events held there}."""
    def build(lookup: Lookup):
        found: dict[str, dict[tuple[str, ...], list[Event]]] = {}
        for event in lookup.events_by_date:
            if not event.venue:
                continue
            outer, _, inner = event.venue.partition("(")
            for text in {event.venue, outer, inner.rstrip(")")}:
                key = tuple(normalize(text).split())
                if key and not set(key) <= STOPWORDS | set(PLACES) | {"virtual", "hosted"} and not PLACES.get(" ".join(key)):
                    found.setdefault(key[0], {}).setdefault(key, []).append(event)
        return {word: {key: tuple(dict.fromkeys(events)) for key, events in keys.items()} for word, keys in found.items()}

    return per_load(_VENUES, lookup, build)


def at_venue(lookup: Lookup, words: list[Word]) -> Found | None:
    """"the one at lancaster house", "at the farnesina", "the lancaster house conference" -> the event held there."""
    index = venues(lookup)
    for n, word in enumerate(words):
        for key, names in index.get(word.text, {}).items():
            end = n + len(key)
            if tuple(w.text for w in words[n:end]) != key:
                continue
            before = n - (n >= 1 and words[n - 1].text == "the")
            if (end < len(words) and words[end].text == "or") or (before >= 2 and words[before - 2].text == "or"):
                return None  # "at the farnesina or at the defence ministry": a choice, the routes'
            if before >= 1 and words[before - 1].text in ("at", "in"):
                start = head_start(words, before - 1)
                if start is None and any(w.text in lookup.name_words for w in words):
                    return None  # "mcfadden was the uk foreign secretary at lancaster house": about the person
                return Found(before if start is None else start, end, names, f"event at {' '.join(key)}")
            if end < len(words) and words[end].text in EVENT_HEADS - {"one"}:
                return Found(n, end + 1, names, f"event at {' '.join(key)}")
    return None


_SPEECH = frozenset("speech address keynote remarks talk".split())
#: Words between a speaker and "speech" that name no event by themselves: "baerbock's cyber conference speech".
_GENERIC = frozenset("cyber conference nato defence pledge annual summit big keynote video opening".split())


def speech_of(lookup: Lookup, words: list[Word]) -> Found | None:
    """"since baerbock's cyber conference speech", "stoltenberg rome speech date" (asked when or how long ago) -> the
    event where that speaker spoke (in the place named), each when several fit."""
    if not words or (words[0].text not in ("when", "how") and words[-1].text not in ("date", "when")):
        return None  # asked when it was, first or last ("stoltenberg rome speech date"), not a line in a longer message
    for n, word in enumerate(words):
        if word.text not in _SPEECH or n + 1 < len(words) and words[n + 1].text in ("about", "of", "with", "to"):
            continue  # "did rutte talk about investment": a verb, not his talk
        start, places = n, []
        while start > 0 and (words[start - 1].text in _GENERIC or (place := place_at(words, start - 1) or own_place(lookup, words, start - 1))):
            if words[start - 1].text not in _GENERIC:
                places.append(place[0])
            start -= 1
        start -= start > 0 and words[start - 1].text == "s"
        if start > 1 and words[start - 1].text in _POSSESSIVE and words[start - 2].text in _DELIVERED:
            start -= 2  # "did stoltenberg give his rome keynote": the speaker before "give his"
        end = start
        while start > 0 and end - start < 3 and words[start - 1].text in lookup.name_words:
            start -= 1
        people = lookup.named_by_name(" ".join(w.text for w in words[start:end])).people if start < end else ()
        events = [e for e in lookup.events_with(people[0]) if all(held_in(e, p) for p in places)] if len(people) == 1 else []
        rest = words[:start] + words[n + 1 :]
        if any(w.text.isdigit() or w.text in _OTHER_SETTING or w.text in PLACES for w in rest):
            return None  # "geoana's keynote at the 2024 pledge conf, day one or two": the routes read the setting named
        if len(people) == 1:  # none: an honest miss; several: each named
            return Found(start, n + 1, tuple(events), f"speech by {people[0].name}{' in ' + places[0].name if places else ''}")
    return None


#: Words naming a setting or a day beside the speech, which the routes weigh: the speaker's events are not all asked.
_OTHER_SETTING = EVENT_HEADS | _GENERIC | frozenset("day days opening first second or anniversary video".split())
_POSSESSIVE = frozenset("his her their".split())
_DELIVERED = frozenset("give gave given deliver delivered make made hold held".split())


def own_place(lookup: Lookup, words: list[Word], n: int) -> tuple[Place, int] | None:
    """A city of the knowledge's events the gazetteer does not know, named from word ``n`` (three words at most)."""
    cities = own_cities(lookup)
    for size in (3, 2, 1):
        if n + size <= len(words) and (city := cities.get(" ".join(w.text for w in words[n : n + size]))) is not None:
            return city, size
    return None
