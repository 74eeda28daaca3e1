"""Places people name in questions: countries with their other names and demonyms, and cities.

A small gazetteer, so that a question naming a place the knowledge does not
hold ("the Oslo conference") is recognised as naming a place, and answered
"I have no conference in Oslo." instead of with some other conference.
Names are normalised (``bot.answering.search.normalize``): lowercase ascii.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from ..patterns import lazy_pattern
from .world_places import FARTHER_CITIES, FARTHER_COUNTRIES

#: Country -> other names and demonyms (normalised). NATO Allies and partners first, then others often in the news.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Albania": ("albanian", "albanians"),
    "Belgium": ("belgian",),
    "Bulgaria": ("bulgarian",),
    "Canada": ("canadian",),
    "Croatia": ("croatian",),
    "Czechia": ("czech republic", "czech", "cesko", "ceska republika", "ceske republiky", "ceskou republiku", "cesku"),
    "Denmark": ("danish", "dane"),
    "Estonia": ("estonian",),
    "Finland": ("finnish", "finn"),
    "France": ("french", "frenchmen"),
    "Germany": ("german", "germans", "deutschland"),
    "Greece": ("greek",),
    "Hungary": ("hungarian",),
    "Iceland": ("icelandic",),
    "Italy": ("italian", "italians"),
    "Latvia": ("latvian",),
    "Lithuania": ("lithuanian",),
    "Luxembourg": ("luxembourgish",),
    "Montenegro": ("montenegrin",),
    "Netherlands": ("the netherlands", "holland", "dutch", "nederland", "nl"),
    "North Macedonia": ("macedonia", "macedonian"),
    "Norway": ("norwegian",),
    "Poland": ("polish",),
    "Portugal": ("portuguese",),
    "Romania": ("romanian", "romanians"),
    "Slovakia": ("slovak",),
    "Slovenia": ("slovenian", "slovene"),
    "Spain": ("spanish",),
    "Sweden": ("swedish", "swede"),
    "Turkey": ("turkish", "turkiye"),
    "United Kingdom": ("uk", "u k", "britain", "great britain", "british", "brits", "brit", "britons", "england", "english", "scotland", "wales", "welsh"),
    "United States": ("us", "u s", "usa", "u s a", "america", "american", "yanks", "united states of america"),
    "Ukraine": ("ukrainian",),
    "Georgia": ("georgian",),
    "Moldova": ("moldovan",),
    "Austria": ("austrian",),
    "Switzerland": ("swiss",),
    "Ireland": ("irish",),
    "Russia": ("russian", "russians"),
    "China": ("chinese",),
    "Japan": ("japanese",),
    "South Korea": ("korea", "korean"),
    "Australia": ("australian",),
    "New Zealand": ("new zealander",),
    "Israel": ("israeli",),
    "India": ("indian",),
    "Serbia": ("serbian",),
    "Kosovo": ("kosova", "kosovar", "kosovan"),
    "Belarus": ("belarusian",),
    "Iran": ("iranian",),
}

#: The 32 Allies (as of 2024), by their names in ``COUNTRIES``.
NATO_ALLIES = frozenset(list(COUNTRIES)[:32])
COUNTRIES |= FARTHER_COUNTRIES

#: City -> country. Capitals of the countries above and cities where NATO meets.
CITIES: dict[str, str] = {
    "Tirana": "Albania", "Brussels": "Belgium", "Mons": "Belgium", "Sofia": "Bulgaria", "Ottawa": "Canada",
    "Zagreb": "Croatia", "Prague": "Czechia", "Copenhagen": "Denmark", "Tallinn": "Estonia", "Tartu": "Estonia",
    "Helsinki": "Finland", "Paris": "France", "Berlin": "Germany", "Bonn": "Germany", "Munich": "Germany",
    "Athens": "Greece", "Budapest": "Hungary", "Reykjavik": "Iceland", "Rome": "Italy", "Naples": "Italy",
    "Riga": "Latvia", "Vilnius": "Lithuania", "Luxembourg": "Luxembourg", "Podgorica": "Montenegro",
    "The Hague": "Netherlands", "Amsterdam": "Netherlands", "Rotterdam": "Netherlands", "Skopje": "North Macedonia",
    "Oslo": "Norway", "Warsaw": "Poland", "Krakow": "Poland", "Lisbon": "Portugal", "Bucharest": "Romania",
    "Bratislava": "Slovakia", "Ljubljana": "Slovenia", "Madrid": "Spain", "Barcelona": "Spain", "Stockholm": "Sweden",
    "Ankara": "Turkey", "Istanbul": "Turkey", "London": "United Kingdom", "Newport": "United Kingdom",
    "Edinburgh": "United Kingdom", "Washington": "United States", "New York": "United States", "Kyiv": "Ukraine",
    "Kiev": "Ukraine", "Tbilisi": "Georgia", "Chisinau": "Moldova", "Vienna": "Austria", "Geneva": "Switzerland",
    "Zurich": "Switzerland", "Bern": "Switzerland", "Dublin": "Ireland", "Moscow": "Russia", "Beijing": "China",
    "Tokyo": "Japan", "Seoul": "South Korea", "Canberra": "Australia", "Belgrade": "Serbia", "Minsk": "Belarus",
    "Strasbourg": "France", "Frankfurt": "Germany", "Hamburg": "Germany", "Milan": "Italy", "Gdansk": "Poland",
    "Utrecht": "Netherlands", "Eindhoven": "Netherlands", "Maastricht": "Netherlands", "Groningen": "Netherlands", "Delft": "Netherlands",
    "Leiden": "Netherlands", "Antwerp": "Belgium", "Cluj": "Romania", "Constanta": "Romania", "Durres": "Albania",
    "Cardiff": "United Kingdom", "Manchester": "United Kingdom", "Glasgow": "United Kingdom", "Kaunas": "Lithuania",
    "Cologne": "Germany", "Lyon": "France", "Turin": "Italy", "Porto": "Portugal",  # second cities a guess may name
}
CITIES |= FARTHER_CITIES

#: Place -> the names it has in its own language and in the languages of people who ask (normalised):
#: "Roma", "Den Haag", "Tiranë", "Warszawa", "Wilno", "Lissabon". Questions are read with the English name.
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "Rome": ("roma", "rom", "rzym", "rzymie", "rzymu", "rim", "rima", "rime", "rimu", "rimem"), "The Hague": ("lahey", "den haag", "s gravenhage", "la haye", "l aia", "l aja", "haga", "hagi", "hadze", "haia", "hage", "haag", "haagu", "haagem"),
    "Tirana": ("tiran", "tirane", "tiranna", "tiranie", "tirany", "tiranu", "tiranou"), "Warsaw": ("varsova", "warszawa", "varsovia", "varsavia", "varsovie", "warschau", "warszawie", "varshave", "varshava", "varsoviei", "warszawy", "varsava", "varsavy", "varsave", "varsavu", "varsavou"),
    "Paris": ("parigi", "paryz", "paryzu", "parijs", "pariz", "parize", "parizi"), "London": ("londra", "londres", "londyn", "londen", "londynie", "londynu", "londer", "londyne", "londyna"),
    "Vilnius": ("wilno", "vilna", "wilna", "wilnie", "vilniusit", "vilniusu", "vilniuse"), "Berlin": ("berlino", "berlijn", "berlim", "berlinie", "berline", "berlina", "berlinu"),
    "Brussels": ("bruksel", "bruxelles", "brussel", "bruselas", "bruksela", "brukseli", "bruxelas", "bruessel", "brusel", "bruselu"), "Tallinn": ("tallin", "tallinna", "tallinie", "tallinnie", "tallinnu", "talinu", "tallinu"),
    "Prague": ("prag", "praha", "praga", "pradze", "praze", "prahy", "prahu"), "Antwerp": ("antwerpen", "anvers"), "Lisbon": ("lizbon", "lisboa", "lisbona", "lissabon"), "Bucharest": ("bukres", "bucuresti", "bucarest", "bukareszt", "bukareszcie", "bukarest"),
    "Vienna": ("viyana", "wien", "wieden", "viena"), "Munich": ("munih", "munchen", "muenchen", "monachium"), "Copenhagen": ("kobenhavn", "kopenhagen"), "Washington": ("vasington", "waszyngton", "waszyngtonie", "uashington", "washingtonu", "vasingtonu"),
    "Athens": ("atina", "athina", "atene", "atenas", "athen"), "Kyiv": ("kijow", "kiew"), "Riga": ("ryga",), "Madrid": ("madryt", "madrycie", "madridu", "madride"),
    "Italy": ("italya", "italia", "wlochy", "italie", "italien", "italii"), "Poland": ("polonya", "polska", "polsce", "polonia", "pologne", "polen", "polsko", "polsku"), "Albania": ("arnavutluk", "shqiperia", "albanie", "albanii"),
    "Netherlands": ("hollanda", "paesi bassi", "olanda", "holandia", "pays bas", "niederlande", "holanda", "paises baixos", "holland", "nizozemsko", "nizozemska", "nizozemi"), "Germany": ("almanya", "germania", "niemcy", "allemagne", "alemania", "duitsland", "alemanha", "nemecko", "nemecka", "nemecku"),
    "France": ("fransa", "francia", "francja", "frankrijk", "franca", "francie", "francii"), "Lithuania": ("litvanya", "lituania", "litwa", "lietuva", "litouwen", "lituanie"), "Estonia": ("estonya", "eesti", "estland", "estonie", "estonsko", "estonska"),
    "United Kingdom": ("ingiltere", "regno unito", "wielka brytania", "gran bretagna", "royaume uni", "reino unido", "verenigd koninkrijk", "vereinigtes konigreich", "vereinigtes koenigreich", "velka britanie", "velke britanie", "britanie"),
    "United States": ("abd", "amerika", "stati uniti", "stany zjednoczone", "etats unis", "estados unidos", "verenigde staten", "vereinigte staaten"), "Wales": ("galler", "pays de galles", "galles", "gales", "walia", "walii", "uells", "walesu"),
    # Dutch and French names of countries
    "Romania": ("romanya", "roemenie", "roumanie", "romenia", "rumunsko", "rumunska", "rumunsku"), "Belgium": ("belcika", "belgie", "belgique", "belgica", "belgien"),
    "Norway": ("noorwegen", "norwegen"), "Turkey": ("turkiye", "turkije", "turkei", "tuerkei"), "Spain": ("ispanya", "spanje", "espagne", "espanha", "spanien"), "Sweden": ("zweden", "schweden"), "Denmark": ("denemarken", "danemark", "daenemark"),
    # Turkish names not given above
    "Russia": ("rusya", "rusia", "rusi"), "Ukraine": ("ukrayna",), "Greece": ("yunanistan", "griechenland"), "China": ("cin", "kina"),
}


#: Countries said with "the": "the Netherlands", "in the United Kingdom".
_WITH_THE = frozenset({"Netherlands", "United Kingdom", "United States", "Czech Republic"})


def as_said(name: str) -> str:
    """A place's name as a sentence says it: "the Netherlands", "Germany", "The Hague"."""
    return f"the {name}" if name in _WITH_THE else name


