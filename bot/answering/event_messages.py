"""The chat sentences of the answers about who took part in an event and which came first.

Beside ``messages.py`` (which holds every other fixed sentence, and is full), in
the same style: pure functions of the values the topic modules pass in, plain
sentences, no platform names.
"""

from __future__ import annotations

from .messages import _echo

# ---- who took part, for whom -----------------------------------------------------------------
RECORDED_THERE = "Who the knowledge records there (not the answer)"


NOBODY_RECORDED = "nobody recorded"


def party_at(party: str, event: str, people: str) -> str:  # "Romania at X: Luminița Odobescu (Foreign Minister of Romania)"
    """``party`` "" for a second event of the same party: "...; at Y: Mark Rutte (...)"."""
    return f"{party[:1].upper()}{party[1:]} at {event}: {people}" if party else f"at {event}: {people}"


def also_took_part(speakers_line: str, names: str) -> str:
    return f"{speakers_line}; also took part: {names}"


def held_then(role: str, name: str, day: str, event: str) -> str:
    return f"{role} on {day}: {name}, who the knowledge does not record at {event}"


def nobody_for(party: str, event: str, others: bool, role: str = "") -> str:
    as_role = f" as {role}" if role else ""
    return f"The knowledge records nobody {'else ' if others else ''}representing {party}{as_role} at {event}"


def named_in_account(party: str, event: str, sentence: str) -> str:
    return f"The account of {event} names {party} among those taking part: {sentence} (nobody of {party} is recorded by name)"


def which_event(party: str, count: int, noun: str = "event") -> str:
    if not count:
        return f"Which {noun}? The knowledge records nobody representing {party} at any {noun}"
    return f"Which {noun}? The knowledge records {party} at {count} {noun}{'s' if count != 1 else ''}: name one by its place or year"


def took_part_as(verb: str, role: str | None) -> str:  # "Spoke, as Foreign Minister of Romania."
    return f"{verb.capitalize()}, as {role}." if role else f"{verb.capitalize()}."


def person_events(count: int, noun: str, name: str, verbs: str) -> str:  # "4 conferences where Jens Stoltenberg spoke"
    return f"{count} {noun if count != 1 else noun[:-1]} where {name} {verbs}"


def no_speech_took_part(name: str, events: list[str]) -> str:
    """"Florence Parly took part in Cyber Defence Pledge Conference 2018; no speech by Florence Parly is recorded"."""
    return f"{name} took part in {events[0] if len(events) == 1 else f'{len(events)} events'}; no speech by {name} is recorded"


def no_person_events(noun: str, name: str, asked: str) -> str:
    limit = f" {_echo(asked, 40)}" if asked else ""
    return f"The knowledge names no {noun} where {name} spoke or took part{limit}"


def person_at(name: str, verb: str, event: str, where: str) -> str:  # "Kajsa Ollongren spoke at X (The Hague, Netherlands)"
    return f"{name} {verb} {event} ({where})" if where else f"{name} {verb} {event}"


def no_venue(event: str, where: str | None) -> str:
    return f"The knowledge does not record the venue (building) of {event}" + (f"; it took place in {where}" if where else "")


def which_of(present: list[str], absent: list[str], event: str) -> str:
    """"Jens Stoltenberg spoke at X; Mark Rutte is not recorded there" (a miss first when neither was).

    ``present``: "Jens Stoltenberg spoke", "Greta Monika Tučkutė took part"."""
    verb = "is" if len(absent) == 1 else "are"
    if not present:
        return f"The knowledge records neither of them at {event}: {' and '.join(absent)} {verb} not recorded there"
    there = f"{' and '.join(present)} {'in' if present[-1].endswith('took part') else 'at'} {event}"
    return f"{there}; {' and '.join(absent)} {verb} not recorded there" if absent else there


# ---- an edition that did not take place, a series' first edition -----------------------------
THE_SERIES = "The series: {name}"


def no_edition(noun: str, year: int, said: str, claim: bool) -> str:
    """"There was no Cyber Defence Pledge Conference in 2020: the 2020 edition ... was postponed because of COVID-19"."""
    said = said[:1].lower() + said[1:] if said[:2] != said[:2].upper() else said
    return f"No: there was no {noun} in {year}; {said}" if claim else f"There was no {noun} in {year}: {said}"


