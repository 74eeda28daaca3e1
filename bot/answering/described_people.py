"""People named by what they were, not by their name: by role and country, by the role they held before or after
someone, by the role they hold now, by their role and where they spoke.

    "the german foreign minister"             -> who held that role (the one at the event the question names)
    "the guy who was sg before rutte"         -> who held Rutte's role before him; "rutte's predecessor" too
    "the current sg"                          -> who holds the role today
    "the deputy who spoke in the hague"       -> the speaker there whose role says deputy

Read from the knowledge (roles with their dates, who spoke where), so it works for any knowledge file. Each step
returns a ``Found`` (no names: nobody fits, said so), or None when the question holds no such description. Pure.
"""

from __future__ import annotations

import datetime as dt
from itertools import takewhile

from ..knowledge.model import Person
from .description_words import Found, Word, held_in, place_at
from .described_events import own_place
from .places import CITIES, as_said
from .lookup import Lookup
from .role_words import ROLE_HEADS, ROLE_SYNONYMS, ROLE_WORDS, role_kin
from .per_load import PerLoad, per_load
from .person_meant import pronoun_of
from .search import STOPWORDS, normalize

#: Words before a role that make the question a claim about it or a choice: "was rutte the dutch prime minister".
_CLAIMING = frozenset("was is were are be been as or either it not he she they".split())  # "wasn t he the belgian pm": a claim about him
_LEADS = frozenset("guy guys person people man men woman women lady one someone official officials".split())
_NOW = frozenset("current present sitting incumbent serving".split())
_SPOKE = frozenset("spoke talked presented speaking opened addressed".split())  # "the dutch cyber ambassador who opened the hague conference"
#: The words of the gathering after its place, part of the description: "who spoke at the hague | pledge conference".
_GATHERING_WORDS = frozenset("cyber defence defense nato annual pledge conference conf summit meeting event".split())
CITY_WORDS = frozenset(w for city in CITIES for w in normalize(city).split()) - {"the", "new"}


def _name_after(lookup: Lookup, words: list[Word], n: int, today: dt.date) -> tuple[Person, int] | None:
    """The person whose name starts at word ``n``, and where the name ends."""
    end = n
    while end < len(words) and end - n < 3 and words[end].text in lookup.name_words:
        end += 1
    people = lookup.named(" ".join(w.text for w in words[n:end]), on=today).people if end > n else ()
    return (people[0], end) if len(people) == 1 else None


def _lead(words: list[Word], who: int) -> int | None:
    """Where "the guy who" (or "whoever") starts, before the "who" at ``who``."""
    if who >= 2 and words[who - 1].text in _LEADS and words[who - 2].text == "the":
        return who - 2
    return None


def neighbour_in_role(lookup: Lookup, words: list[Word], today: dt.date) -> Found | None:
    """"the guy who was sg before rutte", "rutte s predecessor", "the successor of stoltenberg"."""
    for n, word in enumerate(words):
        if word.text in ("before", "after") and n >= 3:
            was = next((k for k in range(n - 1, max(n - 10, 0), -1) if words[k].text in ("was", "were", "became")), None)
            if was is None or was < 1 or words[was - 1].text != "who" or (first := _lead(words, was - 1)) is None:
                continue
            named = _name_after(lookup, words, n + 1, today)
            if named is None:
                continue
            role = " ".join(w.text for w in words[was + 1 : n] if w.text != "the")
            found = _neighbour(lookup, named[0], role, word.text == "before")
            return Found(first, named[1], found, f"{role} {word.text} {named[0].name}")
        if word.text in ("predecessor", "successor"):
            if n >= 2 and words[n - 1].text == "s":
                start = n - 2
                while start > 0 and words[start - 1].text in lookup.name_words:
                    start -= 1
                named = _name_after(lookup, words, start, today)
                first = start - (start >= 1 and words[start - 1].text == "the")
            elif n + 2 < len(words) and words[n + 1].text == "of":
                named, first = _name_after(lookup, words, n + 2, today), n - (n >= 1 and words[n - 1].text == "the")
            else:
                continue
            if named is None:
                continue
            last, role = max(named[1], n + 1), ""
            if words[last : last + 1] and words[last].text == "as":  # "rutte s predecessor as sg": the role is part of it
                role_words = list(takewhile(lambda w: w.text not in _NOT_ROLE, words[last + 1 : last + 5]))
                role, last = " ".join(w.text for w in role_words), last + 1 + len(role_words)
            found = _neighbour(lookup, named[0], role, word.text == "predecessor")  # none recorded in that role: nobody
            return Found(first, last, found, f"{word.text} of {named[0].name}")
    return None


_NOT_ROLE = frozenset("at in on when and during then".split())  # words after a role named with "as" that end it


