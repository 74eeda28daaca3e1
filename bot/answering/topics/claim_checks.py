"""Claims to check: "I read that X. Is that correct?", "is it true that X", "X, right?" (``claims.as_claim``).

The reply is the entry the claim is about, led by what the knowledge holds of the fact claimed:

    "Mark Rutte attended the Tirana conference in person"
        -> "No: Mark Rutte addressed NATO Cyber Defence Conference 2025 by video, not in person"
    "the Cyber Defence Pledge was agreed at the Wales Summit in 2014"
        -> "No: Cyber Defence Pledge was agreed on 8 July 2016 at NATO Warsaw Summit 2016 (Warsaw, Poland), not at NATO Wales Summit 2014"
    "Mircea Geoană spoke at The Hague as NATO Secretary General"
        -> "No: Mircea Geoană spoke at NATO Cyber Defence Pledge Conference 2024 as NATO Deputy Secretary General; ..."
    "the Berlin conference was the very first NATO cyber defence conference" -> "Only partly: ..."

The subject (the words before the claim's verb) names the entry: a person with an event
is a claim about that event; a pledge, initiative or event is one about itself. Where
the knowledge does not settle the claim, the entry answers alone, its facts on the card.
A claim about what someone said is left to the quote checks; a negated claim gets the
facts without a yes or no.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Initiative, Person, Pledge
from ...reply import Reply
from .. import event_messages, messages
from ..claims import CLAIM_PREFIX, CLAIM_VERB, claim_of
from ..decision_claims import decision_first
from ..lookup import Lookup
from ..constraints import STRICT_KINDS, could_meet, missed, nearest, unmet
from ..mentions import find_kind, find_mentions, find_ordinal, find_year, loose_series, series_events
from ..phrasing import item_refs, when_text, where_text
from ..places import PLACES, locations_in, places_in
from ..search import normalize, tokens
from .events import answer_where_spoke, event_reply, find_event
from .named_event import fitting as gatherings_fitting
from .general import nothing_about
from .claimed_event import event_in, held_in
from .dated_claims import initiative_claim, pledge_claim
from .established_by import decision_of
from ..earlier_events import EARLIER
from .claim_order import check_edition, check_kind_order
from .claim_facts import before_date, check_event_dates, check_series, check_when, undated, check_venue, names_building
from .either_claims import answer_either_claim
from .claim_subjects import decision_before_places, names_post_only, person_with_scene, thing_claimed, without_where_told
from .claimed_title import claimed_title
from .claim_people import Findings, holds_role, part_in, role_claim, title_claim
from .tenure_claims import tenure_claim
from .nationality_claims import nationality_claim, represented_claim
from .negated_claims import answer_negated
from .host_claims import as_passive, check_hosts
from .people_hosting import people_hosting
from ...patterns import lazy_pattern
from ..presence_words import IN_PERSON, MANNER, REMOTE

_SAYING = lazy_pattern(r"\b(?:said|say|says|wrote|quoted|called (?:it|them|china|russia)|words?|quote|quotes)\b")
_ANYONE = frozenset("nato allies alliance members member states leaders heads government governments they we".split())
_GATHERINGS = frozenset(("conference", "summit", "meeting"))
#: Being at a gathering, or the way of being there ("attended", "in person", "by video"): the claim is about one.
_ATTENDANCE = lazy_pattern(r"\b(?:attended|attend|was there|were there|present)\b")
_DECIDED = lazy_pattern(r"\b(?:decided|agreed|approved|endorsed)\b")
_NEGATED = lazy_pattern(r"\b(?:not|never|no|didn t|wasn t|weren t)\b")
_HOSTING = lazy_pattern(r"\b(?:hosted|co hosted|hosts|host|organi[sz]ed|co organi[sz]ed|organi[sz]ers?)\b")
#: Words of a claim that name no entry: verbs and fillers, dropped before an event is looked up by the rest.
_VAGUE_EVENT = frozenset("event thing one gathering do meeting".split())
_EARLIEST = lazy_pattern(r"\b(?:oldest|earliest|very earliest)\b")
_BE_PLACE = lazy_pattern(r"^(was|is|were|are) (?=\S+(?: \S+)?$)")
#: A predicate whose kind word names what the subject (a place) held: "hosted the first summit", "held a conference".
_HOSTED = lazy_pattern(r"(?:hosted|held|organi[sz]ed|staged|was home to|saw)\b")
#: What an actor did something to, then where or when: "(allies agreed) the pledge | in brussels".
#: A claim of where or when an unnamed "it" was: what it is comes from the conversation, not from the claim.
_POINTED = ("it ", "that ", "this ")
_ONLY_POINTED = lazy_pattern(r"^(?:it|that|this) (?:was|is)(?: not|n t)? (?:really |actually |even )?(?:at|in|on|during) ")
_DONE_TO = lazy_pattern(r"^(?P<thing>\S.*?) (?P<rest>(?:in|at|on|during|from) \S.*)$")


def answer_claim(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The reply to "is it true that <claim>" (normalised), or None when it is no such question or a claim about words said."""
    claim = _EARLIEST.sub("first", claim) if (claim := claim_of(decision_first(text)) or claim_of(text)) is not None else None  # "the oldest conference was X"; "fact check: the warsaw summit recognised X": X first
    if claim is not None and (negative := answer_negated(lookup, claim, today, lambda positive: answer_claim(lookup, CLAIM_PREFIX + positive, today))):
        return negative  # "stoltenberg never wrote anything about cyber": its positive checked, the answer turned
    if claim is None or _SAYING.search(claim) or claim.startswith(_POINTED) and _ONLY_POINTED.match(claim):
        return None  # "it wasn't at wales, was it" with nothing talked about: "it" is no entry to check (never the NICC)
    if " or " in claim and (either := answer_either_claim(claim, lambda one: answer_claim(lookup, CLAIM_PREFIX + one, today))) is not None:
        return either  # "was the 2024 pledge conference in amsterdam or the hague": the one that holds
    claim = as_passive(claim) or claim  # "nato itself hosted the berlin conference": the event is what it is about
    verb = CLAIM_VERB.search(claim)  # none in "berlin nato s first cyber defence conference ever": it names its entry and its facts at once
    subject, predicate = (claim[: verb.start()].strip(), claim[verb.start() :]) if verb else (decision_before_places(lookup, before_date(claim)), claim)
    subject, predicate = person_with_scene(lookup, without_where_told(subject), predicate, today)  # "rutte on stage in tirana | was there in person"
    if set(tokens(subject)) <= _ANYONE and verb and (done := _DONE_TO.match(claim[verb.end():].strip())) \
            and isinstance(thing_claimed(lookup, done["thing"], claim), (Pledge, Initiative)):
        subject, predicate = done["thing"], f"was {verb[0]} {done['rest']}"  # "allies agreed the pledge in brussels": the pledge was agreed in brussels
    elif set(tokens(subject)) <= _ANYONE:  # "allies agreed the pledge in 2014": the rest names what it is about, and its facts
        subject, predicate = " ".join(w for w in CLAIM_VERB.sub(" ", claim).split() if not w.isdigit()), claim
    if (put := _PUT_FIRST.match(predicate)) and find_ordinal(subject) and find_kind(subject) and not loose_series(subject) \
            and all(w in PLACES or w.isdigit() for w in put["named"].split()):  # "nato's first ever cyber conference | was berlin 2023":
        subject, predicate = put["named"], f"was {subject}"  # berlin's claimed place among all conferences
    negated = bool(_NEGATED.search(predicate))
    named = lookup.named(subject, on=today) if subject else None
    if named is not None and (hosted := people_hosting(lookup, named.people, predicate, event_in(lookup, predicate), negated)) is not None:
        return hosted  # "ollongren and odobescu were the co hosts": the event's hosts, and the part they had
    if named is not None and named.people and not named.role and len(named.rest) <= 1:  # "mark rutte", "geoana"
        return _person_claim(lookup, named.people[0], predicate, negated, today)
    if named is not None and named.people and named.role and not named.rest and (person := _by_name(lookup, subject, named.role, today)):
        event = event_in(lookup, predicate)  # "dutch prime minister mark rutte addressed ...": the title claimed, checked too;
        titled = title_claim(lookup, person, named.role, event, negated) if event is not None else None  # a wrong one leads
        return titled or _person_claim(lookup, person, f"{predicate} as {named.role}", negated, today)
    if named is not None and named.people and named.role and not named.rest:  # "the albanian pm spoke by video at tirana": the
        event = event_in(lookup, predicate)  # role's holder at that event, not today's
        then = lookup.named(subject, on=event.when.start.first_day()).people if event is not None else named.people
        return _person_claim(lookup, (then or named.people)[0], predicate, negated, today)
    if places_in(subject) and (not _VAGUE_EVENT.isdisjoint(subject.split()) or all(w in PLACES or w.isdigit() for w in tokens(subject))):  # "the berlin event", "the rome one", "rome 2022": the event there
        subject = " ".join(w for w in subject.split() if w not in _VAGUE_EVENT)
        thing = _event_named(lookup, subject, predicate, today)
        return _event_claim(lookup, thing, predicate, negated, today) if thing is not None else _unmet_claim(lookup, claim, today)
    thing = thing_claimed(lookup, subject, claim)
    bare_place = bool(subject.split()) and all(w in PLACES or w.isdigit() or w == "the" for w in subject.split())  # "rome was in 2022": the event there
    if isinstance(thing, Event) or find_kind(subject) or bare_place or (find_ordinal(predicate) and find_kind(predicate) and places_in(subject)):  # an event ("the 2020 pledge conference"), with the year, place and series named
        thing = _event_named(lookup, subject, predicate, today)
    if thing is None:  # "the 2023 pledge conference was in berlin": what it names is not in the knowledge
        return _unmet_claim(lookup, claim, today)
    if isinstance(thing, Pledge):
        return pledge_claim(lookup, thing, predicate, negated)
    if isinstance(thing, Initiative) and _DECIDED.search(predicate) and (decision := decision_of(lookup, thing)) is not None:
        return pledge_claim(lookup, decision, predicate, negated)  # "the cyber centre was decided at vilnius": the decision's day and place
    if isinstance(thing, Initiative):
        return initiative_claim(lookup, thing, predicate, negated)
    return _event_claim(lookup, thing, predicate, negated, today)