class Place(NamedTuple):
    """A place named in a question: ``name`` as written in the knowledge's style, and its country."""

    name: str
    country: str
    is_city: bool


def _normalise(text: str) -> str:
    return _NOT_ALNUM.sub(" ", text.lower()).strip()


_NOT_ALNUM = lazy_pattern(r"[^0-9a-z]+")


def _table() -> dict[str, Place]:
    table: dict[str, Place] = {}
    for country, others in COUNTRIES.items():
        for name in (country, *others):
            table[_normalise(name)] = Place(country, country, False)
    for city, country in CITIES.items():
        table[_normalise(city)] = Place(city, country, True)
    table["hague"] = table["the hague"]
    table["washington d c"] = table["washington dc"] = table["washington"]
    for place, others in OTHER_NAMES.items():
        for name in others:
            table.setdefault(name, table[_normalise(place)])
    return table


PLACES = _table()
#: Another language's name -> the English one, both normalised: "roma" -> "rome", "den haag" -> "the hague".
_ENGLISH_NAME = {other: _normalise(place) for place, others in OTHER_NAMES.items() for other in others}
_OTHER_NAME_WORDS = frozenset(word for name in _ENGLISH_NAME for word in name.split()[:1])
_OTHER_NAME = lazy_pattern(r"\b(?:" + "|".join(sorted((re.escape(name).replace(r"\ ", "[ '-]") for name in _ENGLISH_NAME), key=len, reverse=True)) + r")\b")
_LETTERS = lazy_pattern(r"[a-z]+")


