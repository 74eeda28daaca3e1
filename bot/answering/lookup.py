"""Finding what a question names: people (by name, typo or role on a date), events, quotes, pledges.

``Lookup`` is built once per knowledge load (it holds the search index) and
only read afterwards, so one instance serves every request.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable
from itertools import chain, compress, repeat
from operator import attrgetter
from typing import NamedTuple

from .. import pattern_cache
from ..knowledge.model import Event, Knowledge, Person, Pledge, Quote
from ..reply import ItemRef
from . import event_index
from .asked_memo import remembered
from .awaited_index import AwaitedIndex
from .phrasing import trust_rank
from .places import places_in
from .role_shorthand import spelt_out_roles, without_now_words
from .role_words import LESSER_ROLE_WORDS, ROLE_EXPANSIONS, ROLE_HEADS, ROLE_SYNONYMS, ROLE_WORDS, role_country
from .search import Hit, SearchIndex, normalize, tokens

MIN_COVERAGE = 0.5  # share of a query's weight an item must hold to count as named by it
_BEFORE_ANY_ROLE = dt.date(1900, 1, 1)  # ``named_by_name``'s day


class Named(NamedTuple):
    """The people a text names, and what is left of it: ``"rutte investment"`` -> [Rutte], ["investment"]."""

    people: tuple[Person, ...]
    rest: tuple[str, ...]
    unknown: tuple[str, ...]
    role: str | None = None  # the role phrase used, e.g. "secretary general"


class Lookup(AwaitedIndex):
    def __init__(self, knowledge: Knowledge, index_later: Callable[[], SearchIndex] | None = None):
        self.knowledge = knowledge
        self.hold_index(knowledge, index_later)  # ``index``: built here, or awaited from elsewhere on first use
        self._people_by_word: dict[str, list[Person]] = {}
        for person in knowledge.people.values():
            for word in _name_words(person):
                self._people_by_word.setdefault(word, []).append(person)
        self.name_words = frozenset(self._people_by_word)
        self._person_order = {person_id: n for n, person_id in enumerate(knowledge.people)}
        self._roles: dict[str, list[tuple[Person, int]]] = {}
        for person in knowledge.people.values():
            for n, role in enumerate(person.roles):
                for phrase in {normalize(role.title), *(normalize(a) for a in role.aliases)} - {""}:
                    self._roles.setdefault(phrase, []).append((person, n))
        self._role_pattern = _phrase_pattern(self._roles)
        self._country_roles = [
            (person, n, country, words)
            for person in knowledge.people.values()
            for n, role in enumerate(person.roles)
            for country, words in [role_country(role.title, role.aliases)]
            if country
        ]
        quotes = list(knowledge.quotes.values())
        topics = list(map(attrgetter("topics"), quotes))
        normal = {topic: normalize(topic) for topic in set(chain.from_iterable(topics))}
        self.topics: dict[str, list[Quote]] = {}  # each quote under each of its topics, in file order
        _grouped(self.topics, map(normal.__getitem__, chain.from_iterable(topics)), chain.from_iterable(map(repeat, quotes, map(len, topics))))
        ranks = list(map(trust_rank, quotes))  # once a quote: 100,000 calls, not 200,000
        best = min(ranks, default=0)
        #: The best-attested quotes, which ``quote`` with no words rotates through (computed once, not per question).
        self.best_attested = list(compress(quotes, map(best.__eq__, ranks)))
        #: Counts over every quote, for "how many quotes?": by trust level, by speaker; the first quote of each source.
        self.quote_trust = dict(Counter(map(attrgetter("trust"), quotes)))
        self.quote_speakers = dict(Counter(map(attrgetter("speaker"), quotes)))
        self.quote_per_source = list({q.source: q for q in reversed(knowledge.quotes.values())}.values())[::-1]
        self._quotes_by: dict[str, list[Quote]] = {}
        self._quotes_at: dict[str, list[Quote]] = {}
        _grouped(self._quotes_by, map(attrgetter("speaker"), quotes), quotes)
        events = list(map(attrgetter("event"), quotes))
        _grouped(self._quotes_at, compress(events, events), compress(quotes, events))
        #: Events by date, and by each year they take place in (a list of the year, not a scan of every event).
        self.events_by_date = sorted(knowledge.events.values(), key=lambda e: e.when.start.first_day())
        self._events_in: dict[int, list[Event]] = {}
        for event in self.events_by_date:
            for year in range(event.when.start.year, (event.when.end or event.when.start).year + 1):
                self._events_in.setdefault(year, []).append(event)
        self.event_index = event_index.build(self.events_by_date)
        self._events_with: dict[str, list[Event]] = {}
        self._events_attended: dict[str, list[Event]] = {}
        for event in knowledge.events.values():
            for speaker in event.speakers:
                self._events_with.setdefault(speaker, []).append(event)
            for person in dict.fromkeys((*event.speakers, *event.participants)):
                self._events_attended.setdefault(person, []).append(event)
        self._pledges_at: dict[str, list[Pledge]] = {}
        for pledge in knowledge.pledges.values():
            if pledge.event:
                self._pledges_at.setdefault(pledge.event, []).append(pledge)

    # ---- people -------------------------------------------------------------------------
    def named(self, text: str, *, on: dt.date) -> Named:
        """Split ``text`` into the people it names (role phrases resolved on ``on``) and the rest."""
        return remembered(self, ("named", text, on), lambda: self._named(text, on))

    def named_by_name(self, text: str) -> Named:
        """``named`` by names alone: role phrases read on a day before any dated role began ("the sg" names no one)."""
        return self.named(text, on=_BEFORE_ANY_ROLE)

    def _named(self, text: str, on: dt.date) -> Named:
        normalized = spelt_out_roles(normalize(text))  # "the present sg"
        role = None
        people: list[Person] = []
        match = self._role_pattern.search(normalized) if self._role_pattern else None
        if match and not OTHER_OFFICE.isdisjoint(normalized[: match.start()].split()[-1:]):  # "assistant secretary general" is not the SG
            match = None
        apposed = False  # "secretary general geoana": a name beside the role is who is meant, the role only what it is called
        if match:
            role = match[0]
            holder = self.role_holder(role, on)
            people = [holder] if holder else []
            apposed = not self.name_words.isdisjoint(normalized[: match.start()].split()[-1:] + normalized[match.end() :].split()[:1])
            normalized = without_now_words(normalized[: match.start()] + " " + normalized[match.end() :])  # "current": said by the role
        elif (by_country := self.country_role(normalized, on)) is not None:
            role, people = by_country[0], list(by_country[1])
            normalized = by_country[2]
        person_words, rest, unknown = [], [], []
        found = tokens(normalized)
        for token in found:
            if token in self.name_words:
                person_words.append(token)
            elif token in self.index.vocabulary:
                rest.append(token)
            elif (fixed := self.index.vocabulary.correct(token, among=self.name_words)) in self.name_words:
                person_words.append(fixed)
            elif fixed:
                rest.append(fixed)
            else:
                unknown.append(token)
        if person_words and not set(person_words) <= _HONORIFICS:  # "minister brekelmans": not baerbock; "which minister": no one
            by_name = self._people_with(person_words)
            people = by_name if apposed and by_name else people + [p for p in by_name if p not in people]
        return Named(tuple(people), tuple(rest), tuple(unknown), role)

    def country_role(self, normalized: str, on: dt.date) -> tuple[str, list[Person], str] | None:
        """A role named with its country: "albania s prime minister", "the dutch defence minister".

        Returns the phrase, the people who held such a role in that country (on
        ``on`` when any did then, else at any time) and the text without it;
        None when the text names no role with a country.
        """
        words = normalized.split()
        heads = [n for n, w in enumerate(words) if w in ROLE_HEADS]
        if not heads:
            return None
        places = [(w, p) for w, p in places_in(normalized) if not p.is_city]
        if not places:
            return None
        country = places[0][1].country
        asked = {ROLE_SYNONYMS.get(w, w) for w in words if w in ROLE_WORDS and not (w == "affairs" and "foreign" in words)}  # "of foreign affairs"
        asked = set().union(*(ROLE_EXPANSIONS.get(w, {w}) for w in asked))
        fitting = [(p, n) for p, n, c, role_words in self._country_roles if c == country and asked <= role_words
                   and (len(asked) < 2 or not (role_words - asked) & LESSER_ROLE_WORDS)]  # "italian foreign minister": not the deputy one
        held = [(p, n) for p, n in fitting if p.roles[n].held_on(on)]
        people = list(dict.fromkeys(p for p, _ in (held or fitting)))
        span = [n for n, w in enumerate(words) if w in ROLE_WORDS or w in places[0][0].split() or w == "s"]
        phrase = " ".join(words[min(span) : max(span) + 1])
        rest = " ".join(w for n, w in enumerate(words) if not (min(span) <= n <= max(span)))
        return phrase, people, rest

    def _people_with(self, words: list[str]) -> list[Person]:
        """The people whose names hold the most of ``words``, in file order."""
        counts: dict[str, int] = {}
        people: dict[str, Person] = {}
        named = set(words) - _HONORIFICS or set(words)  # "minister ollongren": her, not the one whose alias says "minister"
        for word in named:
            for person in self._people_by_word.get(word, ()):
                counts[person.id] = counts.get(person.id, 0) + 1
                people[person.id] = person
        best = max(counts.values(), default=0)
        return sorted((people[pid] for pid, c in counts.items() if c == best), key=lambda p: self._person_order[p.id])

    def role_holder(self, phrase: str, on: dt.date) -> Person | None:
        """Who held the role called ``phrase`` on ``on``: "secretary general" in 2022 -> Stoltenberg."""
        holders = self._roles.get(normalize(phrase), [])
        held = [p for p, n in holders if p.roles[n].held_on(on)]
        return held[-1] if held else None

    def role_holders(self, phrase: str) -> list[tuple[Person, int]]:
        """Everyone who held the role called ``phrase`` (a title, an alias, or a role with its country), with the role's index."""
        phrase = normalize(phrase)
        phrase = f"nato {phrase[:-8].removeprefix('the ')}" if phrase.endswith(" of nato") else phrase  # "secretary general of nato"
        if phrase in self._roles:
            return list(self._roles[phrase])
        by_country = self.country_role(phrase, dt.date.min)
        if by_country is None:
            return []
        people = set(by_country[1])
        asked = {w for w in phrase.split() if w in ROLE_WORDS}
        return [(p, n) for p, n, _, words in self._country_roles if p in people and {ROLE_SYNONYMS.get(w, w) for w in asked} <= words | {"pm"}]

    def people_of(self, country: str) -> list[Person]:
        """The people holding or having held a role of ``country`` ("Prime Minister of the Netherlands"), in file order."""
        return list(dict.fromkeys(p for p, _, c, _ in self._country_roles if c == country))

    def quotes_of(self, person: Person) -> list[Quote]:
        return self._quotes_by.get(person.id, [])

    def quotes_at(self, event: Event) -> list[Quote]:
        return self._quotes_at.get(event.id, [])

    def pledges_at(self, event: Event) -> list[Pledge]:
        """The pledges and decisions agreed at ``event``, in file order."""
        return self._pledges_at.get(event.id, [])

    def events_with(self, person: Person) -> list[Event]:
        """The events where ``person`` spoke, in file order."""
        return self._events_with.get(person.id, [])

    def events_attended(self, person: Person) -> list[Event]:
        """The events where ``person`` spoke or took part, in file order."""
        return self._events_attended.get(person.id, [])

    # ---- items --------------------------------------------------------------------------
    def by_id(self, item_type: str, text: str):
        """The item whose id is exactly ``text`` (what autocomplete sends), or None."""
        return self.knowledge.collection(item_type).get(text.strip())

    def hits(self, query: str, types: Iterable[str], *, limit: int = 10, min_coverage: float = MIN_COVERAGE, lacking: int = 0) -> list[Hit]:
        types = tuple(types)
        return list(remembered(self, ("hits", query, types, limit, min_coverage, lacking), lambda: tuple(
            h for h in self.index.search(query, types=types, limit=limit, min_coverage=min_coverage, lacking=lacking) if h.coverage >= min_coverage)))

    def best(self, query: str, types: Iterable[str], *, min_coverage: float = MIN_COVERAGE):
        """The single item of one of ``types`` that ``query`` names best (an exact id wins), or None."""
        types = tuple(types)
        for item_type in types:
            if item := self.by_id(item_type, query):
                return item
        hits = self.hits(query, types, limit=5, min_coverage=min_coverage)
        if not hits:
            return None
        # Equal scores (an event and an initiative both called "Cyber Coalition"): the type asked for first wins; an article's
        # sub-heading wording of a line (a quote with ``variant_of``) after the body's own.
        tied = [h for h in hits if h.score == hits[0].score]
        return self.item(min(tied, key=lambda h: (types.index(h.ref.type), getattr(self.item(h.ref), "variant_of", None) is not None)).ref)

    def item(self, ref: ItemRef):
        return self.knowledge.get(ref.type, ref.id)

    def events_in(self, year: int) -> list[Event]:
        return list(self._events_in.get(year, ()))

    def topic(self, words: Iterable[str]) -> str | None:
        """The quote topic these words name, if any: ["investment"] -> "investment"."""
        text = " ".join(words)
        if text in self.topics:
            return text
        for topic in self.topics:
            if text and (text in topic.split() or topic in text.split()):
                return topic
        return None


