"""pledges, pledge [query]: what was pledged, when and where, and later calls to recommit."""

from __future__ import annotations

import re
from dataclasses import replace

from ...knowledge.model import Pledge
from ...reply import Block, Field, Reply
from ...patterns import lazy_pattern
from ..lookup import Lookup, pledge_default
from ..parse import parse_year
from .. import messages
from ..constraints import at_place
from ..places import PLACES, as_said, places_in
from ..phrasing import item_refs, quote_block, shorten, source_refs, where_text
from ..parts import without_parts
from ..search import normalize, tokens
from ..thing_nouns import ATTACK_NOUNS
from .events import KIND_WORDS, event_reply, find_event
from .established_by import initiatives_set_up
from .general import not_found, nothing_about

#: The topic every decision in the knowledge has, named before where or when: "(agree) on cyber defence | at vilnius".
_CYBER_TOPIC = lazy_pattern(r"^(?:on |about |regarding |for |in )?(?:the )?(?:cyber(?: defence| security| defense| matters| issues)?|cybersecurity)\b\s*(?=(?:at|in|during|on|from)\b)")


def answer_pledges(lookup: Lookup, pledges: list[Pledge] | None = None, label: str = "", *, at_events: bool = False) -> Reply:
    """``pledges``: every pledge and commitment (or the ``pledges`` given), in date order; ``at_events``: each with
    the gathering it was agreed at."""
    pledges = sorted(lookup.knowledge.pledges.values() if pledges is None else pledges, key=lambda p: p.date.first_day())
    if not pledges:
        return not_found("The knowledge holds no pledges")
    events = lookup.knowledge.events
    blocks = tuple(Block("", style="item", heading=f"{p.date} — {p.name}" + (f" ({events[p.event].name})" if at_events and p.event in events else ""))
                   for p in pledges[::-1])
    return Reply(
        "list",
        f"{len(pledges)} pledges and commitments{label}" if len(pledges) != 1 else f"1 pledge or commitment{label}",
        blocks=blocks,
        items=item_refs(pledges),
        sources=source_refs(lookup.knowledge, pledges),
        suggestions=("pledge", *(f"pledge {p.name}" for p in pledges[-1:])),
    )


def answer_pledges_named(lookup: Lookup, args: str) -> Reply:
    """``pledges [filter]``: every pledge, or those of the year or event the filter names ("pledges 2024", "pledges
    vilnius"); a filter that names none is an honest miss, never the whole list as if it were its answer."""
    if not set(tokens(normalize(args))) - _LIST_WORDS:  # "pledges", "pledges all", "pledges list pls"
        return answer_pledges(lookup)
    year = parse_year(args)
    if year is not None and not set(tokens(normalize(args))) - _LIST_WORDS - {str(year), "in", "from", "of", "during"}:
        if not (pledges := [p for p in lookup.knowledge.pledges.values() if p.date.year == year]):
            return not_found(f"The knowledge records no pledge or commitment in {year}", suggestions=("pledges",))
        return answer_pledges(lookup, pledges, f" in {year}")
    if (agreed := answer_agreed(lookup, args)).kind != "not_found":  # "pledges vilnius", "pledges at the hague"
        return agreed
    holding = [lookup.item(h.ref) for h in lookup.hits(args, ("pledge",), limit=len(lookup.knowledge.pledges) or 1)]
    return answer_pledges(lookup, holding, f" matching “{shorten(args.strip(), 40)}”") if holding else agreed  # "pledges investment"


_LIST_WORDS = frozenset("all list every each the of nato please show me any".split())
_NOT_NAMING = frozenset("nato allies leaders list pls please dates with".split())


def answer_pledge(lookup: Lookup, args: str) -> Reply:
    """``pledge [query]``: with no query, or one asking only for a part of it ("pledge text", "pledge commitments"),
    the Cyber Defence Pledge."""
    pledge = lookup.best(args, ("pledge",)) if without_parts(args) else pledge_default(lookup)
    if pledge is None:
        return nothing_about(lookup, args) if args.strip() else not_found("The knowledge holds no pledges")
    return pledge_reply(lookup, pledge)