def _by_name(lookup: Lookup, subject: str, role: str, today: dt.date) -> Person | None:
    """The one person a titled subject names by name ("secretary general jens stoltenberg": not the holder of the title today)."""
    by_name = lookup.named(subject.replace(role, " "), on=today)
    return by_name.people[0] if len(by_name.people) == 1 and not by_name.role else None


_GATHERINGS = frozenset({"conference", "summit", "meeting", "exercise"})


def _event_named(lookup: Lookup, subject: str, predicate: str, today: dt.date) -> Event | None:
    """The event the subject names and meets (with its year, place, series); of several it names as fully and of
    the kind it names ("the london conference"), the one the claimed year or place fits, so that a claim true
    of one of them is not called false."""
    named, kind = find_mentions(lookup, subject, today), find_kind(subject)
    if kind in _GATHERINGS and subject.split()[0] in ("a", "an", "any", "some"):  # "a summit was held in lisbon in 2023": was one?
        claimed = find_mentions(lookup, f"{subject} {predicate}", today)
        return next((e for e in could_meet(lookup, claimed) if e.kind == kind and not unmet(e, claimed)), None)
    if named.ordinal and (series := named.series or named.loose_series):  # "the second pledge conference was in london"
        editions = series_events(lookup, series)
        return editions[named.ordinal - 1] if named.ordinal <= len(editions) else None
    claimed = find_mentions(lookup, predicate, today)
    if kind is None and claimed.kind in STRICT_KINDS and _HOSTED.match(predicate):  # "brussels hosted the first summit": a summit there, or none
        kind = claimed.kind
        named = replace(named, kind=kind)
    alike = [e for h in lookup.hits(subject, ("event",), limit=10) if h.coverage >= 0.99
             for e in (lookup.item(h.ref),) if (kind is None or e.kind == kind) and not unmet(e, named)]
    if named.series and not (named.year or named.places or named.date) and (claimed.places or claimed.year) and not _HOSTING.search(predicate):
        alike = series_events(lookup, named.series)  # "the annual conference was in warsaw": any of the series' editions
    fitting = [e for e in alike if not unmet(e, claimed)] or [e for e in alike if not unmet(e, replace(claimed, date=None, month=None))]  # a day wrong
    named_exactly = [e for e in alike if normalize(subject).removeprefix("the ") in {normalize(n) for n in (e.name, *e.aliases)}]  # "the london conference"
    if not fitting and len(named_exactly) == 1:
        return named_exactly[0]
    if not fitting and len(alike) > 1 and (claimed.places or claimed.year) and not _HOSTING.search(predicate):
        return None  # "the pledge conference was held in oslo": several fit the subject, none the place or year claimed
    if fitting or alike:
        return (fitting or alike)[0]
    event = find_event(lookup, subject)
    if event is not None and not unmet(event, named):
        return event
    fits = gatherings_fitting(lookup, named)  # "the 2024 annual conference": the one gathering that meets its year and series
    return fits[0] if len(fits) == 1 else None


