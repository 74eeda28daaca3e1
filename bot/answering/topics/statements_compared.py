"""Two people's calls or statements set side by side: "Stoltenberg's ask in 2022 vs what Rutte said in 2025 about money".

    "Stoltenberg's ask in 2022 vs what Rutte said in 2025 about money - did it move?"
        -> Side by side: Jens Stoltenberg (2022): Call to recommit to cyber defence; Mark Rutte (2025): Allies stepping up
           their investment in cyber defence — each with what the knowledge says of it
    "stoltenberg in rome vs rutte in tirana on investment" -> the same, by the gatherings' years

Each side names one person (and may name a year); their statements are the knowledge's calls and statements made by
them (``Pledge.by`` names them, never an Allied decision), in the year and at the city a side names. Tried only when the message
sets two sides against each other ("vs", "versus", "compared with"); None unless each side has a statement. Pure.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Pledge
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..mentions import find_year
from ..phrasing import item_refs, shorten, source_refs
from ..places import places_in
from ..search import normalize

_SIDES = lazy_pattern(r"\s(?:vs|versus|compared (?:with|to)|against)\s")
#: Words that ask what someone stated, not who they are: "X's ask", "what Y said", "... on money".
_STATED = lazy_pattern(r"\b(?:ask|asked|asks|said|say|says|call|called|calls|statement|statements|message|words|line|stance|position|demand|demanded|urged|on|about)\b")


def answer_statements_compared(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """Each side's statements, side by side, or None when ``question`` (normalised) does not set two people's apart."""
    sides = _SIDES.split(question)
    if len(sides) != 2 or not _STATED.search(question):
        return None  # "stoltenberg vs rutte": the two people (people_compared.py)
    found = [_statements(lookup, side, today) for side in sides]
    if not all(found) or found[0][0] is found[1][0]:
        return None  # a side names nobody, or nobody with a statement; or both name the same person
    title = "Side by side: " + "; ".join(f"{person.name} ({', '.join(str(s.date.first_day().year) for s in said)}): "
                                         + ", ".join(s.name for s in said) for person, said in found)
    statements = [s for _, said in found for s in said]
    blocks = tuple(Block(shorten(s.summary, 300), style="item", heading=f"{s.name} ({s.date})") for s in statements)
    return Reply("answer", title, blocks=blocks, items=item_refs(statements), sources=source_refs(lookup.knowledge, statements),
                 suggestions=tuple(f"pledge {s.name}" for s in statements[:2]))


def _statements(lookup: Lookup, side: str, today: dt.date):
    """(the person a side names, their statements in the year it names) or None."""
    people = lookup.named(side, on=today).people
    if len(people) != 1:
        return None
    person, year, cities = people[0], find_year(side), {normalize(place.name) for _, place in places_in(side) if place.is_city}
    said = [p for p in lookup.knowledge.pledges.values() if _made_by(p, person.name) and (year is None or p.date.first_day().year == year)
            and (not cities or normalize(getattr(lookup.knowledge.events.get(p.event or ""), "city", "") or "") in cities)]  # "rutte in tirana"
    return (person, said) if said else None


def _made_by(pledge: Pledge, name: str) -> bool:
    return normalize(pledge.by).startswith(normalize(name))
