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
from typing import NamedTuple

from ...knowledge.model import Event, Person, Role
from ...patterns import lazy_pattern
from ...reply import Block, Field, Reply
from .. import event_messages, quote_messages
from ..lookup import Lookup
from ..role_words import ROLE_EXPANSIONS, ROLE_SYNONYMS, ROLE_WORDS, role_kin
from ..phrasing import (
    item_refs,
    join_words,
    role_on,
    sentences,
    source_refs,
    when_text,
    where_text,
)
from ..places import AMBIGUOUS, COUNTRIES, as_said
from ..normalizing import normalize, word_set
from .asked import BESIDES
from .party_events import party_event, people_at, role_then
from .named_event import (
    EVENT_NOUNS,
    EVENT_WORDS,
    event_named,
    no_such_event,
)

#: A question is only read for a party when it holds one of these words (most questions hold none).
_CUES = frozenset(
    "represent represented representing represents representative representatives rep reps behalf delegate delegates delegation "
    "official officials minister ministers minster speaker speakers envoy ambassador government sent send from for "
    "address speech keynote secretary chief boss leader leaders head politician politicians figure figures person people woman man guy".split()
)
_ASKS_WHO = frozenset("who whom which any anyone anybody someone somebody main name names representative representatives rep reps "
                      "delegate delegates delegation envoy senior highest".split())  # "romania s representative at the hague?", "the most senior nato person at berlin?" ask who
#: Nouns that ask for a person, as a role does: "who is the woman from romania at the hague", "which british government
#: minister addressed london" (their card first; the plural asks who was there: the event first).
_ONE_PERSON = frozenset("woman man lady guy gentleman person politician figure minister delegate envoy ambassador officials representatives delegates".split())
_SAYING = frozenset("say said says saying quote quotes quoted words wording told tell".split())
_ROLE_WORDS = ROLE_WORDS | {"secretary", "general", "boss"}
_NOUNS = (r"(?:representatives?|reps?|delegates?|delegation|officials?|ministers?|minster|speakers?|envoys?|ambassadors?|leaders?"
          r"|secretary general|chief|boss"
          r"|government|side|people|person|politicians?|figures?|address|speech|keynote|sent|send)")


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
    rf"\brepresent(?:ed|ing|s)? (?:the )?(?P<represented>{_alternatives(n for n in _NAMES if n not in ('us', 'u s'))}|(?<=the )u ?s)\b(?! {EVENT_WORDS}\b)"  # "represented china", "... the us"
    rf"|\b(?:on behalf of|for|from) (?:the (?P<the>{_alternatives(_NAMES)})|(?P<before>{_PARTY}))\b(?! {EVENT_WORDS}\b)"
    rf"|\b(?P<after>{_alternatives(_NAMES)})(?: itself| s)?(?P<role>(?: (?!{EVENT_NOUNS}\b)[a-z]+){{0,2}}? {_NOUNS})\b"
)
_WHICH_ROLE = lazy_pattern(r"\b(?:which|what) ((?:[a-z]+ ){0,2}?[a-z]+) (?:came|was|were|spoke|attended|represented|travell?ed|flew|went)\b")
_HOSTS_ASKED = lazy_pattern(r"^(?:who|(?:which|what)(?: \w+){1,3}?) (?:(?:was|were|is|acted as|played|stood) (?:the )?)?(?:co ?)?(?:hosted|hosts|host|organi[sz]ed)\b")


class Party(NamedTuple):
    """Who a question asks about: ``label`` as shown ("Romania", "NATO"), ``names`` as role titles write it."""

    label: str
    names: tuple[str, ...]
    role: frozenset[str] = frozenset()  # role words asked with it: "the dutch *defence minister*"
    role_text: str = ""

    def holds(self, role: Role | None) -> bool:
        """Whether ``role`` (held at the event) is the party's, and the role asked if one was ("the dutch defence minister")."""
        if role is None:
            return False
        padded = f" {normalize(role.title)} "
        if not any(f" {name} " in padded for name in self.names):
            return False
        names = [set(padded.split()), *(set(normalize(a).split()) for a in role.aliases)]
        return not self.role or any(self.role <= role_kin({ROLE_SYNONYMS.get(w, w) for w in words}) and ("deputy" in self.role or "deputy" not in words or self.role <= _ANY_MINISTER)
                                    for words in names)  # the secretary general or the foreign minister asked: not the deputy; "a minister": any


_ANY_MINISTER = frozenset(("minister",))


def find_party(text: str) -> tuple[Party, str] | None:
    """The party ``text`` asks about, and the text without it: ("which lithuanian official ..." -> Lithuania)."""
    match = _PARTY_AT.search(text)
    if match is None:
        return None
    group = next(g for g in ("represented", "the", "before", "after") if match[g])
    name = match[group]
    country = _NAMES[name]
    names = tuple(n for n, party in _NAMES.items() if party == country)
    start, end = match.span(group) if group == "after" else match.span()  # "from nato": the preposition goes with the party
    asked = match["role"] or (which[1] if group != "after" and (which := _WHICH_ROLE.search(text[:start])) else "")
    role = frozenset(ROLE_SYNONYMS.get(w, w) for w in asked.split() if w in _ROLE_WORDS)  # "which minister came from romania"
    role = frozenset().union(*(ROLE_EXPANSIONS.get(w, {w}) for w in role))
    label = as_said(country)
    return Party(label, names, role, asked.strip() if role else ""), f"{text[:start]} {text[end:]}"