def english_name(other: str) -> str | None:
    """A place's English name (normalised) for one of its names in another language: "lahey" -> "the hague"."""
    return _ENGLISH_NAME.get(other)


def in_english(normalised: str) -> str:
    """"when was the conference in roma" -> "... in rome": places named in another language, named in English."""
    if _OTHER_NAME_WORDS.isdisjoint(_LETTERS.findall(normalised)):
        return normalised
    return _OTHER_NAME.sub(lambda m: _ENGLISH_NAME[m[0].replace("-", " ").replace("'", " ")], normalised)  # "pays-bas", "l'aia" as typed
#: The most words of a place name starting with each word: only these are tried where that word stands.
_LONGEST_FROM: dict[str, int] = {}
for _words in (name.split() for name in PLACES):
    _LONGEST_FROM[_words[0]] = max(_LONGEST_FROM.get(_words[0], 0), len(_words))
#: Place names too easily meant as ordinary words to count on their own ("us", "nl" ...).
AMBIGUOUS = frozenset({"us", "u s", "nl", "georgia", "english", "polish", "turkey", "china", "luxembourg", "wales"})
_NEVER_A_PRONOUN_AFTER_THE = frozenset({"us", "u s"})
_STYLE_NAMED = (["style"], ["manual"])


def _names(words: list[str], more: Mapping[str, Place] = {}):
    """(first word index, word count, name) of every place name in ``words`` (the gazetteer's, or ``more``'s),
    longest match first, no overlaps."""
    n = 0
    while n < len(words):
        for size in range(min(max(_LONGEST_FROM.get(words[n], 0), 3 if more else 0), len(words) - n), 0, -1):
            name = " ".join(words[n : n + size])
            if (name in PLACES or name in more) and words[n + size : n + size + 1] not in _STYLE_NAMED:  # "in chicago style": a citation style
                yield n, size, name
                n += size
                break
        else:
            n += 1


