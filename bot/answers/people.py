"""who <person>: roles with dates, events, quotes; role titles resolved by date."""

from __future__ import annotations

import datetime as dt

from ..errors import UsageError
from ..lookup import Lookup
from ..model import Person, Role
from ..phrasing import item_refs, shorten, source_refs
from ..reply import Block, Field, Reply
from .general import not_found


def answer_who(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``who <person>``: a name, part of a name, a typo, or a role ("secretary general", held on ``today``)."""
    if not args.strip():
        raise UsageError("Who? For example `who rutte` or `who secretary general`.", ("help who",))
    if person := lookup.by_id("person", args):
        return person_reply(lookup, person)
    named = lookup.named(args, on=today)
    if named.role:
        return _role_reply(lookup, named.role, named.people[0] if named.people else None, today)
    if not named.people:
        people = [p for p in lookup.knowledge.people.values() if lookup.quotes_of(p) or lookup.events_with(p)]
        return not_found(
            f"There is nobody called “{shorten(args, 60)}” in the knowledge",
            "People in the knowledge include " + ", ".join(p.name for p in people[:6]) + ".",
            tuple(f"who {p.name}" for p in people[:3]),
        )
    return person_reply(lookup, named.people[0], others=named.people[1:])


def _role_reply(lookup: Lookup, role: str, holder: Person | None, on: dt.date) -> Reply:
    day = f"{on.day} {on:%B %Y}"
    if holder is None:
        held = [(p, p.roles[n]) for p, n in lookup.role_holders(role)]
        text = "It knows " + "; ".join(f"{p.name}: {_role_text(r)}" for p, r in held) + "." if held else ""
        return not_found(f"The knowledge does not say who was {role} on {day}", text, tuple(f"who {p.name}" for p, _ in held[:3]))
    others = [p for p, _ in lookup.role_holders(role) if p is not holder]
    reply = person_reply(lookup, holder)
    held = next(r for r in holder.roles if r.held_on(on))
    note = f"{holder.name} is {held.title} on {day}" + (f" ({_span(held)})." if held.start else ".")
    if others:
        note += " Others in the knowledge who held it: " + ", ".join(f"{p.name}" for p in dict.fromkeys(others)) + "."
    return Reply(
        reply.kind,
        f"{held.title}: {holder.name}",
        blocks=(Block(note), *reply.blocks),
        fields=reply.fields,
        items=reply.items,
        sources=reply.sources,
        suggestions=reply.suggestions,
    )


def person_reply(lookup: Lookup, person: Person, others=()) -> Reply:
    events = lookup.events_with(person)
    quotes = lookup.quotes_of(person)
    fields = [Field("Role" if len(person.roles) == 1 else "Roles", "; ".join(_role_text(r) for r in person.roles))] if person.roles else []
    if events:
        fields.append(Field("Spoke at", "; ".join(f"{e.name} ({e.when})" for e in events[:5])))
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


def _role_text(role: Role) -> str:
    return f"{role.title} ({_span(role)})" if role.start or role.end else role.title


def _span(role: Role) -> str:
    if role.start and role.end:
        return f"{role.start} – {role.end}"
    return f"since {role.start}" if role.start else f"until {role.end}"