def answer_party(lookup: Lookup, text: str, today: dt.date, whole: str = "") -> Reply | None:
    """Who took part in the event ``text`` names for the party it names; None when it asks something else.

    ``whole``: the message as typed, where the event may stand outside the clause that asks
    ("at the berlin conference, who was there from lithuania?"), or the question itself when the clause taken
    as the question is another ("i would like to get this right: who represented estonia ...")."""
    found, whole = _asked_party(text), _INCLUDING.sub("", whole) if "includ" in whole else whole  # "the full line-up, including any nato officials": all
    longer = len(whole) > len(text) + _CLAUSE_SLACK  # a clause of a longer message was taken as the question
    if found is None and longer and (who := _WHO_ON.search(normal := normalize(whole).replace(" s ", " "))):
        found = _asked_party(normal[who.start():])
    elif found is None and whole and not longer:  # "speakers from canada at tirana?": the party as typed, before its rephrasing
        found = _asked_party(normalize(whole).replace(" s ", " "))
    if found is None:
        return None
    party, rest = found
    rest = _AND_WHO_AT.sub("", rest)  # "... at the hague, and who at rome": the first event here, the second below
    event = event_named(lookup, BESIDES.sub("", rest), today)
    if event is None and whole and (in_whole := find_party(normalize(whole).replace(" s ", " "))):
        event = event_named(lookup, BESIDES.sub("", in_whole[1]), today)
    if event is None and not isinstance(event := no_such_event(lookup, BESIDES.sub("", rest), today) or party_event(lookup, party, rest), Event):
        return event  # no such event, or which of the party's? ("the dutch minister next to odobescu at that conference": the one)
    besides = BESIDES.search(rest)
    left_out = set(lookup.named(besides[0], on=_day(event)).people) if besides else set()
    events = [event, *_and_who_at(lookup, whole or text, event, today)]  # "..., and who at the tirana conference?"
    groups = [(e, [(p, verb) for p, verb in people_at(lookup, e) if party.holds(role_then(p, _day(e))) and p not in left_out])
              for e in events]
    if not any(people for _, people in groups):
        return _held_then(lookup, party, event) or _nobody(lookup, party, event, bool(left_out))
    people = [p for _, found in groups for p, _ in found]
    title = "; ".join(event_messages.party_at(party.label if n == 0 else "", e.name, join_words(
        f"{p.name} ({role_on(p, _day(e))})" for p, _ in found) or event_messages.NOBODY_RECORDED) for n, (e, found) in enumerate(groups))
    if len(events) == 1 and party.label.removeprefix("the ") in {h.removeprefix("the ") for h in event.hosts}:
        label = f"{party.label[:1].upper()}{party.label[1:]}"
        title = f"{label} co-hosted {event.name}; {title}" if len(event.hosts) > 1 else f"{label} hosted {event.name}; {title}"
    blocks = tuple(Block(_what_they_did(p, verb, e, _day(e)), style="item", heading=p.name) for e, found in groups for p, verb in found)
    # "the dutch defence minister at the hague" asks for a person; "who spoke for nato there" about the event
    return Reply(
        "answer",
        title,
        blocks=blocks,
        fields=_event_fields(event) if len(events) == 1 else (),
        items=item_refs([*people, *events] if party.role or not _ONE_PERSON.isdisjoint(word_set(text)) else [*events, *people]),
        sources=source_refs(lookup.knowledge, [*events, *people]),
        suggestions=(f"event {event.name}", *(f"who {p.name}" for p in people[:1])),
    )


def _day(event: Event) -> dt.date:
    return event.when.start.first_day()


_AND_WHO_AT = lazy_pattern(r"\band (?:who|whom|which one|whose)(?: (?:was|were|is|it was|represented|spoke|for))?(?: it| them)? (?:at|in|for) (?P<rest>.+)$")


def _and_who_at(lookup: Lookup, whole: str, first: Event, today: dt.date) -> list[Event]:
    """The second event of "who was X at A, and who at B?" (a message may ask the same of two events)."""
    match = _AND_WHO_AT.search(normalize(whole)) if whole and " and " in whole else None
    # "and who at the 2022 one": one of the kind (or series) asked about first
    second = (event_named(lookup, match["rest"], today) or event_named(lookup, f"{match['rest']} {normalize(first.series or first.kind)}", today)
              if match else None)
    return [second] if second is not None and second is not first else []


