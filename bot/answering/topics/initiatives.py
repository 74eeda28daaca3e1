"""Initiatives: NATO's standing centres, teams, platforms and programmes."""

from __future__ import annotations

from ..constraints import YEARS
from ...knowledge.model import Initiative
from ...reply import Block, Field, Reply
from ..lookup import Lookup
from ..search import tokens
from ..phrasing import item_refs, sentences, shorten, source_refs
from ...patterns import lazy_pattern

#: A sentence that says when a thing began, not only when it was mentioned.
_BEGUN = lazy_pattern(r"\b(?:developed|set up|established|created|launched|founded|began|begun|started|introduced|deployable|operational|piloted|approved|agreed)\b")


def initiative_reply(lookup: Lookup, initiative: Initiative, focus: str | None = None) -> Reply:
    """An initiative; ``focus="when"`` leads with when it was established, or without that date the first sentence of its text that holds a year."""
    knowledge = lookup.knowledge
    events = [knowledge.events[e] for e in initiative.events if e in knowledge.events]
    fields = [Field("Kind", initiative.kind)]
    if initiative.established:
        fields.append(Field("Established", str(initiative.established)))
    if initiative.aliases:
        fields.append(Field("Also called", ", ".join(initiative.aliases)))
    if events:
        fields.append(Field("Related", "; ".join(f"{e.name} ({e.when})" for e in events[:4])))
    title = initiative.name
    if focus == "when":
        dated = None if initiative.established else next((s for s in sentences(initiative.summary) if YEARS.search(s) and _BEGUN.search(s)), None)
        title += f": established {initiative.established}" if initiative.established else " (the knowledge does not say when it was established)"
        title += f"; its text says: {shorten(dated, 200)}" if dated else ""  # "the concept was developed from 2011 ..."
    return Reply(
        "answer",
        title,
        blocks=(Block(initiative.summary),),
        fields=tuple(fields),
        items=item_refs([initiative, *events[:4]]),
        sources=source_refs(knowledge, [initiative]),
        suggestions=tuple(f"event {e.name}" for e in events[:2]) + ("search " + initiative.name,),
    )


#: Words a list of initiatives may be asked with that filter nothing: "which initiatives do you have on record".
_ANY = frozenset("you u have got hold keep know there are were exist existing record file knowledge database nato cyber defence "
                 "defense all any current".split())


def answer_initiatives(lookup: Lookup, rest: str) -> Reply | None:
    """Every initiative, one line each (kind, when established); None when ``rest`` asks something more of them."""
    if set(tokens(rest)) - _ANY:
        return None  # "which initiatives came out of vilnius": the routes answer it
    found = sorted(lookup.knowledge.initiatives.values(), key=lambda i: i.name.lower())
    lines = tuple(Block("", style="item", heading=f"{i.name} ({i.kind}" + (f", established {i.established})" if i.established else ")"))
                  for i in found)
    return Reply("list", f"{len(found)} initiatives in the knowledge", blocks=lines, items=item_refs(found),
                 sources=source_refs(lookup.knowledge, found), suggestions=tuple(f"search {i.name}" for i in found[:2]))
