"""Who took part in an event for a country or for NATO itself, with the role each held then.

    "who represented romania at the 2024 pledge conference"  -> Odobescu, Foreign Minister of Romania
    "which nato official spoke at the hague"                 -> Geoană, NATO Deputy Secretary General
    "which lithuanian official took part in berlin"          -> Tučkutė (a participant, not a speaker)
    "which canadian minister attended the tirana conference" -> the knowledge records nobody: said first

The party (a country by name or demonym, or NATO) is read from where it stands
("represented X", "on behalf of X", "from X", "the X minister", "X sent"); the
event from the rest, and it must meet the year, month and places named. A
person fits when a role they held on the event's first day belongs to the party.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ...knowledge.model import Event, Person
from ...patterns import lazy_pattern
from ...reply import Block, Field, Reply
from .. import event_messages
from ..constraints import could_meet, missed, nearest, unmet
from ..listing import PAGE_SIZE
from ..lookup import ROLE_EXPANSIONS, ROLE_SYNONYMS, ROLE_WORDS, Lookup
from ..mentions import KIND_WORDS as _KIND_OF
from ..mentions import find_mentions, series_events
from ..parse import MONTHS
from ..phrasing import item_refs, join_words, role_on, source_refs, when_text, where_text
from ..places import AMBIGUOUS, COUNTRIES, places_in
from ..search import normalize, tokens
from .asked import BESIDES
from .events import event_line, find_event

#: A question is only read for a party when it holds one of these words (most questions hold none).
_CUES = frozenset(
    "represent represented representing represents representative representatives rep reps behalf delegate delegates delegation "
    "official officials minister ministers minster speaker speakers envoy ambassador government sent send from for "
    "address speech keynote".split()
)
_ASKS_WHO = frozenset("who whom which anyone anybody someone somebody main name names representative representatives rep reps "
                      "delegate delegates delegation envoy".split())  # "romania s representative at the hague?" asks who
_SAYING = frozenset("say said says saying quote quotes quoted words wording told tell".split())
_NOUNS = (r"(?:representatives?|reps?|delegates?|delegation|officials?|ministers?|minster|speakers?|envoys?|ambassadors?|leaders?"
          r"|government|side|people|person|address|speech|keynote|sent|send)")
_EVENT_NOUNS = r"(?:conferences?|summits?|pledge|cyber|events?|meetings?|exercises?|one)"
_EVENT_WORDS = rf"(?:{_EVENT_NOUNS}|defen[cs]e)"


def _party_names() -> dict[str, str]:
    """Normalised name or demonym -> the party it names ("dutch" -> "Netherlands"; "nato" -> "NATO")."""
    names = {normalize(name): country for country, others in COUNTRIES.items() for name in (country, *others)}
    return {"nato": "NATO", "the alliance": "NATO", **{n: c for n, c in names.items() if n not in ("english", "polish")}}


def _alternatives(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_NAMES = _party_names()
#: "us", "nl", "turkey" stand for a country only before a noun ("the us delegation") or after "the" ("for the us").
_PARTY = _alternatives(n for n in _NAMES if n not in AMBIGUOUS)
_PARTY_AT = lazy_pattern(
    rf"\b(?:represent(?:ed|ing|s)?|on behalf of|for|from) (?:the (?P<the>{_alternatives(_NAMES)})|(?P<before>{_PARTY}))\b(?! {_EVENT_WORDS}\b)"
    rf"|\b(?P<after>{_alternatives(_NAMES)})(?: itself| s)?(?P<role>(?: (?!{_EVENT_NOUNS}\b)[a-z]+){{0,2}}? {_NOUNS})\b"
)
_WITH_THE = frozenset({"Netherlands", "United States", "United Kingdom"})
_HOSTS_ASKED = lazy_pattern(r"^(?:who|which \w+) (?:co ?)?(?:hosted|hosts|host|organi[sz]ed)\b")
#: Where the words about the event start: "... at the rome conference in 2022", "... attended the farnesina conference".
_EVENT_START = lazy_pattern(r"\b(?:at|in|to|during|from|attended|attend|attending|joined|visited|addressed) (?=\S)")


@dataclass(frozen=True)
class Party:
    """Who a question asks about: ``label`` as shown ("Romania", "NATO"), ``names`` as role titles write it."""

    label: str
    names: tuple[str, ...]
    role: frozenset[str] = frozenset()  # role words asked with it: "the dutch *defence minister*"
    role_text: str = ""

    def holds(self, title: str | None) -> bool:
        padded = f" {normalize(title or '')} "
        words = {ROLE_SYNONYMS.get(w, w) for w in padded.split()}
        return any(f" {name} " in padded for name in self.names) and self.role <= words


def find_party(text: str) -> tuple[Party, str] | None:
    """The party ``text`` asks about, and the text without it: ("which lithuanian official ..." -> Lithuania)."""
    match = _PARTY_AT.search(text)
    if match is None:
        return None
    group = next(g for g in ("the", "before", "after") if match[g])
    name = match[group]
    country = _NAMES[name]
    names = tuple(n for n, party in _NAMES.items() if party == country)
    start, end = match.span(group)
    role = frozenset(ROLE_SYNONYMS.get(w, w) for w in (match["role"] or "").split() if w in ROLE_WORDS)
    role = frozenset().union(*(ROLE_EXPANSIONS.get(w, {w}) for w in role))
    label = f"the {country}" if country in _WITH_THE else country
    return Party(label, names, role, match["role"].strip() if role else ""), f"{text[:start]} {text[end:]}"


def answer_party(lookup: Lookup, text: str, today: dt.date, whole: str = "") -> Reply | None:
    """Who took part in the event ``text`` names for the party it names; None when it asks something else.

    ``whole``: the message as typed, where the event may stand outside the clause that asks
    ("at the berlin conference, who was there from lithuania?")."""
    words = set(text.split())
    if not words & _CUES or not words & _ASKS_WHO or words & _SAYING or _HOSTS_ASKED.match(text):
        return None
    found = find_party(text)
    if found is None:
        return None
    party, rest = found
    event = event_named(lookup, BESIDES.sub("", rest), today)
    if event is None and whole and (in_whole := find_party(normalize(whole).replace(" s ", " "))):
        event = event_named(lookup, BESIDES.sub("", in_whole[1]), today)
    if event is None:
        return no_such_event(lookup, BESIDES.sub("", rest), today) or _which_event(lookup, party, rest)
    day = event.when.start.first_day()
    besides = BESIDES.search(rest)
    left_out = set(lookup.named(besides[0], on=day).people) if besides else set()
    present = people_at(lookup, event)
    fitting = [(p, verb) for p, verb in present if party.holds(role_on(p, day)) and p not in left_out]
    if not fitting and party.role and " when " in f" {text} ":
        return None  # "estonia s prime minister when tallinn hosted it": the role's holder then, at the event or not
    if not fitting:
        return _nobody(lookup, party, event, present, bool(left_out))
    names = join_words(f"{p.name} ({role_on(p, day)})" for p, _ in fitting)
    blocks = tuple(Block(_what_they_did(p, verb, event, day), style="item", heading=p.name) for p, verb in fitting)
    people = [p for p, _ in fitting]
    # "the dutch defence minister at the hague" asks for a person; "who spoke for nato there" about the event
    refs = item_refs([*people, event] if party.role else [event, *people])
    return Reply(
        "answer",
        event_messages.party_at(party.label, event.name, names),
        blocks=blocks,
        fields=_event_fields(event),
        items=refs,
        sources=source_refs(lookup.knowledge, [event, *people]),
        suggestions=(f"event {event.name}", *(f"who {p.name}" for p in people[:1])),
    )


def people_at(lookup: Lookup, event: Event) -> list[tuple[Person, str]]:
    """Everyone the knowledge records at ``event``: its speakers ("spoke"), then its participants ("took part")."""
    people = lookup.knowledge.people
    return [(people[p], "spoke") for p in event.speakers if p in people] + [
        (people[p], "took part") for p in event.participants if p in people and p not in event.speakers
    ]


def event_named(lookup: Lookup, text: str, today: dt.date) -> Event | None:
    """The one event ``text`` names and whose year, month and places it meets; None if not exactly one."""
    mentions = find_mentions(lookup, text, today)
    if cities := [p for _, p in places_in(text) if p.is_city and p not in mentions.places]:  # "when tallinn hosted it"
        mentions = replace(mentions, places=(*mentions.places, *cities))
    if mentions.ordinal is not None:  # "the second pledge conference": that edition of the series, or none
        series = mentions.series or mentions.loose_series
        editions = series_events(lookup, series) if series else []
        edition = editions[mentions.ordinal - 1] if 0 < mentions.ordinal <= len(editions) else None
        return edition if edition is not None and not unmet(edition, mentions) else None
    phrase = event_phrase(text, bool(mentions.places))
    event = find_event(lookup, phrase) if phrase else None
    dated_kind = mentions.kind in _GATHERINGS and (mentions.year or mentions.month)  # "that conference in may 2024"
    if not (mentions.places or mentions.series or dated_kind) and (
        not set(tokens(phrase)) - _GENERIC - _DATE_WORDS or lookup.best(phrase, ("event",), min_coverage=NAMED_OUTRIGHT) is not event
    ):
        return None  # "at the conference", "in 2021": no event named; "at lancaster house" is one
    if event is not None and event.kind != "publication" and not unmet(event, mentions):
        return event
    fits = fitting(lookup, mentions)
    return fits[0] if len(fits) == 1 else None


def fitting(lookup: Lookup, mentions) -> list[Event]:
    """The gatherings (conferences, summits ...) that meet the places, year and series named; [] when none is named."""
    if not (mentions.places or mentions.year or mentions.series):
        return []
    kind = mentions.kind if mentions.kind in _GATHERINGS else None  # "the article skips it" names no kind of event
    return [e for e in could_meet(lookup, mentions) if e.kind in _GATHERINGS and (kind is None or e.kind == kind) and not unmet(e, mentions)]


def event_phrase(text: str, places: bool) -> str:
    """The words naming the event: after the first "at", "in", "attended" ... followed by an event word or a place
    (``places``: the text names one), else after the first of them; "" when there is none."""
    starts = [m.end() for m in _EVENT_START.finditer(text)]
    start = next((n for n in starts if places or re.search(_EVENT_WORDS, text[n:])), starts[0] if starts else None)
    return text[start:].strip() if start is not None else ""


def no_such_event(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """"... at the 2020 pledge conference": the honest miss for an event named by year, place or series that the
    knowledge lacks, with the nearest entries as suggestions; None when ``text`` names no such thing."""
    mentions = find_mentions(lookup, text, today)
    if not (mentions.year or mentions.places) or not (mentions.series or mentions.kind or mentions.places):
        return None
    noun = mentions.series or mentions.kind or "event"
    named = [f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year else [])
    return missed(lookup, noun, named, nearest(lookup, mentions, mentions.kind if mentions.kind in _GATHERINGS else None))


def _which_event(lookup: Lookup, party: Party, text: str) -> Reply | None:
    """"who represented nato at the conference": which one? The events where the party is recorded."""
    kind = next((_KIND_OF[w] for w in text.split() if w in _KIND_OF), None)
    if kind is None and not {"event", "events"} & set(text.split()):
        return None  # "who was the romanian minister": no event asked about
    events = [e for e in reversed(lookup.events_by_date) if e.kind in _GATHERINGS and (kind is None or e.kind == kind)
              and any(party.holds(role_on(p, e.when.start.first_day())) for p, _ in people_at(lookup, e))]
    shown = events[:PAGE_SIZE]  # newest first
    return Reply("usage", event_messages.which_event(party.label, len(events), kind or "event"), blocks=tuple(event_line(e) for e in shown),
                 items=item_refs(shown), suggestions=tuple(f"event {e.name}" for e in shown[:2]) + ("events",))


def _what_they_did(person: Person, verb: str, event: Event, day: dt.date) -> str:
    """"Spoke, as Foreign Minister of Romania." and the sentence of their summary about this event, if any."""
    line = event_messages.took_part_as(verb, role_on(person, day))
    marks = {w for w in (event.city, str(event.when.start.year)) if w}
    about = next((s for s in _SENTENCE.split(person.summary or "") if any(m in s for m in marks)), None)
    return f"{line} {about}" if about else line


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
NAMED_OUTRIGHT = 0.75  # coverage of the words in an event's names (a match only in its text is at most 0.5)
_GENERIC = frozenset("nato cyber defence defense pledge annual conference conferences summit summits exercise exercises event "
                     "events meeting meetings one".split())
_DATE_WORDS = frozenset(MONTHS) | frozenset(str(y) for y in range(1950, 2100))
_GATHERINGS = frozenset("conference summit meeting exercise".split())


def _event_fields(event: Event) -> tuple[Field, ...]:
    where = where_text(event)
    return (Field("When", when_text(event.when)), *((Field("Where", where),) if where else ()))


def _nobody(lookup: Lookup, party: Party, event: Event, present: list[tuple[Person, str]], others: bool) -> Reply:
    """The honest miss: nobody for that party is recorded, then who is (labelled: not the answer)."""
    day = event.when.start.first_day()
    listed = "; ".join(f"{p.name} ({role_on(p, day) or 'role not recorded'}, {verb})" for p, verb in present)
    blocks = (Block(listed + ".", heading=event_messages.RECORDED_THERE),) if present else ()
    return Reply(
        "not_found",
        event_messages.nobody_for(party.label, event.name, others, party.role_text),
        blocks=blocks,
        fields=_event_fields(event),
        items=item_refs([event]),
        suggestions=(f"event {event.name}", "events"),
    )