def _unmet_claim(lookup: Lookup, claim: str, today: dt.date) -> Reply:
    """"the 2020 conference was in tallinn": "I have no conference in Tallinn in 2020.", with the nearest as suggestions;
    where some event does meet all that ("it was in 2024"), the claim names nothing: nothing matches it."""
    mentions = find_mentions(lookup, claim, today)
    if mentions.other_body:  # "interpol s cybercrime summit in singapore, was nato there": another body's gathering
        return missed(lookup, mentions.other_body, [], [])
    if not (mentions.places or mentions.year or mentions.series) or any(not unmet(e, mentions) for e in could_meet(lookup, mentions)):
        return nothing_about(lookup, claim)
    failed = [f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year else [])
    return missed(lookup, mentions.series or mentions.kind or "event", failed, nearest(lookup, mentions, mentions.kind), skipped="claim")


_SPEAKING = lazy_pattern(r"\b(?:spoke|speak|speaks|speaking|speech|speeches|address|addressed|keynote|talk|talked|remarks|opened|open)\b")


def _person_claim(lookup: Lookup, person: Person, predicate: str, negated: bool, today: dt.date) -> Reply | None:
    """"geoana spoke at the hague as secretary general", "rutte attended tirana in person": that event, and the person's part in it."""
    if (nationality := nationality_claim(lookup, person, predicate, negated)) is not None:
        return nationality  # "odobescu is dutch": her country, not an event in the Netherlands
    if (represented := represented_claim(lookup, person, predicate, negated)) is not None:
        return represented  # "odobescu represented bulgaria at the hague": romania, not an event in belgium
    said = lookup.named(predicate, on=today)
    role = said.role or claimed_title(person, predicate)  # "… was uk defence secretary at …": a title nobody holds is claimed too
    asked = " ".join(said.rest) if said.role else predicate.replace(role, " ") if role else predicate  # "defence secretary": no defence conference
    if (tenure := tenure_claim(lookup, person, role, predicate, negated)) is not None:
        return tenure  # "stoltenberg was sg until 2025": the end of the role, not an event of 2025
    event = None if names_post_only(predicate) else event_in(lookup, asked) or event_in(
        lookup, undated(asked))  # "on 10 nov 2023": the event at the place named; "her ministry is defence": no event
    if (_GATHERING.search(predicate) or _in_a_city(predicate)) and _TAKING_PART.search(predicate) and (elsewhere := _place_unmet(lookup, event, predicate, today)) is not None:
        return elsewhere  # "stoltenberg spoke at a conference in copenhagen": no event there, not the nearest one as a yes
    if event is None and (_ATTENDANCE.search(predicate) or MANNER.search(predicate)) and len(attended := lookup.events_attended(person)) == 1:
        event = attended[0]  # "rutte attended in person": the one gathering he is recorded at
    if event is None and EARLIER.search(predicate) and _TAKING_PART.search(predicate):  # "geoana spoke at an earlier pledge
        return answer_where_spoke(lookup, person.name, predicate, "where", today)  # conference as well": which one
    if event is None:
        return role_claim(lookup, person, role, find_year(predicate), negated)
    reply = event_reply(lookup, event, "speakers")
    if role and not holds_role(lookup, person, role, event.when.start.first_day()):  # "… as dutch pm": a post not held leads
        reply = replace(reply, items=(*item_refs([person]), *(i for i in reply.items if i.id != person.id)))
    if person.id in event.participants and person.id not in event.speakers:  # "was parly at the paris pledge conf": yes, no speech
        return replace(reply, title=event_messages.took_part(person.name, event.name, bool(_SPEAKING.search(predicate))))
    if person.id not in event.speakers:
        return replace(reply, title=messages.not_a_speaker(person.name, event.name, reply.title))
    found = Findings()
    check_when(event, predicate, found, None if said.role else person)  # "... at rome in 2023", "... as foreign minister"
    spoke = part_in(lookup, person, event, predicate, role, found)
    return found.lead(reply, negated) if found.wrong or found.right or found.partly else replace(reply, title=spoke)