def answer_agreed(lookup: Lookup, words: str, noun: str | None = None) -> Reply:
    """"what did NATO agree in Vilnius?", "what was pledged in 2016?": the pledges of that event or year (of them,
    those whose name holds the ``noun`` asked for, "what policy did nato adopt at wales", where any does)."""
    if (across := _ACROSS_GATHERINGS.search(words)) is not None:  # "at summits, 2014 to 2024": every one of that kind
        return _agreed_across(lookup, across["kind"], _YEARS_FROM_TO.search(words))
    words = _CYBER_TOPIC.sub("", words.strip())  # "what did allies agree on cyber defence at vilnius": at vilnius
    year = parse_year(words)
    named = [t for t in tokens(normalize(words)) if t != str(year) and t not in _NOT_NAMING]  # "... in 2014 - list pls": that year's
    event = find_event(lookup, words) if named else None
    if event is not None and event.kind == "incident" and not ATTACK_NOUNS.isdisjoint(normalize(words).split()):
        return event_reply(lookup, event)  # "what did nato do about the 2014 ddos": the attack as recorded; no decision was of it
    if event and (places := [place for _, place in places_in(normalize(words))]) and not any(at_place(event, place) for place in places):
        noun = next((KIND_WORDS[t] for t in tokens(normalize(words)) if t in KIND_WORDS), "gathering")  # "the madrid summit": not warsaw's
        named_year = [f"in {year}"] if year else []  # "the bucharest summit of 2008": the year asked, named too
        return not_found(messages.have_no(noun, [f"in {as_said(places[0].name)}", *named_year]), suggestions=("events", "pledges"))
    if event:
        pledges, label = [p for p in lookup.knowledge.pledges.values() if p.event == event.id], f" at {event.name}"
    if year and not (event and pledges) and not places_in(words):  # "what did nato decide in 2014 about cyber": that year's
        event, (pledges, label) = None, ([p for p in lookup.knowledge.pledges.values() if p.date.year == year], f" in {year}")
        held = {w for p in pledges for w in tokens(normalize(f"{p.name} {p.summary}"))}
        if any(t not in held for t in named if len(t) > 3):
            return nothing_about(lookup, words)  # "at the 2022 strategic concept": a thing none of that year's decisions is
    elif not event:  # "warsaw summit 2017 - what was agreed": only that year's, not the 2016 ones
        pledges, label = [p for p in (lookup.item(h.ref) for h in lookup.hits(words, ("pledge",))) if not year or p.date.year == year], ""
    stem = noun[:-3] if noun and noun.endswith("ies") else noun.rstrip("s") if noun else ""
    pledges = _on_topic([p for p in pledges if stem and stem in normalize(p.name)] or pledges, words)
    if len(pledges) == 1:
        return pledge_reply(lookup, pledges[0])
    if not pledges:
        if not event:
            return not_found(f"The knowledge records no pledge or decision in {year}", suggestions=("pledges",)) if year else nothing_about(lookup, words)
        missing = not_found(f"The knowledge records no pledge or decision at {event.name}", suggestions=(f"event {event.name}", "pledges"))
        return replace(missing, items=item_refs([event]))  # the event it is about, for the guard to hold to the place and year asked
    return answer_pledges(lookup, pledges, label)


def _on_topic(pledges: list[Pledge], words: str) -> list[Pledge]:
    """Of two or more ``pledges``, those whose name and summary hold every longer word of the topic asked "about" ("what
    was decided at warsaw about cyberspace as a domain": the domain, not the pledge); all of them when none does."""
    if len(pledges) < 2 or " about " not in f" {words} " or not (about := _ABOUT.search(normalize(words))):
        return pledges
    wanted = [t for t in tokens(about["topic"]) if len(t) > 3 and t not in _EVERY_TOPIC and t not in KIND_WORDS and t not in PLACES and not t.isdigit()]
    return [p for p in pledges if wanted and set(wanted) <= set(tokens(normalize(" ".join((p.name, p.summary, *p.aliases)))))] or pledges


