"""What was new at one gathering that an earlier one did not have: the bodies and decisions that came between them.

    "what new NATO structure came up in Tirana that didn't exist yet at Berlin?"
        -> New between First annual NATO Cyber Defence Conference and NATO Cyber Defence Conference 2025:
           NATO Integrated Cyber Defence Centre (established 10 July 2024) …
    "what was new at the hague compared with rome?"  -> the decisions and bodies dated between the two

New is what the knowledge dates after the earlier gathering ended and by the end of the later one: initiatives
established, and decisions agreed unless bodies are asked for ("what new structure"). Tried only when the question says "new" and names two gatherings; pure.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import event_label, item_refs, join_words, source_refs
from .comparisons import entry_named

#: "what new <thing> came up at X that did not exist (yet) at Y", "what was new at X compared with / since Y".
_NEW_AT = lazy_pattern(
    r"^what (?:new |newly (?:created |established |set up ))(?:\S+ ){0,3}?(?:came up|was (?:mentioned|new|there|discussed|on show|presented)|appeared|featured|showed up|existed|were (?:mentioned|there|discussed))"
    r" (?:at|in|by|during) (?P<x>.+?) (?:that|which) (?:did not|had not|was not|were not|didn t|hadn t) (?:yet )?(?:exist|come up|feature|there|around|been around)(?: yet)? (?:at|in|by|during|back at|back in) (?P<y>.+)$"
    r"|^what (?:was|is|s) new (?:at|in|by) (?P<x2>.+?) (?:compared (?:with|to)|since|versus|vs|relative to|that was not (?:there )?at) (?P<y2>.+)$")


#: "what new structure", "new bodies": bodies asked for, not decisions.
_BODY_NOUNS = lazy_pattern(r"\b(?:structures?|bod(?:y|ies)|cent(?:re|er)s?|units?|organi[sz]ations?|capabilit(?:y|ies)|institutions?|hubs?|agenc(?:y|ies))\b")


def answer_new_since(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The bodies and decisions dated between two gatherings ``question`` names (the later first), or None."""
    if "new" not in question.split() or (match := _NEW_AT.match(question)) is None:
        return None
    later, earlier = (entry_named(lookup, match[g] or "", today) for g in (("x", "y") if match["x"] else ("x2", "y2")))
    if not isinstance(later, Event) or not isinstance(earlier, Event) or later.id == earlier.id:
        return None
    if later.when.start.first_day() < earlier.when.start.first_day():
        later, earlier = earlier, later  # "what was new at berlin since tirana": the order the dates say
    since, until = (earlier.when.end or earlier.when.start).first_day(), (later.when.end or later.when.start).first_day()
    knowledge = lookup.knowledge
    bodies = [i for i in knowledge.initiatives.values() if i.established and since < i.established.first_day() <= until]
    decisions = [] if _BODY_NOUNS.search(question) else [p for p in knowledge.pledges.values() if since < p.date.first_day() <= until]
    new = sorted([*bodies, *decisions], key=lambda e: (e.established if e in bodies else e.date).first_day())
    if not new:
        return Reply("not_found", f"The knowledge records nothing new between {event_label(earlier)} and {event_label(later)}",
                     items=item_refs([later, earlier]), suggestions=(f"event {later.name}", f"event {earlier.name}"))
    lines = [f"- {e.name} ({'established ' + str(e.established) if e in bodies else 'agreed ' + str(e.date)})" for e in new]
    title = f"New between {earlier.name} and {later.name}: {join_words(e.name for e in new)}"
    return Reply("answer", title, blocks=(Block("\n".join(lines), heading=f"Dated after {since:%-d %B %Y} and by {until:%-d %B %Y}"),),
                 items=item_refs([later, *new, earlier]), sources=source_refs(knowledge, new),
                 suggestions=(f"event {later.name}", f"event {earlier.name}", "pledges"))