def _neighbour(lookup: Lookup, person: Person, role: str, before: bool) -> tuple[Person, ...]:
    """Who held ``person``'s role (the one called ``role``, else their latest shared one) just before or after them."""
    phrases = [role] if role else [r.title for r in reversed(person.roles)]
    for phrase in phrases:
        holders = lookup.role_holders(phrase)
        own = [p.roles[n] for p, n in holders if p.id == person.id]
        if not own or not own[0].start:
            continue
        start = own[0].start.first_day()
        others = [(p.roles[n].start.first_day(), p) for p, n in holders if p.id != person.id and p.roles[n].start]
        side = [(when, p) for when, p in others if (when < start if before else when > start)]
        if side:
            return ((max if before else min)(side, key=lambda x: x[0])[1],)
        if role:
            return ()
    return ()


def holder_now(lookup: Lookup, words: list[Word], today: dt.date) -> Found | None:
    """"the current sg", "the sitting dutch prime minister" -> who holds the role today."""
    for n, word in enumerate(words):
        if word.text not in _NOW or n < 1 or words[n - 1].text != "the":
            continue
        if n <= 3 and words[0].text == "who":
            return None  # "who is the current sg": the role's own answer, with its dates
        last = n + 1
        while last < len(words) and last - n <= 6 and (words[last].text in ROLE_WORDS | role_words(lookup) or place_at(words, last) is not None):
            last += 1
        for end in range(last, n + 1, -1):
            phrase = " ".join(w.text for w in words[n + 1 : end])
            if holders := lookup.role_holders(phrase):
                now = tuple(dict.fromkeys(p for p, k in holders if p.roles[k].held_on(today)))
                return Found(n - 1, end, now, f"current {phrase}")
    return None


def country_role(lookup: Lookup, words: list[Word], today: dt.date) -> Found | None:
    """"the german foreign minister", "the dutch minister" (the one at the event the question names) -> that person."""
    for n in range(len(words)):
        if (place := place_at(words, n)) is None or place[0].is_city or (n >= 1 and words[n - 1].text != "the"):
            continue
        end = n + place[1]
        while end < len(words) and (words[end].text in ROLE_WORDS or (words[end].text in ("of", "for", "the") and end > n + place[1])):
            end += 1
        while words[end - 1].text in ("of", "for", "the"):
            end -= 1
        if end == n + place[1] or not {w.text for w in words[n + place[1] : end]} & ROLE_HEADS:
            continue
        first = n - (n >= 1)
        before = words[first - 1].text if first >= 1 else ""
        if before in _CLAIMING or before in lookup.name_words or (end < len(words) and words[end].text in ("or", "who", "that")) or (
                end < len(words) and words[end].text in lookup.name_words) or (
                first <= 2 and words[0].text == "who") or any(w.text in ("name", "named", "called") for w in words):
            return None  # "was baerbock the german chancellor", "the dutch or the romanian minister", "who is the dutch pm",
                        # "the german defence minister baerbock" (a name beside it says who): the routes'
        phrase = " ".join(w.text for w in words[n:end])
        by_country = lookup.country_role(" ".join([normalize(place[0].country), *(w.text for w in words[n + place[1] : end])]), today)
        if by_country is None:
            continue
        people, rest = list(dict.fromkeys(by_country[1])), words[:first] + words[end:]
        if people and not _in_context(lookup, people, rest) and any(w.text.isdigit() or w.text in CITY_WORDS for w in rest):
            return None  # "the estonian pm at the london conference": not there; the routes say what the knowledge has
        if len(people) > 1:
            people = _in_context(lookup, people, rest) or people
        if len(people) > 1:
            return None  # several held it: the question's date or event decides, as the routes read it
        return Found(first, end, tuple(people), phrase)
    return None


#: Words for a person with no role in them: "the albanian fellow", "that lady from estonia"; some say which pronoun fits.
_PERSON_NOUNS = frozenset("lady gentleman man woman fellow fella chap guy bloke gal girl boy dude person politician".split())
_PRONOUN_OF_NOUN = {**dict.fromkeys("lady woman gal girl".split(), "she"), **dict.fromkeys("gentleman man fellow fella chap guy bloke boy dude".split(), "he")}


