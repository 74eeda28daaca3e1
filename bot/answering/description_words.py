"""The words of a question with where each stands in the text, for ``described`` to put a name in place of a description.

    words_of("who spoke at the one at Lancaster House?")  -> Word("who", 0, 3), ..., Word("house", 31, 36)

Shorthand is spelt out here (one typed word, several words at the same place: "sg" -> "secretary", "general"),
so that the description steps read one spelling and the text outside the description is left as typed.
"""

from __future__ import annotations

from typing import NamedTuple

from ..patterns import lazy_pattern
from .country_codes import demonyms_before_posts
from .places import PLACES, Place
from .role_shorthand import ROLE_SHORTHAND
from .search import normalize

_WORD = lazy_pattern(r"[^\W_]+")
_SPELT_OUT = {
    **{short: tuple(role.split()) for short, role in ROLE_SHORTHAND.items()}, "defense": ("defence",),
    "conf": ("conference",), "confs": ("conferences",), "cohosted": ("co", "hosted"), "organized": ("organised",),
}
#: Words that name the kind of thing an event is, as people say it ("the one", "the meeting", "the pledge thing").
EVENT_HEADS = frozenset("one conference meeting summit event gathering thing exercise do".split())
#: Words that may stand between "the" and an event head: "the big annual nato cyber conference".
EVENT_MODIFIERS = frozenset("big annual nato cyber defence pledge virtual first second third last latest recent".split())


class Word(NamedTuple):
    text: str  # normalised
    start: int
    end: int


class Found(NamedTuple):
    """A description found: words ``first`` to ``last`` (exclusive) describe ``things`` (none: nothing fits)."""

    first: int
    last: int
    things: tuple  # the entries (events, people) or names (a city) it fits
    what: str  # the description, as an honest miss says it: "event hosted by Poland"


def words_of(text: str) -> list[Word]:
    """The normalised words of ``text`` with their places; shorthand spelt out in place."""
    words: list[Word] = []
    for match in _WORD.finditer(text):
        word = normalize(match[0])
        for part in _SPELT_OUT.get(word, (word,) if word else ()):
            for piece in part.split():
                words.append(Word(piece, match.start(), match.end()))
    return demonyms_before_posts(words)  # "ro fm": the romanian foreign minister


#: The first word of every place name: a word that starts none (most words) is looked at no further.
_PLACE_STARTS = frozenset(name.split()[0] for name in PLACES)


def place_at(words: list[Word], n: int) -> tuple[Place, int] | None:
    """The place named by the words from ``n`` (three, two or one of them) and how many words it takes."""
    first = words[n].text
    if first not in _PLACE_STARTS and first[:-1] not in _PLACE_STARTS:
        return None
    for size in (3, 2, 1):
        if n + size <= len(words):
            said = " ".join(w.text for w in words[n : n + size])
            place = PLACES.get(said) or (PLACES.get(said[:-1]) if size == 1 and said.endswith("s") and len(said) > 4 else None)
            if place is not None:  # "the americans": the demonym's plural too
                return place, size
    return None


def head_start(words: list[Word], end: int) -> int | None:
    """Where "the <modifiers> <head>" that ends just before ``end`` starts, or None: "the big nato meeting" -> its "the"."""
    n = end - 1
    if n < 1 or words[n].text not in EVENT_HEADS:
        return None
    n -= 1
    while n >= 0 and words[n].text in EVENT_MODIFIERS:
        n -= 1
    return n if n >= 0 and words[n].text in ("the", "that", "this") else None


def with_names(text: str, words: list[Word], found: Found) -> str:
    """``text`` with the described words replaced by the name of the one thing found."""
    start, end = words[found.first].start, words[found.last - 1].end
    return text[:start] + said_name(found.things[0]) + text[end:]


def name_of(thing) -> str:
    return thing if isinstance(thing, str) else thing.name


def said_name(thing) -> str:
    """How a question names the thing: an event held in a city as people say it ("the 2024 London conference",
    which the routes read as well as its name and better than a name that is also a series'), else its name."""
    if getattr(thing, "city", None) and getattr(thing, "when", None):
        kind = thing.kind if thing.kind in _SAID_KINDS else "event"
        return f"the {thing.when.start.year} {thing.city} {kind}"
    return name_of(thing)


_SAID_KINDS = frozenset("conference summit exercise meeting".split())


def held_in(event, place: Place) -> bool:
    """Whether ``event`` was held in ``place`` (a city as the gazetteer or the knowledge spells it: "Washington, D.C.")."""
    if not place.is_city:
        return event.country == place.country
    city = normalize(event.city or "")
    return city == normalize(place.name) or getattr(PLACES.get(city), "name", None) == place.name