def of_another_series(asked: str, named: list[str], title: str) -> str:
    """"I have no NATO Cyber Defence Conference in 2022. Of another series: NATO Cyber Defence Pledge Conference 2022: …"."""
    return f"I have no {asked} {' '.join(named)}. Of another series: {title}"


def series_agreed(series: str, name: str, where: str, when: str) -> str:
    """"The NATO Cyber Defence Conference series was agreed at NATO Vilnius Summit 2023: Vilnius, Lithuania, 11–12 July 2023"."""
    return f"The {series} series was agreed at {name}: " + ", ".join(part for part in (where, when) if part)


def series_began(series: str, name: str, where: str, when: str) -> str:
    """"The Cyber Defence Pledge Conference series began with Cyber Defence Pledge Conference 2018: Paris, France, 15 May 2018"."""
    return f"The {series} series began with {name}: " + ", ".join(part for part in (where, when) if part)


def hosted_yes(place: str, labels: list[str]) -> str:
    """"Yes: Estonia hosted Cyber Defence Pledge Conference 2021 (Tallinn, 15 April 2021)"."""
    held = labels[0] if len(labels) == 1 else f"{len(labels)}: " + "; ".join(labels)
    return f"Yes: {place} hosted {held}"


def region_member(region: str, places) -> str:
    """"Estonia (a Baltic country)"; with none or several of them, "a Baltic country"."""
    return f"{places[0].name} (a {region} country)" if len(places) == 1 else f"a {region} country"


def next_edition(label: str) -> str:
    return f"The next one held: {label}"


# ---- what an article claims, checked against the knowledge's notes -----------------------------
_REPORTING = ("presents ", "calls ", "drops ", "uses ", "leaves ", "repeats ", "says ", "gives ", "adds ", "omits ", "puts ")


def noted(clause: str) -> str:
    """A note's clause as a title: "drops "illegal" from ..." -> "The article drops "illegal" from ..."."""
    clause = clause.rstrip(" .")
    if clause.startswith("It ") and clause[3:].startswith(_REPORTING):  # "It calls this NATO's first ..."
        clause = clause[3:]
    if clause.startswith(_REPORTING):
        return f"The article {clause}"
    return clause[:1].upper() + clause[1:]


def not_recorded(clause: str) -> str:
    return f"The knowledge does not record it: {clause.rstrip(' .')}"


def of_series(event: str, series: str, position: int, others: list[str]) -> str:
    """"X was a Cyber Defence Pledge Conference (edition 5 of that series), not a NATO Cyber Defence Conference"."""
    edition = f" (edition {position} of that series)" if position else ""
    return f"{event} was a {series}{edition}" + (f", not a {' or '.join(others)}" if others else "")


def counted_at(event: str, sentence: str) -> str:
    return f"{event}: {sentence.rstrip('.')}"


def also_decided(known: str, event: str, others: list[str]) -> str:
    return f"Besides {known}, {event} also agreed: {'; '.join(others)}"


def not_counted(event: str) -> str:
    return f"The knowledge does not record how many took part in {event}"


# ---- which came first, side by side ----------------------------------------------------------
def came_first(first: str, when_first: str, then: str, when_then: str) -> str:
    return f"{first} came first ({when_first}); {then} followed ({when_then})"


def relative_to(first: str, relation: str, other: str, order: str) -> str:  # "was A before or after B": A was after B
    return f"{first} was {relation} {other}: {order}"


def came_later(first: str, when_first: str, then: str, when_then: str) -> str:
    return f"{then} is the later one ({when_then}); {first} came before it ({when_first})"


def yes_or_no(yes: bool, sentence: str) -> str:
    return f"{'Yes' if yes else 'No'}: {sentence}"


def which_one(words: str, candidates: list[str]) -> str:  # "“the london one” names more than one entry: A or B"
    listed = candidates[0] if len(candidates) == 1 else ", ".join(candidates[:-1]) + " or " + candidates[-1]
    return f"“{_echo(words, 40)}” names more than one entry: {listed}"


def same_time(names: str, when: str) -> str:
    return f"{names} were at the same time ({when})"


def not_the_same(names: str) -> str:
    return f"{names} are different entries, side by side"