def places_in(normalised: str) -> list[tuple[str, Place]]:
    """Every place named in normalised text: ``"the oslo conference"`` -> [("oslo", Oslo)]."""
    words = normalised.split()
    return [(name, PLACES[name]) for n, size, name in _names(words) if name not in AMBIGUOUS or _place_context(words, n)
            or name in _NEVER_A_PRONOUN_AFTER_THE and words[n - 1 : n] == ["the"]  # "did the us host": no "us" follows "the"
            or words[n + size : n + size + 1] and words[n + size] in _ROLE_AFTER]  # "the polish prime minister": a country's


def country_alone(normalised: str) -> str | None:
    """"how much money did germany pledge": the one country a question names (as a sentence says it), when it names
    no city and no gathering ("the german conference" is Berlin's, "the rome pledge conference" Rome's); else None."""
    if _GATHERINGS.isdisjoint(normalised.split()) and (named := places_in(normalised)) and not any(p.is_city for _, p in named):
        countries = {p.name for _, p in named}
        return as_said(countries.pop()) if len(countries) == 1 else None
    return None


_GATHERINGS = frozenset("conference conferences conf summit summits meeting meetings exercise event events".split())


def _place_context(words: list[str], n: int) -> bool:
    """An ambiguous name counts after "in", "at", "from", "of" or "by" (``"the conference in the us"``, ``"hosted by the us"``)."""
    before = words[max(0, n - 2) : n]
    return bool(before) and (before[-1] in ("in", "at", "from", "of", "by") or before[-1:] == ["the"] and before[:1] in (["in"], ["by"], ["from"], ["with"]))


