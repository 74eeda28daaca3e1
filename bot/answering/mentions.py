"""Step 2 of understanding a question: normalised text -> what it names (``Mentions``).

People (by name, alias or role, a role with its country), places (cities,
countries, demonyms: "Dutch", "Romanian"), event series and editions ("pledge
conference", "the second cyber defence conference", "2nd", "first annual"), a
year, and a day in the forms people type ("16 May", "may 17", "9th of October
2025", "2024-05-16", "yesterday"). Every one of them is a constraint the answer
must meet or report (``constraints.py``).

Pure: the knowledge is read through ``Lookup``; ``today`` is passed in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..knowledge.model import Event
from ..reply import ItemRef
from ..safe_values import day_after
from .common_words import COMMON_WORDS
from .event_index import in_series
from .asked_memo import remembered
from .lookup import Lookup
from .messages import COVERS_NATO
from .own_places import own_cities
from .parse import MONTHS, parse_date
from .places import PLACES, Place, locations_in
from .normalizing import STOPWORDS, normalize, word_set
from ..patterns import lazy_pattern

ORDINALS = {
    "first": 1, "1st": 1, "inaugural": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
}
#: Words after an ordinal that make it an edition ("the second conference"), not a day ("9th of October").
_EDITION_FOLLOWERS = frozenset("annual nato cyber defence defense pledge conference conferences summit meeting edition one ones event exercise ever kind".split())
#: Words between an ordinal and what it counts: "the fourth of the annual ones", "the second of these pledge conferences".
_OF_THE = frozenset("of the these those its".split())
KIND_WORDS = {"conference": "conference", "conferences": "conference", "summit": "summit", "summits": "summit", "exercise": "exercise", "exercises": "exercise",
              "meeting": "meeting", "attack": "incident", "incident": "incident", "ddos": "incident", "hack": "incident", "op ed": "publication", "oped": "publication", "article": "publication"}
PLEDGE_SERIES = "Cyber Defence Pledge Conference"
ANNUAL_SERIES = "NATO Cyber Defence Conference"
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_YEAR = lazy_pattern(r"\b(19[5-9]\d|20\d\d)\b")
_FOUR_DIGITS = lazy_pattern(r"\b\d{4}\b")
_MAY_AS_MONTH = lazy_pattern(r"\bin may\b|\bmay (?:19|20)\d\d\b")
#: Both series named together: "pledge/cyber conferences", "the pledge and annual conferences", "cyber defence or pledge conferences".
_BOTH_SERIES = lazy_pattern(r"\bpledge (?:(?:and|or) )?(?:the )?(?:cyber|annual)\b|\b(?:defen[cs]e|annual) (?:conferences? )?(?:and|or) (?:the )?pledge\b")
_ANNUAL_PHRASE = lazy_pattern(r"\bcyber defen[cs]e conference|\bnato conference")
_DAY_WORDS = lazy_pattern(r"\b(?:on|the|of|\d{1,2}(?:st|nd|rd|th)?|\d{4})\b")


@dataclass(frozen=True)
class Mentions:
    """What a question names. Empty fields name nothing."""

    places: tuple[Place, ...] = ()
    series: str | None = None  # PLEDGE_SERIES or ANNUAL_SERIES
    kind: str | None = None  # event kind: conference, summit, ...
    ordinal: int | None = None
    loose_series: str | None = None  # the series a loose phrase most likely means, for editions only
    year: int | None = None
    date: dt.date | None = None
    month: int | None = None  # a month named without a day ("the 2024 conference in november")
    other_body: str | None = None  # an organisation other than NATO ("the secretary general of the UN")

    @property
    def constraints(self) -> bool:
        return bool(self.places or self.series or self.ordinal or self.year)


def find_mentions(lookup: Lookup, text: str, today: dt.date) -> Mentions:
    """What normalised ``text`` names, read against the knowledge."""
    return remembered(lookup, ("mentions", text, today), lambda: _mentions(lookup, text, today))


def _mentions(lookup: Lookup, text: str, today: dt.date) -> Mentions:
    date = with_year_named(find_date(text, today), text)  # "the rome meeting of 2022 ... on 10 november": 10 november 2022
    year = find_year(text) if date is None or not _FOUR_DIGITS.search(text) else date.year
    return Mentions(
        places=tuple(p for p in _unique(locations_in(text, own_cities(lookup)) + list(unknown_places(lookup, text))) if not _names_a_source(p, text)),
        series=find_series(text),
        kind=find_kind(text),
        ordinal=find_ordinal(text),
        loose_series=loose_series(text),
        year=year,
        date=date,
        month=find_month(text) if date is None else None,
        other_body=find_other_body(text),
    )


_BEFORE_MONTH = frozenset("in early late mid during of since from until by".split())
_MONTH_NAMES = {name: n for name, n in MONTHS.items() if len(name) > 3 or name == "may"}
_OTHER_BODIES = {
    "un": "UN", "united nations": "UN", "eu": "EU", "european union": "EU", "osce": "OSCE", "g7": "G7", "g20": "G20",
    "imf": "IMF", "world bank": "World Bank", "african union": "African Union", "asean": "ASEAN", "wto": "WTO",
}
_BODY_NAMES = "|".join(sorted(_OTHER_BODIES, key=len, reverse=True))
#: Agencies read only before a thing of theirs ("enisa threat landscape report"): "she s from enisa?" asks of a person.
_AGENCIES = {"enisa": "ENISA", "europol": "Europol", "interpol": "Interpol"}
#: Up to three words after the body that name its thing asked about ("at the un oewg cyber talks in new york": "oewg cyber talks").
_ITS_THING = r"(?P<thing>(?: (?!(?:in|on|at|of|and|or|was|is|were|did|does|with|to|about|how|what|when|where|who|s)\b)\S+){0,3})"
_OTHER_BODY = lazy_pattern(r"\b(?:of|for|at|from) (?:the )?(" + _BODY_NAMES + r")\b" + _ITS_THING)
#: Another body's own law, report or gathering named without a preposition: "the eu nis2 directive", "interpol s cybercrime
#: summit", "eu cyber solidarity act" ("un" only after "the": Italian "un summit" is none).
_BODY_THING = lazy_pattern(r"(?:\bthe |^)(" + _BODY_NAMES + r")\b|\b(" + "|".join([*(n for n in _BODY_NAMES.split("|") if n != "un"), *_AGENCIES]) + r")\b")
#: The first word of each body's name: a word of its own (a run of word characters) wherever either pattern above finds one.
_BODY_FIRST_WORDS, _WORD_RUN = frozenset(name.split()[0] for name in [*_OTHER_BODIES, *_AGENCIES]), lazy_pattern(r"\w+")
_THING_NOUN = lazy_pattern(r"^(?: s)?((?: \S+){0,3}? (?:act|directive|regulation|toolbox|convention|treaty|law|report|strategy|talks|sanctions|summit|agency|landscape))\b")


def find_month(text: str) -> int | None:
    """A month named without a day: "in november", "may 2024" ("may" alone is a verb)."""
    words = text.split()
    for n, word in enumerate(words):
        if word in _MONTH_NAMES and (word != "may" or _MAY_AS_MONTH.search(text)):
            return _MONTH_NAMES[word]
        if word in MONTHS and n and words[n - 1] in _BEFORE_MONTH and words[n + 1 : n + 2] and words[n + 1].isdigit():
            return MONTHS[word]  # "in nov 2023": an abbreviation only with a year after it ("in mar" may be anything)
    return None


def find_other_body(text: str) -> str | None:
    """An organisation other than NATO whose office or meeting is asked about: "secretary general of the UN"."""
    if _BODY_FIRST_WORDS.isdisjoint(_WORD_RUN.findall(text)):
        return None  # most questions: no body named, no pattern run
    if (match := _OTHER_BODY.search(text)) is None:
        return other_body_thing(text)
    body, thing = _OTHER_BODIES[match[1]], match["thing"].strip()
    return f"{body} entries {COVERS_NATO}, nothing on “{body} {thing}”" if thing else f"{body} entries {COVERS_NATO}"


def other_body_thing(text: str) -> str | None:
    """Another body's own law, report or gathering, named before the noun that says what it is: "the eu ai act"."""
    if (named := _BODY_THING.search(text)) is None or (noun := _THING_NOUN.match(text[named.end():])) is None:
        return None
    body = {**_OTHER_BODIES, **_AGENCIES}[named[1] or named[2]]
    return f"{body} entries {COVERS_NATO}, nothing on “{body} {noun[1].strip()}”"