def country_person(lookup: Lookup, words: list[Word], today: dt.date) -> Found | None:
    """"the albanian fellow", "that lady from estonia" -> the people of that country; "lady", "man" keep those the
    knowledge's own text calls "she" or "he" (and those it calls neither); None when no country and no such word are there."""
    for n in range(len(words) - 1):
        if words[n].text not in ("the", "that", "this"):
            continue
        if (place := place_at(words, n + 1)) is not None and not place[0].is_city and n + 1 + place[1] < len(words) \
                and words[end := n + 1 + place[1]].text in _PERSON_NOUNS and not (end + 1 < len(words) and words[end + 1].text in ROLE_WORDS):
            country, last, noun = place[0].country, end + 1, words[end].text  # "the albanian fellow" (not "the dutch lady minister")
        elif words[n + 1].text in _PERSON_NOUNS and n + 3 < len(words) and words[n + 2].text == "from" \
                and (place := place_at(words, n + 3)) is not None and not place[0].is_city:
            country, last, noun = place[0].country, n + 3 + place[1], words[n + 1].text  # "that lady from estonia"
        else:
            continue
        rest = words[:n] + words[last:]  # "hand over to the dutch fellow", "the romanian woman at the hague conference": the routes'
        if any(w.text in lookup.name_words or w.text in ROLE_WORDS for w in rest):
            return None
        people = lookup.people_of(country)
        if asked := _PRONOUN_OF_NOUN.get(noun):  # "the albanian lady": not Edi Rama
            people = [p for p in people if pronoun_of(p.summary or "") in (None, asked)]
        if any(w.text in CITY_WORDS or w.text in _GATHERING_WORDS or w.text.isdigit() for w in rest):
            there = _in_context(lookup, people, rest)  # "what did the german woman say in berlin": the one who was there
            if len(there) != 1 or (any(w.text in ("who", "whos") for w in words[:n]) and there == _in_context(lookup, lookup.people_of(country), rest)):
                return None  # "who was the albanian guy at tirana": the routes name the country's part there
            people = there
        return Found(n, last, tuple(people), f"{noun} from {as_said(country)}")
    return None


def _in_context(lookup: Lookup, people: list[Person], rest: list[Word]) -> list[Person]:
    """The people who spoke or took part at an event the rest of the question names by its city, country or year."""
    said = {w.text for w in rest}
    fitting = []
    for person in people:
        marks = set()
        for event in lookup.events_attended(person):
            marks |= set(normalize(event.city or "").split()) | {str(event.when.start.year)}
        if marks & said - {"the"}:
            fitting.append(person)
    return fitting


def role_who_spoke(lookup: Lookup, words: list[Word], today: dt.date) -> Found | None:
    """"the deputy who spoke in the hague", "the minister who talked at the berlin conference" -> that speaker."""
    for n, word in enumerate(words):
        if word.text != "who" or n < 2 or n + 2 >= len(words) or words[n + 1].text not in _SPOKE:
            continue
        if word.start - words[n - 1].end > 1:
            continue  # "besides the sg, who opened the berlin conference?": a question after a comma, not a description
        start = n - 1
        while start >= 0 and words[start].text != "the" and n - start <= 4:
            start -= 1
        if start < 0 or words[start].text != "the":
            continue
        country = next((p for k in range(start + 1, n) if (p := place_at(words, k)) and not p[0].is_city), None)  # "the uk guy who spoke"
        asked = {ROLE_SYNONYMS.get(w.text, w.text) for w in words[start + 1 : n]} - STOPWORDS - _LEADS  # "the ambassador to nato"
        asked -= set(country[0].name.lower().split()) | {words[k].text for k in range(start + 1, n) if place_at(words, k)} if country else set()
        if not (asked or country) or not asked <= ROLE_WORDS | role_words(lookup) | {"official", "officials"}:
            continue
        at = n + 2 + (words[n + 2].text in ("in", "at"))
        at += at < len(words) and words[at].text == "the"
        at += at + 1 < len(words) and words[at].text.isdigit()  # "at the 2024 london conference"
        place = (place_at(words, at) or own_place(lookup, words, at)) if at < len(words) else None
        if place is None:
            continue
        there = [e for e in lookup.events_by_date if held_in(e, place[0])]
        speakers = dict.fromkeys(lookup.knowledge.people[s] for e in there for s in e.speakers if s in lookup.knowledge.people)
        fitting = [p for p in speakers if any(asked - {"official", "officials"} <= role_kin(set(normalize(r.title).split())) for r in p.roles)]
        if country:  # "the albanian officials who spoke at tirana": those of Albania
            fitting = [p for p in fitting if p in lookup.people_of(country[0].country)]
        typed = [words[k].text for k in range(start + 1, n) if place_at(words, k)][:1]  # "french", as typed
        asked_as = " ".join(typed + sorted(asked) + ["person"] * (not asked))
        end = at + place[1]
        while end < len(words) and words[end].text in _GATHERING_WORDS:
            end += 1
        return Found(start, end, tuple(fitting), f"{asked_as} who spoke in {place[0].name}")
    return None


_ROLE_WORDS = PerLoad("described_people.role_words")


def role_words(lookup: Lookup) -> frozenset[str]:
    """Every word of every role title the knowledge holds ("director", "cyber", "policy"), stop words aside."""
    return per_load(_ROLE_WORDS, lookup, lambda lookup: frozenset(
        w for p in lookup.knowledge.people.values() for r in p.roles for w in normalize(r.title).split()) - STOPWORDS)
