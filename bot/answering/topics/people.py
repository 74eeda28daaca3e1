"""who <person>: roles with dates, events, quotes; role titles resolved by date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...errors import UsageError
from ...knowledge.model import Person, Role
from ...reply import Block, Field, Reply
from .. import check_messages, messages, quote_messages
from ..described_people import role_words
from ..lookup import Lookup
from ..month_span import month_span, without_month
from ..phrasing import item_refs, shorten, source_refs
from ..places import Place, as_said, places_in
from ..unheld_places import holds_events
from ..search import normalize
from .general import not_found
from .named_in_text import answer_named_in_text
from .title_holders import titled, titles_reply
from ...patterns import lazy_pattern

#: Words after "who" that are not a name but a remembered quote, when a quote holds them.
SAID_WORDS = 4


def answer_who(lookup: Lookup, args: str, on: dt.date, *, today: dt.date | None = None) -> Reply:
    """``who <person>``: a name, part of a name, a typo, or a role ("secretary general", held on ``on``)."""
    if not args.strip():
        raise UsageError(messages.WHO, ("who rutte", "who secretary general", "help who"))
    if person := lookup.by_id("person", args):
        return person_reply(lookup, person)
    if today is None and (year := _IN_YEAR.search(args)):  # the command "who secretary general in 2023"
        return answer_who_in_year(lookup, args[: year.start()] + args[year.end() :], int(year[1]), on)
    if (post := unheld_post(lookup, args)) is not None:  # "who was the saceur that stoltenberg said ...": no one holds it here
        return not_found(check_messages.no_holder(post), suggestions=(f"search {post.lower()}",))
    named = lookup.named(args, on=on)
    if not named.role and (held := titled(lookup, args)):  # "who defence minister": the titles holding both words,
        people = list(dict.fromkeys(p for p, _ in held))  # never one person matched on the word of an alias
        return person_reply(lookup, people[0]) if len(people) == 1 else titles_reply(lookup, held, args)
    if named.role and not named.people and (before := _last_holder(lookup, named.role, on)) is not None:
        person, role = before  # "who was the dutch prime minister": nobody now, the latest one before
        return _role_reply(lookup, named.role, person, _last_day_held(role, on), today or on)
    if named.role:
        return _role_reply(lookup, named.role, named.people[0] if named.people else None, on, today or on)
    if not named.people and len(named.rest) >= SAID_WORDS:  # "who sed there is nothing immoral in ...": a misspelt "said"
        from .quotes import answer_who_said

        if (said := answer_who_said(lookup, args)).kind == "answer":
            return said
    if not named.people and (led := _place_led(args)) is not None:  # "who was in berlin": who took part there, not a person
        from .events import answer_event  # called "in berlin"

        words, place = led
        if (reply := answer_event(lookup, f"in {words}", "speakers")).kind != "not_found":
            return reply
        if not holds_events(lookup, place):  # "who was in oslo"
            return not_found(messages.have_no("event", [f"in {as_said(place.name)}"]), suggestions=("events",))
    if not named.people and (mention := answer_named_in_text(lookup, args)) is not None:
        return mention  # "who is cyber berkut": the one sentence naming the group that claimed the 2014 ddos
    if not named.people:
        people = [p for p in lookup.knowledge.people.values() if lookup.quotes_of(p) or lookup.events_with(p)]
        mentioned = bool(lookup.hits(args, ("quote", "event", "pledge", "initiative"), limit=1, min_coverage=0.3))
        title, more = messages.nobody_called(args, [p.name for p in people[:6]], mentioned)
        return not_found(title, more, ((f"search {shorten(args, 40)}",) if mentioned else ()) + tuple(f"who {p.name}" for p in people[:3]))
    return person_reply(lookup, named.people[0], others=named.people[1:])


def _place_led(args: str) -> tuple[str, Place] | None:
    """"in berlin", "at tirana in 2025": the words after a leading "in" or "at" and the place they start with, when
    they start with one."""
    words = normalize(args).split()
    if words[:1] not in (["in"], ["at"]) or not (found := places_in(" ".join(words[1:]))) or words[1] != found[0][0].split()[0]:
        return None
    return " ".join(words[1:]), found[0][1]


#: Posts a question may ask the holder of that the knowledge may name no one for ("who was saceur then").
_POSTS = frozenset("saceur sact dsaceur commander admiral spokesperson spokesman spokeswoman ambassador director".split())
_POST_LEAD = frozenset("the then nato s this that his her".split())


def unheld_post(lookup: Lookup, args: str) -> str | None:
    """The post ``args`` starts with ("the saceur that ...") when it is one of ``_POSTS`` and nobody in the knowledge held it."""
    words = [w for w in normalize(args).split() if w not in _POST_LEAD]  # "this saceur his name", "stoltenberg s saceur"
    # or last, after a person's name: "stoltenberg talks about saceur getting authority ... saceur" (two clauses run together)
    last = words[-1:] if words and words[0] in lookup.name_words else []
    post = next((w for w in (*words[:2], *last) if w in _POSTS), None)
    if post is None or lookup.role_holders(post) or post in role_words(lookup):  # "netherlands ambassador for cyber affairs"
        return None
    return post.upper() if post.startswith(("saceur", "sact", "dsaceur")) else post


def answer_who_in_year(lookup: Lookup, args: str, year: int, today: dt.date) -> Reply:
    """"who was secretary general in 2024?": everyone who held the role during that year, in order."""
    first, last, during = month_span(f"{args} {year}", year) or (dt.date(year, 1, 1), dt.date(year, 12, 31), f"in {year}")  # "sg in may 2024"
    middle, args = first + (last - first) / 2, without_month(args if month_span(args, year) else f"{args} {year}").removesuffix(f" {year}")
    named = lookup.named(args, on=middle)
    if not named.role:
        return answer_who(lookup, args, middle, today=today)
    held = list({p.id: (p, p.roles[n]) for p, n in lookup.role_holders(named.role) if _held_between(p.roles[n], first, last)}.values())
    held.sort(key=lambda pr: pr[1].start.first_day() if pr[1].start else first)
    if len(held) < 2:
        on = max(held[0][1].start.first_day(), first) if held and held[0][1].start else middle
        return _role_reply(lookup, named.role, held[0][0] if held else None, on, today, during=during)
    title = held[0][1].title
    people = [p for p, _ in held]
    return Reply(
        "answer",
        f"{title} {during}: " + ", then ".join(p.name for p in people),
        blocks=tuple(Block(role_text(r), style="item", heading=p.name) for p, r in held),
        items=item_refs(people),
        sources=source_refs(lookup.knowledge, people),
        suggestions=tuple(f"who {p.name}" for p in people[:3]),
    )


def answer_became(lookup: Lookup, who: str, role_words: str, today: dt.date, *, left: bool = False) -> Reply:
    """"when did Rutte become secretary general?": the first day of that role, as the knowledge records it."""
    named = lookup.named(who, on=today)
    if not named.people:
        return answer_who(lookup, who, today)
    person = named.people[0]
    phrase = normalize(role_words)
    roles = [person.roles[n] for p, n in lookup.role_holders(phrase) if p is person] if phrase else []
    role = roles[0] if roles else (person.roles[0] if person.roles else None)
    reply = person_reply(lookup, person)
    if phrase and not roles and (holders := lookup.role_holders(phrase)):  # "when did kallas become secretary general": she never
        return replace(reply, title=check_messages.never_held(person.name, holders[0][0].roles[holders[0][1]].title,  # did, as far as the
                                                        [p.name for p, _ in holders]))  # knowledge goes: who did
    if role is None:
        return replace(reply, title=f"The knowledge records no role for {person.name}")
    if left:  # "when did stoltenberg stop being secretary general"
        if role.end is None:
            return replace(reply, title=messages.still_holds(person.name, role.title))
        return replace(reply, title=messages.left_role(person.name, role.title, str(role.end)))
    if role.start is None:
        return replace(reply, title=f"The knowledge does not record when {person.name} became {role.title}")
    on = f"on {role.start}" if role.start.precision == "day" else f"in {role.start}"
    before = _holder_before(lookup, person, role)  # "when did rutte take over": from whom, too
    if before is None:
        return replace(reply, title=f"{person.name} became {role.title} {on}")
    return replace(reply, title=f"{person.name} became {role.title} {on}, after {before.name}", items=(*reply.items, *item_refs([before])))


def _holder_before(lookup: Lookup, person: Person, role: Role) -> Person | None:
    """Who held ``role`` last before ``person`` did (its holders whose term ended by the day it started)."""
    start = role.start.first_day()
    ended = [(p, p.roles[n].end) for p, n in lookup.role_holders(normalize(role.title)) if p is not person and p.roles[n].end]
    ended = [(p, end) for p, end in ended if end.first_day() <= start]
    return max(ended, key=lambda pe: pe[1].first_day(), default=(None,))[0]


def _last_holder(lookup: Lookup, phrase: str, on: dt.date) -> tuple[Person, Role] | None:
    """Who last held the role called ``phrase`` before ``on`` (its holders with a known start)."""
    held = [(p, p.roles[n]) for p, n in lookup.role_holders(phrase) if p.roles[n].start and p.roles[n].start.first_day() <= on]
    return max(held, key=lambda pr: pr[1].start.first_day(), default=None)


def _last_day_held(role: Role, on: dt.date) -> dt.date:
    if role.end is None:
        return on
    last = role.end.first_day() - dt.timedelta(days=1)
    return last if role.held_on(last) else role.start.first_day()


def _held_between(role: Role, first: dt.date, last: dt.date) -> bool:
    if role.start and role.start.first_day() > last:
        return False
    return not (role.end and role.end.first_day() <= first)


def _role_reply(lookup: Lookup, role: str, holder: Person | None, on: dt.date, today: dt.date, during: str | None = None) -> Reply:
    """The holder of ``role`` on ``on`` (or ``during`` a year); past tense for a day before ``today``."""
    day = during or f"on {on.day} {on:%B %Y}"
    if holder is None:
        held = [(p, p.roles[n]) for p, n in lookup.role_holders(role)]
        text = "It knows " + "; ".join(f"{p.name}: {role_text(r)}" for p, r in held) + "." if held else ""
        return not_found(f"The knowledge does not say who was {role} {day}", text, tuple(f"who {p.name}" for p, _ in held[:3]))
    others = [p for p, _ in lookup.role_holders(role) if p is not holder]
    reply = person_reply(lookup, holder)
    held = next((r for r in holder.roles if r.held_on(on)), None)
    if held is None:  # "who was stoltenberg secretary general from when to when": not on that day; the card gives the span
        return reply
    seen = [e for e in lookup.events_with(holder) if e.when.start.year <= on.year <= (e.when.end or e.when.start).year]
    if held.start is None and held.end is None and on < today and not seen and lookup.events_with(holder):
        event = lookup.events_with(holder)[0]  # an undated role is known only at the time of the events it is recorded at
        return replace(reply, kind="not_found", title=quote_messages.undated_then(held.title, day, holder.name, event.name, str(event.when)))
    if held.start is None and held.end is None:
        note = f"The knowledge lists {holder.name} as {held.title} without dates, so this may not be current."
    else:
        note = f"{holder.name} {'was' if on < today else 'is'} {held.title} {day} ({_span(held)})."
    if others and on >= today:  # a holder asked of a past day is that day's: later ones are not the answer
        note += " Others in the knowledge who held it: " + ", ".join(f"{p.name}" for p in dict.fromkeys(others)) + "."
    return Reply(
        reply.kind,
        f"{held.title}: {holder.name}",
        blocks=(Block(note), *reply.blocks),
        fields=reply.fields,
        items=reply.items,
        sources=reply.sources if on >= today else _own_first(reply.sources, others),
        suggestions=reply.suggestions,
    )


def _own_first(sources, others: list[Person]) -> tuple:
    """The holder's sources before those naming a later holder (a handover report): asked who held a role then, the
    answer leads with that holder's own sources, and the later holder is named only past the shown few, if at all."""
    names = {normalize(w) for p in others for w in (p.name, *p.aliases)}
    return tuple(sorted(sources, key=lambda s: any(f" {n} " in f" {normalize(s.title)} " for n in names)))