_ABOUT = lazy_pattern(r"\babout (?P<topic>.+)$")
_EVERY_TOPIC = frozenset("cyber defence defense security cybersecurity nato allies alliance".split())  # what every decision is about
#: Gatherings named in the plural: what was agreed at all of them ("at summits", "at the pledge conferences", "over the years").
_ACROSS_GATHERINGS = lazy_pattern(r"\b(?:at|in|during|across|over) (?:(?:the|nato|all|its|their|cyber|defence|pledge|annual) )*(?P<kind>summits|conferences|meetings|the years)\b")
_YEARS_FROM_TO = lazy_pattern(r"\b(?:from |between )?((?:19|20)\d\d) (?:to|and|through|until|till|thru)\s+((?:19|20)\d\d)\b")


def _agreed_across(lookup: Lookup, kind: str, years: re.Match | None) -> Reply:
    """The pledges agreed at every gathering of a kind ("summits"), within the years named ("2014 to 2024"), in date order."""
    first, last = (int(years[1]), int(years[2])) if years else (1, 9999)
    events = lookup.knowledge.events
    wanted = {"summits": "summit", "conferences": "conference", "meetings": "meeting"}.get(kind)
    pledges = [p for p in lookup.knowledge.pledges.values() if first <= p.date.year <= last and (
        wanted is None or p.event in events and events[p.event].kind == wanted)]
    label = f" at NATO {kind}" if wanted else ""
    return answer_pledges(lookup, pledges, label + (f", {first} to {last}" if years else ""))


def pledge_reply(lookup: Lookup, pledge: Pledge, headline: str | None = None) -> Reply:
    """A pledge: when, by whom, where, what it commits to; a ``headline`` answer keeps it short (no later calls)."""
    knowledge = lookup.knowledge
    event = knowledge.events.get(pledge.event) if pledge.event else None
    fields = [Field("When", str(pledge.date)), Field("By", pledge.by)]
    if event:
        fields.append(Field("Where", f"{event.name}, {where_text(event)}" if where_text(event) else event.name))
    blocks = [Block(pledge.summary)]
    if pledge.commitments and not headline:
        blocks.append(Block("\n".join(f"- {c}" for c in pledge.commitments), heading="Commitments"))
    quotes = [knowledge.quotes[q] for q in pledge.quotes if q in knowledge.quotes]
    blocks += [quote_block(knowledge, q) for q in quotes]
    later = [] if headline else later_calls(lookup, pledge)
    set_up = initiatives_set_up(lookup).get(pledge.id, ())  # "establishment of the nicc": the nicc itself named too
    fields += [Field("Set up", ", ".join(i.name for i in set_up))] if set_up else []
    blocks += [Block(shorten(p.summary, 240), style="item", heading=f"Later: {p.name} ({p.date})") for p in later]
    return Reply(
        "answer",
        headline or pledge.name,
        blocks=tuple(blocks),
        fields=tuple(fields),
        items=item_refs([pledge, *([event] if event else []), *set_up, *quotes, *later]),
        sources=source_refs(knowledge, [pledge, *quotes, *later]),
        suggestions=((f"event {event.name}",) if event else ()) + tuple(f"pledge {p.name}" for p in later[:1]) + ("pledges",),
    )


def later_calls(lookup: Lookup, pledge: Pledge) -> list[Pledge]:
    """Later pledges that name this one in their summary ("... under the Cyber Defence Pledge")."""
    name = normalize(pledge.name)
    found = []
    for other in lookup.knowledge.pledges.values():
        if other is pledge or other.date.first_day() <= pledge.date.last_day():
            continue
        if f" {name} " in f" {normalize(other.summary)} ":
            found.append(other)
    return found