#: Words around a place name that make it where something happened, not what was talked about.
_BEFORE = frozenset("in at from of by to the host hosted hosts held".split())
_ABOUT_THE = (["about"], ["regarding"], ["concerning"])  # "about the vilnius concept": the place names the thing talked of
SERIES_WORDS = frozenset("cyber defence defense nato annual security s".split())  # "the munich security conference": where
_ROLE_AFTER = frozenset("minister prime pm premier ambassador chancellor president foreign defence defense deputy vice federal government".split())
_LANGUAGES = frozenset("english french german italian dutch albanian romanian estonian lithuanian spanish polish latvian swedish".split())
_AFTER = frozenset("conference conferences summit summits meeting meetings event events pledge one edition exercise attack city cities town capital".split())
#: A city that hosted something is where it was ("oslo hosted a summit"); a country that did may be its host only.
_CITY_HOSTED = frozenset("host hosted hosts held staged".split())


_YEAR_WORD = lazy_pattern(r"(?:19|20)\d\d")
#: Words for what was said somewhere: "the oslo line", "berlin speech" name the city it was said in.
_SAID_AFTER = frozenset("line lines quote quotes quotation words speech remarks address statement".split())


#: What happens in a place that a remark is about, not where it was made: "the war in ukraine", "the attacks in estonia".
HAPPENING_THERE = frozenset("war wars conflict invasion fighting crisis aggression attack attacks cyberattack cyberattacks elections election".split())


def locations_in(normalised: str, more: Mapping[str, Place] = {}) -> list[Place]:
    """The places named as where something happened: "the oslo conference", "in oslo" (not "about russia");
    ``more``: places the gazetteer lacks, by normalised name (the knowledge's own cities)."""
    words = normalised.split()
    found = []
    for n, size, name in _names(words, more):
        place = PLACES.get(name) or more[name]
        before = words[n - 1 : n]
        after = [w for w in words[n + size : n + size + 5] if w not in SERIES_WORDS][:2]  # "oslo cyber defence conference"
        if before and (before[0] in ("about", "on", "regarding", "against", "with", "for") or before[0] == "the" and words[n - 2 : n - 1] in _ABOUT_THE) \
                and not (after and after[0] in _AFTER):
            continue  # "about russia", "about the vilnius concept": a topic; "about oslo conference": where
        if before[:1] == ["in"] and words[n - 2 : n - 1] and words[n - 2] in HAPPENING_THERE:  # "about the war in ukraine": what about
            continue
        if after and after[0] in _ROLE_AFTER:  # "the dutch defence minister": a person's country, not where
            continue
        if name in _LANGUAGES and before[:1] == ["in"]:  # "what did he say in english": a language
            continue
        located = (before and before[0] in (_BEFORE | _AFTER)) or (after and after[0] in _AFTER) or (
            after and place.is_city and (_YEAR_WORD.fullmatch(after[0]) is not None or after[0] in _SAID_AFTER or after[0] in _CITY_HOSTED))  # "madrid 2023": an edition named by city and year  # "in oslo", "oslo conference", "conference oslo" or (after[:1] == ["s"] and after[1:] and after[1] in _AFTER)
        if located and (name not in AMBIGUOUS or _place_context(words, n) or (after and after[0] in _AFTER)):
            found.append(place)
    return list(dict.fromkeys(found))


_FROM_CITY = lazy_pattern(r" (?:from|in|at) (?:the )?(?P<city>[a-z]+)(?: (?:conference|speech|address|summit|article))?$")


def without_city(words: str) -> str:
    """Words naming a line, less the city it was said in, typed last: "saceur authority from berlin" -> "saceur authority";
    a country stays ("relying on russia"), and so do words that are only a city."""
    return city_split(words)[0]


def city_split(words: str) -> tuple[str, Place | None]:
    """``without_city(words)``, and the city it took off (None when none)."""
    found = _FROM_CITY.search(words)
    if found is None or found.start() == 0 or not (place := PLACES.get(found["city"])) or not place.is_city:
        return words, None
    return words[: found.start()], place


def split_possessive(text: str) -> str:
    """"albanias prime minister" -> "albania s prime minister": a place name with a possessive s typed without its apostrophe."""
    words = text.split()
    return " ".join(f"{w[:-1]} s" if w.endswith("s") and w[:-1] in PLACES and w not in PLACES else w for w in words)