_PLACE_BEFORE = frozenset("in at from".split())
_PLACE_AFTER = frozenset("conference summit meeting pledge".split())
#: Endings of abstract nouns, never of a place: "from nato leadership", "in partnership", "at government level".
_NOT_PLACES = frozenset("happen happened happens occur occurred held hosted located based run start started begin began end ended "
                        "lol lmao haha hehe tbh idk btw pls plz thx omg rofl imo imho fyi asap eod ngl smh afaik".split())  # "coffee kicking in lol"
_NOT_PLACE_ENDINGS = ("ship", "ment", "tion", "sion", "ness", "ity", "ism", "ology", "ful", "less")


def unknown_places(lookup: Lookup, text: str) -> tuple[Place, ...]:
    """Words the knowledge does not know (nor a near spelling), standing where a place would:
    "in osloo", "the narnia conference"."""
    words = text.split()
    vocabulary = lookup.index.vocabulary
    found = []
    for n, word in enumerate(words):
        if len(word) < 3 or word[:1].isdigit() or word in ORDINALS or word in STOPWORDS or word in vocabulary or word in MONTHS \
                or word in PLACES or (n and f"{words[n - 1]} {word}" in PLACES) or " ".join(words[n : n + 2]) in PLACES:  # "parigi", "l aia", "sao paulo"
            continue
        if (n and words[n - 1] in _PLACE_BEFORE) or (n + 1 < len(words) and words[n + 1] in _PLACE_AFTER):
            if not word.endswith(_NOT_PLACE_ENDINGS) and word not in _NOT_PLACES and word not in COMMON_WORDS and vocabulary.correct(word) is None:
                found.append(Place(word.title(), "", True))
    return tuple(found)


