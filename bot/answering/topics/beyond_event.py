"""The words of a speaker's quote asked for that say more than where it was said: a topic every answer must meet.

    words_beyond_event(lookup, "quantum tirana", tirana_2025)        -> ["quantum"]  (no line of his there is on it)
    words_beyond_event(lookup, "ai tirana", tirana_2025)             -> ["ai"]
    words_beyond_event(lookup, "china from tirana", tirana_2025)     -> ["china"]  (another country: a topic)
    words_beyond_event(lookup, "tirana 2025 conference", tirana)     -> []  (the event named, nothing more)
    words_beyond_event(lookup, "best tirana pls", tirana_2025)       -> []  (ordinary and chat words ask no topic)

"rutte AI quote tirana" asks a line on AI said at Tirana: any line of his said there is no answer to it
(``quotes_at_event`` finds none, and the quote routes say there is none on it); ``on_topic_at_event`` ranks his
lines said there by those words ("recommit rome 2022": the Rome 2022 line on recommitting). Pure: word sets only.
"""

from __future__ import annotations

from ...knowledge.model import Event, Quote
from ..common_words import COMMON_WORDS
from ..lookup import Lookup
from ..places import PLACES, places_in
from ..quote_rank import SETTING_WORDS, held_in, rank_quotes
from ..search import normalize, tokens
from ..unnamed import ASPECT_WORDS, CHAT_WORDS
from .events import find_event

#: Words that rate a line rather than name its topic: "fav quote", "a quotable line".
_RATING = frozenset("fav fave favorite favourite famous memorable quotable punchy catchy iconic standout signature".split())
_EVENT_WORDS = frozenset("conf conference conferences cyber defence defense pledge summit speech remarks there".split())


def words_beyond_event(lookup: Lookup, topic: str, event: Event) -> list[str]:
    """The words of ``topic`` (normalised) that neither name ``event`` nor are ordinary words: a topic asked."""
    named = set(normalize(" ".join((event.name, event.city or "", event.country or ""))).split())
    return [w for w in tokens(normalize(topic)) if not w.isdigit() and w not in named and (w in PLACES and _other_country(w, event) or (
            w not in PLACES and w not in COMMON_WORDS and w not in CHAT_WORDS and w not in ASPECT_WORDS and w not in SETTING_WORDS
            and w not in _EVENT_WORDS and w not in _RATING and w not in lookup.name_words))]


def _other_country(word: str, event: Event) -> bool:
    """Whether ``word`` names a country other than where ``event`` was held: a topic ("china", "russia"), not a setting
    (two-letter names, "us" and "uk", are read as settings: "us" is a pronoun too)."""
    place = PLACES[word]
    return not place.is_city and len(word) > 2 and normalize(place.country or "") != normalize(event.country or "")


def quotes_at_event(lookup: Lookup, quotes: list[Quote], words: str, *, topic: bool = False) -> tuple[Event, list[Quote]] | None:
    """The event ``words`` name ("rome", "berlin 2023") and those of ``quotes`` said there, if any; None when ``words``
    ask more than the event ("ai tirana": a line on AI, not any line said at Tirana). ``topic``: the words are what the
    lines are about, where a country is a subject, not the setting ("did rutte say anything about albania")."""
    if topic and (places := places_in(words)) and not any(place.is_city for _, place in places):
        return None
    event = find_event(lookup, words)  # not "russia": a country no event was held in, whatever an event's text says of it
    said_there = [q for q in quotes if event and q.event == event.id and held_in(event, words)]
    return (event, said_there) if said_there and not words_beyond_event(lookup, words, event) else None


def on_topic_at_event(lookup: Lookup, quotes: list[Quote], words: str) -> tuple[Event, list[Quote]] | None:
    """The event ``words`` name and those of ``quotes`` said there on the words beyond it, best first:
    "recommit rome 2022" -> (Rome 2022, [the recommit line]); None when no line said there is on them."""
    event = find_event(lookup, words) or _event_at_place(lookup, words)
    if event is None or not held_in(event, words) or not (beyond := words_beyond_event(lookup, words, event)):
        return None
    ranked = rank_quotes(lookup, [q for q in quotes if q.event == event.id], " ".join(beyond))
    return (event, ranked) if ranked else None


def _event_at_place(lookup: Lookup, words: str) -> Event | None:
    """The event the place and year inside longer words name: "need contested space rome 2022" -> Rome 2022."""
    normalised = normalize(words)
    years = [w for w in normalised.split() if len(w) == 4 and w.isdigit()]
    return next((e for name, _ in places_in(normalised) if (e := find_event(lookup, " ".join((name, *years[:1]))))), None)