#: What a claim puts an edition to: "(the first conference) | was berlin 2023", "... was in rome".
_PUT_FIRST = lazy_pattern(r"^(?:was|is) (?:in |at )?(?P<named>\S+(?: \S+)?)$")
_GATHERING = lazy_pattern(r"\b(?:conference|conferences|summit|summits|meeting|event|gathering|exercise)\b")
_TAKING_PART = lazy_pattern(r"\b(?:spoke|speak|speaks|speaking|addressed|opened|open|attended|attend|went|took part|was at|were at|was there|gave)\b")


_SPOKE_IN = lazy_pattern(r"\b(?:spoke|speak|speaks|addressed|attended|was|were) (?:(?:in person|by video|there) )?(?:in|at) (?:the )?(?P<place>[a-z]+(?: [a-z]+){0,2}?)"
                         r"(?: (?:about|on|regarding) .+)?$")  # "spoke in sao paulo about cyber"


def _in_a_city(predicate: str) -> bool:
    """"spoke in oslo (about cyber)": a city named where someone spoke (a gathering there meant); not "spoke as foreign minister of romania"."""
    return (said := _SPOKE_IN.search(predicate)) is not None and (place := PLACES.get(said["place"])) is not None and place.is_city


def _place_unmet(lookup: Lookup, event: Event | None, predicate: str, today: dt.date) -> Reply | None:
    """The honest miss when the gathering a claim puts a person at names a place no such gathering was held in;
    None when the event found meets the place named, or no place is named."""
    named = find_mentions(lookup, predicate, today)
    if not named.places or (event is not None and not unmet(event, replace(named, year=None, date=None, month=None))):
        return None
    return _unmet_claim(lookup, predicate, today) if not any(not unmet(e, named) for e in could_meet(lookup, named)) else None