def person_reply(lookup: Lookup, person: Person, others=()) -> Reply:
    events = lookup.events_with(person)
    quotes = lookup.quotes_of(person)
    fields = [Field("Role" if len(person.roles) == 1 else "Roles", "; ".join(role_text(r) for r in person.roles))] if person.roles else []
    if wrote := [e for e in events if e.kind == "publication"]:
        fields.append(Field("Wrote", "; ".join(f"{e.name} ({e.when})" for e in wrote[:3])))
    if spoke := [e for e in events if e.kind != "publication"]:
        fields.append(Field("Events", "; ".join(f"{e.name} ({e.when})" for e in spoke[:5])))
    fields.append(Field("Quotes", str(len(quotes))))
    blocks = [Block(person.summary)] if person.summary else []
    if others:
        blocks.append(Block("Also matching: " + ", ".join(p.name for p in others[:5])))
    suggestions = ([f"quotes {person.name}", f"quote {person.name}"] if quotes else []) + [f"event {e.name}" for e in events[:1]]
    return Reply(
        "answer",
        person.name,
        blocks=tuple(blocks),
        fields=tuple(fields),
        items=item_refs([person, *events[:5]]),
        sources=source_refs(lookup.knowledge, [person]),
        suggestions=tuple(suggestions[:3]) or ("events",),
    )


def role_text(role: Role) -> str:
    return f"{role.title} ({_span(role)})" if role.start or role.end else role.title


def _span(role: Role) -> str:
    if role.start and role.end:
        return f"{role.start} – {role.end}"
    return f"since {role.start}" if role.start else f"until {role.end}"


#: Patterns of the functions above, compiled with the others when a bot loads (``bot.patterns``).
_IN_YEAR = lazy_pattern(r"\s+\b(?:(?:in|during|as of|back in) )?((?:19|20)\d\d)\b")  # "who sg in 2019", "who nato sg 2023"