def kinds_of(names: str, kinds: list[str], alike: bool) -> str:
    return f"{names} are of the same kind ({kinds[0].split(': ', 1)[1]})" if alike else f"they are of different kinds ({'; '.join(kinds)})"


def compared(names: str) -> str:
    return f"Side by side: {names}"


def several_in(count: int, noun: str, year: int, places: str) -> str:  # "Yes: 2 conferences in 2024, in The Hague and London"
    return f"Yes: {count} {noun} in {year}, in {places}" if count > 1 else f"No: one {noun[:-1]} in {year}, in {places}"


def cannot_compare(text: str) -> str:
    return f"I could not tell which two entries “{_echo(text)}” names"


def several_fit(count: int, phrase: str) -> str:  # "when was the london conference": there were two
    return f"{count} events fit “{phrase}”: which one do you mean?"


def no_holder_on(role: str, day: str, event: str) -> str:
    """A role asked at an event on a day the knowledge records nobody in it: not today's holder."""
    return f"The knowledge does not record who was {role} on {day} ({event})"


# ---- the size of events ---------------------------------------------------------------------
NO_SIZE = "no attendance figure recorded"


def no_sizes(names: str) -> str:
    return f"The knowledge records no attendance figures for {names}"


def size_of(name: str, sentence: str) -> str:
    """Only one of the events compared has a figure: that one, and its sentence."""
    return f"Only {name} has a size recorded: {sentence}"


def sized_only(count: int, noun: str) -> str:
    """Asked which was biggest: only these have a figure, so no ranking of the rest."""
    return (f"Only {count} {noun}{'' if count == 1 else 's'} ha{'s' if count == 1 else 've'} a size recorded, so I cannot rank the others; "
            "the figures I have follow")


def sizes(figures: list[tuple[str, str]]) -> str:
    """Each event's figure, the largest number first; not always counted alike (delegates, participants), so no verdict."""
    return "Sizes as recorded (not always counted alike): " + "; ".join(f"{name}: {figure}" for name, figure in figures)


# ---- events with more than one host country ----------------------------------------------------
def cohosted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'} hosted by more than one country"


def none_cohosted(noun: str) -> str:
    return f"The knowledge records no {noun} hosted by more than one country"


NO_HOST = "Held there; no host recorded"


def hosted_by(hosts: str) -> str:
    return f"Hosted by {hosts}"


def hosted_by_country(count: int, noun: str, country: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'} hosted or co-hosted by {country}"


def none_hosted_by(noun: str, country: str) -> str:
    return f"The knowledge records no {noun} hosted by {country}"


def spoke_elsewhere(name: str, event: str, elsewhere: str, speakers: str) -> str:
    """"Pat McFadden is not among the speakers recorded at X; Pat McFadden spoke at Y (London, …). Speakers at X: A and B"."""
    where = f"; {name} spoke at {elsewhere}" if elsewhere else ""
    return f"{name} is not among the speakers recorded at {event}{where}. {speakers}"


def spoke_at_one(name: str, event: str, others: str) -> str:
    """"Jens Stoltenberg spoke at Cyber Defence Pledge Conference 2019 (London, 23 May 2019), not at NATO Cyber Defence Conference 2024"."""
    return f"{name} spoke at {event}, not at {others}"


def no_words_there(name: str, event: str, why: str) -> str:
    """"There is no quote by Jens Stoltenberg at X: Jens Stoltenberg is not among the speakers recorded at X; …"."""
    return f"There is no quote by {name} at {event}: {why}"


def took_part(name: str, event: str, speaking_asked: bool | None) -> str:
    """Someone recorded at an event with no speech: "Yes: Florence Parly took part in X (no speech recorded)" when asked
    whether she was there, "No speech by ... but ... took part" when asked whether she spoke; both said when not known."""
    if speaking_asked is None:
        return f"{name} took part in {event}; no speech by {name} is recorded there"
    if speaking_asked:
        return f"No speech by {name} is recorded at {event}, but {name} took part"
    return f"Yes: {name} took part in {event} (no speech recorded)"


def only_part_recorded(precision: str, name: str, when: str) -> str:
    """Asked for a day the knowledge does not hold: "The knowledge records only the month of X (November 2008), not the day"."""
    return f"The knowledge records only the {precision} of {name} ({when}), not the day"