def _names_a_source(place: Place, text: str) -> bool:
    """"the caption of the rome article": the place names the article read, not a place the answer must be at."""
    last = place.name.lower().split()[-1]
    return any(m[1] == last for m in _BEFORE_A_SOURCE.finditer(text))


#: The word before "article", "op ed" …: a pattern compiled once (one per place would crowd out re's cache of patterns).
_BEFORE_A_SOURCE = lazy_pattern(r"\b(\S+) (?:article|op ed|piece|caption|story|report|write up)\b")


def _unique(places: list[Place]) -> tuple[Place, ...]:
    seen: dict[str, Place] = {}
    for place in places:
        seen.setdefault(place.name.lower(), place)
    return tuple(seen.values())


def find_date(text: str, today: dt.date) -> dt.date | None:
    """A day: "16 may", "may 17", "9th of october 2025", "2024-05-16", "yesterday" (a year alone is no day)."""
    words = text.split()
    for word in words:
        if word in _RELATIVE_DAYS:
            return day_after(today, _RELATIVE_DAYS[word])
    if not any(w[:1].isdigit() for w in words):  # every other form of a day has digits
        return None
    return parse_date(text, today=today)


def with_year_named(date: dt.date | None, text: str) -> dt.date | None:
    """``date`` (read without a year of its own, so in today's) in the one year ``text`` names elsewhere, if it names one."""
    if date is None or str(date.year) in text or not _FOUR_DIGITS.search(text) or (year := find_year(text)) is None:
        return date
    try:
        return date.replace(year=year)
    except ValueError:  # 29 february
        return date


def find_year(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match[1]) if match else None