_HAPPENED = {"publication": "was published", "announcement": "was announced", "incident": "took place"}  # else "was held"


def _event_claim(lookup: Lookup, event: Event, predicate: str, negated: bool, today: dt.date) -> Reply:
    """"the hague conference took place in 2023", "... was co hosted by romania", "... was the very first ...": the event's own facts."""
    hosting = bool(_HOSTING.search(predicate))
    reply = event_reply(lookup, event, "hosts" if hosting else None)
    found = Findings()
    at = "," if (event.venue or "").startswith("virtual") else " at" if event.venue else " in"  # "..., virtual, hosted from Tallinn"
    held = f"{event.name} {_HAPPENED.get(event.kind, 'was held')} {when_text(event.when)}" + (f"{at} {where_text(event)}" if where_text(event) else "")
    check_event_dates(event.when, predicate, held, found)  # the year, month and days claimed
    check_series(event, predicate, found)  # "tirana 2025 was a pledge conference": the series it belongs to
    if (event.venue or "").startswith("virtual") and (IN_PERSON.search(predicate) or REMOTE.search(predicate)):
        found.add(bool(REMOTE.search(predicate)), f"{event.name} was held virtually ({event.venue})")  # "tallinn hosted it in person"
    elif (event.venue or event.city) and event.kind in _GATHERINGS and REMOTE.search(predicate) and not IN_PERSON.search(predicate):
        found.add(False, f"{held}; the knowledge records it at a place, not virtual")  # "was the rome conference online"
    elif (event.venue or event.city) and event.kind in _GATHERINGS and IN_PERSON.search(predicate):
        found.add(True, f"{held}; the knowledge records it at a place, in person")  # "was the hague conference held in person"
    building = not hosting and names_building(event, predicate)
    if building:  # "at the italian defence ministry": the venue, not the country the adjective names
        check_venue(event, predicate, held, found)
    if hosting:
        check_hosts(event, predicate, found)
    for place in [] if hosting or building else locations_in(_BE_PLACE.sub(r"\1 in ", predicate)):  # "it was berlin": held there
        found.add(held_in(event, place), held)
    if (ordinal := find_ordinal(predicate)) is not None and event.series:
        if (actual := check_edition(lookup, event, ordinal, predicate, found)) is not None and not hosting:
            reply = event_reply(lookup, actual)  # "tirana was the first one": the card of the one that was
    elif ordinal is not None and event.kind in _GATHERINGS and find_kind(predicate) == event.kind:
        check_kind_order(lookup.events_by_date, event, ordinal, found)  # "warsaw was the first summit": no numbering of summits
    said = lookup.named(predicate, on=event.when.start.first_day())
    for person in [] if hosting else said.people[:3]:  # "the berlin conference was opened by stoltenberg"
        if person.id in event.speakers:
            part_in(lookup, person, event, predicate, None, found)
        else:
            found.add(False, messages.not_a_speaker(person.name, event.name, "").strip())
    return found.lead(reply, negated)