def _name_words(person: Person) -> set[str]:
    return {w for text in (person.name, *person.aliases) for w in normalize(text).split()}


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern | None:
    ordered = sorted(phrases, key=len, reverse=True)
    return pattern_cache.compiled(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b") if ordered else None  # program kept between runs


#: Words an alias may open with that name no one by themselves ("Minister Baerbock", "Ms Ollongren").
_HONORIFICS = frozenset("minister mr mrs ms dr sir madam president general secretary ambassador".split())
#: Words that make a role phrase another office: an "assistant secretary general" or a "deputy secretary general" is no
#: secretary general (read before a role asked, and in a title held: ``one_of_them``).
OTHER_OFFICE = frozenset({"assistant", "under", "vice", "acting", "associate", "deputy"})


def pledge_default(lookup: Lookup) -> Pledge | None:
    """The Cyber Defence Pledge (what ``pledge`` with no argument explains), else the first pledge."""
    pledges = list(lookup.knowledge.pledges.values())
    for pledge in pledges:
        if normalize(pledge.name) == "cyber defence pledge":
            return pledge
    return lookup.best("cyber defence pledge", ("pledge",)) or (pledges[0] if pledges else None)


def _grouped(groups: dict[str, list], keys: Iterable[str], values: Iterable) -> None:
    """Each of ``values`` appended to its key's list in ``groups``, in order (in C: 100,000 quotes, no loop here)."""
    deque(map(list.append, map(groups.setdefault, keys, iter(list, None)), values), maxlen=0)