def _held_then(lookup: Lookup, party: Party, event: Event) -> Reply | None:
    """"who was nato s secretary general at the hague conference": nobody with that role is recorded there, but the
    role's holder on that day is known: said, with that the knowledge does not record them there."""
    if not party.role:
        return None
    named = lookup.named(f"{party.names[0]} {party.role_text}", on=_day(event))
    if not named.role or not named.people:
        return None
    holder = named.people[0]
    role = role_then(holder, _day(event))
    if role is not None and role.start is None and role.end is None and (undated := _undated(lookup, holder, role, event)) is not None:
        return undated  # "the dutch defence minister at the paris conference (2018)": her undated role is known only in 2024
    return Reply(
        "answer",
        event_messages.held_then(role.title if role else party.role_text, holder.name, str(event.when.start), event.name),
        blocks=_recorded_there(lookup, event),
        fields=_event_fields(event),
        items=item_refs([holder, event]),
        sources=source_refs(lookup.knowledge, [holder, event]),
        suggestions=(f"who {holder.name}", f"event {event.name}"),
    )


def _undated(lookup: Lookup, holder: Person, role: Role, event: Event) -> Reply | None:
    """The honest miss when a role without dates is asked of an event in a year the holder is recorded at nothing."""
    known = lookup.events_with(holder)
    year = event.when.start.year
    if not known or any(e.when.start.year <= year <= (e.when.end or e.when.start).year for e in known):
        return None
    title = quote_messages.undated_then(role.title, f"at {event.name} ({event.when})", holder.name, known[0].name, str(known[0].when))
    return Reply("not_found", title, fields=_event_fields(event), items=item_refs([event]), suggestions=(f"who {holder.name}", f"event {event.name}"))


def _asked_party(text: str) -> tuple[Party, str] | None:
    words = word_set(text)
    if not words & _CUES or words & _SAYING or not (words & _ASKS_WHO or _PEOPLE_FIRST.match(text)) or _HOSTS_ASKED.match(text):
        return None
    return find_party(text)


#: Asking whether anyone took part, or naming them first, asks who: "were there speakers from canada in tirana",
#: "speakers from canada at tirana?", "were there canadian officials at the hague".
_PEOPLE_FIRST = lazy_pattern(r"^(?:(?:were|was|are|is) (?:there )?(?:also |any |some |an? )?(?:\S+ )?)?(?:speakers?|officials?|ministers?|delegates?|delegations?"
                             r"|representatives?|envoys?|ambassadors?|people|politicians?)\b")  # "were (also) people from lithuania there"


_CLAUSE_SLACK = 12  # characters of punctuation and chatter a one-clause question may lose when normalised
_WHO_ON, _INCLUDING = lazy_pattern(r"\b(?:who|whom|which)\b"), lazy_pattern(r"\b(?:including|includes|include)\b[^.?!;]*", re.IGNORECASE)


def _what_they_did(person: Person, verb: str, event: Event, day: dt.date) -> str:
    """"Spoke, as Foreign Minister of Romania." and the sentence of their summary about this event, if any."""
    line = event_messages.took_part_as(verb, role_on(person, day))
    marks = {w for w in (event.city, str(event.when.start.year)) if w}
    about = next((s for s in sentences(person.summary or "") if any(m in s for m in marks)), None)
    return f"{line} {about}" if about else line




def _event_fields(event: Event) -> tuple[Field, ...]:
    where = where_text(event)
    return (Field("When", when_text(event.when)), *((Field("Where", where),) if where else ()))


def _nobody(lookup: Lookup, party: Party, event: Event, others: bool) -> Reply:
    """The honest miss: nobody for that party is recorded, then who is (labelled: not the answer); when the event's own
    account names the party among those taking part ("foreign ministers (of ... albania) took part"), that sentence."""
    if not others and not party.role and (said := _named_in_account(party, event)):
        return Reply("answer", event_messages.named_in_account(party.label, event.name, said), blocks=_recorded_there(lookup, event),
                     fields=_event_fields(event), items=item_refs([event]), suggestions=(f"event {event.name}", "events"))
    return Reply(
        "not_found",
        event_messages.nobody_for(party.label, event.name, others, party.role_text),
        blocks=_recorded_there(lookup, event),
        fields=_event_fields(event),
        items=item_refs([event]),
        suggestions=(f"event {event.name}", "events"),
    )



def _named_in_account(party: Party, event: Event) -> str | None:
    """The first sentence of ``event``'s summary or notes naming ``party`` among those taking part, or None (not "relying
    on russia for energy": no one's part)."""
    names = {f" {normalize(n)} " for n in party.names} | {f" {normalize(party.label)} "}
    return next((s for text in (event.summary, event.notes) if text for s in sentences(" ".join(text.split()))
                 if _TOOK_PART.search(s) and any(n in f" {normalize(s)} " for n in names)), None)


_TOOK_PART = lazy_pattern(r"\b(?:took part|take part|attended|participat\w*|joined|delegat\w*|were present)\b", re.IGNORECASE)


def _recorded_there(lookup: Lookup, event: Event) -> tuple[Block, ...]:
    """Who the knowledge does record at ``event``, each with the role held then: shown beside a miss, labelled."""
    present = people_at(lookup, event)
    listed = "; ".join(f"{p.name} ({role_on(p, _day(event)) or 'role not recorded'}, {verb})" for p, verb in present)
    return (Block(listed + ".", heading=event_messages.RECORDED_THERE),) if present else ()