def find_ordinal(text: str) -> int | None:
    """An edition: "the second conference", "2nd pledge conference", "first annual" (not "9th of October")."""
    words = text.split()
    for n, word in enumerate(words):
        if word in ORDINALS and words[n + 1 : n + 2] == ["of"] and (after := [w for w in words[n + 1 : n + 5] if w not in _OF_THE]) and after[0] in _EDITION_FOLLOWERS:
            return ORDINALS[word]  # "the fourth of the annual ones" (not "the 9th of october")
        if word in ORDINALS and n + 1 < len(words) and (words[n + 1] in _EDITION_FOLLOWERS or words[n + 2 : n + 3] and (
                words[n + 2] in _EDITION_FOLLOWERS and words[n + 1] in PLACES)):  # "the second berlin conference"
            return ORDINALS[word]
        if word in ORDINALS and n + 1 == len(words) and n and words[n - 1] in ("the", "was"):
            return ORDINALS[word]  # "which conference was the second"
    return None


#: What else NATO holds every year: "annual" with one of these names no conference series.
_OTHER_ANNUAL = frozenset("exercise exercises drill drills summit summits report reports".split())


def find_series(text: str) -> str | None:
    """The conference series named: the Pledge Conferences, or the annual NATO Cyber Defence Conference."""
    words = word_set(text)
    if "pledge" in words and words & {"conference", "conferences", "meeting", "one"}:
        return None if _BOTH_SERIES.search(text) else PLEDGE_SERIES
    if "annual" in words and "pledge" not in words and words.isdisjoint(_OTHER_ANNUAL):  # not "nato s annual cyber exercise"
        return ANNUAL_SERIES
    return None


def loose_series(text: str) -> str | None:
    """The series a loose phrase most likely means: "cyber defence conference" without "pledge" is the annual one."""
    if series := find_series(text):
        return series
    if _ANNUAL_PHRASE.search(text):
        return ANNUAL_SERIES
    return None


def find_kind(text: str) -> str | None:
    for word in text.split():
        if word in KIND_WORDS:
            return KIND_WORDS[word]
    return None


def is_month_day(text: str) -> bool:
    """Whether ``text`` is nothing but a day ("16 may", "on may 17th")."""
    rest = _DAY_WORDS.sub(" ", text)
    return all(word in MONTHS for word in rest.split()) and bool(rest.split())


def series_events(lookup: Lookup, series: str) -> list[Event]:
    """The events of one series, oldest first: their position is their edition (from the event index, never a scan)."""
    return list(in_series(lookup.event_index, series))


def series_entries(lookup: Lookup, series: str) -> tuple[ItemRef, ...]:
    """The initiative entry that is the series itself ("NATO Cyber Defence Conference"), as an item, if the knowledge has one."""
    name = normalize(series)
    return tuple(ItemRef("initiative", i.id) for i in lookup.knowledge.initiatives.values() if normalize(i.name) == name)


#: Words around a day that do not change it: "today in nato history", "on this day in history please".
_DAY_FILLER = lazy_pattern(r"\b(?:in (?:nato )?history|in nato|please|again|for me|what happened|anything)\b", re.IGNORECASE)


def strip_day_filler(args: str) -> str:
    return " ".join(_DAY_FILLER.sub(" ", args).split())


def names_a_day(text: str) -> bool:
    """Whether ``text`` tries to name a day (a number, a month, "yesterday"); "in nato cyber history" does not."""
    return any(word[:1].isdigit() or word in MONTHS or word in ("yesterday", "tomorrow") for word in _ALNUM.findall(text.lower()))


def day_only(args: str, today: dt.date) -> dt.date | None:
    """The day ``events on 10 july`` (or ``on 9/10/2025``, ``on today's date``) asks about, when the argument is nothing but a day."""
    words = args.lower().replace("on ", " ").strip()
    if _TODAY.fullmatch(_ALNUM_ONLY.sub(" ", words).strip()):
        return today
    return parse_date(words, today=today) if words and (is_month_day(words) or _NUMERIC_DAY.fullmatch(words)) else None


_NUMERIC_DAY = lazy_pattern(r"\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}")
_TODAY = lazy_pattern(r"(?:for )?(?:today(?: s)?(?: date)?|todays date|this (?:day|date)|the date today)")
_ALNUM_ONLY = lazy_pattern(r"[^a-z0-9]+")


#: Patterns of the functions above, compiled with the others when a bot loads (``bot.patterns``).
_ALNUM = lazy_pattern(r"[a-z0-9]+")
