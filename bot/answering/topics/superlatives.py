"""The most, the first, the longest: "who has the most quotes", "which conference had the most speakers".

    "who has the most quotes"                     -> Jens Stoltenberg (28 of 34)
    "which conference had the most speakers"      -> the events with the most speakers recorded, ties named together
    "who spoke at the most conferences"           -> the people by the events they spoke at
    "which city hosted the most events"           -> the cities by their events
    "what was the longest conference"             -> the event of the most days
    "what was the first event in the knowledge"   -> the earliest event (the newest: "latest", "most recent")

Counted over what the knowledge records, and said so: a conference "had" the speakers recorded for it. Ties are
named together, never broken by file order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import messages
from ..lookup import Lookup
from ..mentions import ANNUAL_SERIES, PLEDGE_SERIES
from ..phrasing import item_refs, join_words, source_refs
from ..normalizing import normalize, word_set
from .events import KIND_WORDS, event_line
from .time_between import span_text

_CUES = frozenset("most longest shortest biggest largest widest smallest first earliest oldest latest newest".split())
_KIND = r"(?P<kind>conferences?|confs?|events?|summits?|meetings?|gatherings?|pledge conferences?|annual (?:nato )?(?:cyber defen[cs]e )?conferences?)"
_MOST_OF_EVENT = lazy_pattern(rf"^(?:which|what) {_KIND} (?:had|has|have|got|featured|saw|with) (?:the )?most (?P<what>speakers|quotes|hosts|co hosts|participants|people)\b")
_MOST_QUOTES = lazy_pattern(r"^(?:who|which (?:person|speaker|official|leader)) (?:has|had|gave|got|said) the most(?: quotes| quotations| lines)?$"
                            r"|^(?:who|which (?:person|speaker|official|leader)) (?:has|had|gave|got) most (?:quotes|quotations|lines)$"
                            r"|^(?:who is|who s|who was) (?:the )?most quoted(?: person| speaker| one)?$")  # not "who said most of the time ..."
_MOST_EVENTS = lazy_pattern(rf"^(?:who|which (?:person|speaker|official|leader)) (?:spoke|has spoken|appeared|attended|took part) (?:at|in) (?:the )?most {_KIND}")
_MOST_HOSTED = lazy_pattern(rf"^(?:which|what) (?P<where>city|country|place|nation) (?:has )?(?:hosted|held|had|saw) (?:the )?most {_KIND}")
_LONGEST = lazy_pattern(rf"^(?:which|what) (?:was|is|were) the (?P<side>longest|shortest) {_KIND}")
#: "what was the first event in the knowledge", "earliest dated event you have on record", "oldest summit in the list that took a
#: cyber decision": of those the knowledge holds (a bare "first summit" asks NATO's numbering, which it does not hold).
_EARLIEST = lazy_pattern(rf"^(?P<asked>(?:which|what) (?:was|is|were) )?(?:the )?(?:very )?(?P<side>first|earliest|oldest|latest|newest|most recent|last)(?: ever| dated| recorded| known)?"
                         rf"(?: nato)?(?: cyber)? {_KIND}(?P<held> (?:in the knowledge|you (?:know|have|ve got)(?: on (?:record|file))?|(?:that )?(?:is |was )?(?:recorded|on record|on file)"
                         r"|in (?:your|the) (?:data|list|records?|knowledge|database)))?(?P<decided> (?:that|which|where|with) (?:nato )?(?:took|made|had|adopted|agreed|reached)"
                         r" (?:a |any )?(?:cyber )?(?:decisions?|pledges?|commitments?))?$")
#: "longest gap between two consecutive pledge conferences": the two editions furthest apart.
_GAP = lazy_pattern(rf"^(?:(?:which|what) (?:was|is) )?(?:the )?(?P<side>longest|biggest|largest|widest|shortest|smallest) (?:gap|break|pause|interval|time|wait)"
                    rf" between (?:the )?(?:two |any two )?(?:consecutive |successive |back to back )?{_KIND}(?: (?:between|and) which(?: two)?)?$")


def answer_superlative(lookup: Lookup, question: str, typed: str) -> Reply | None:
    """The reply to a "most", "longest" or "first" question over the whole knowledge, or None for any other;
    ``question`` as understood, ``typed`` as typed (a rephrasing may have turned "what city hosted" into another ask)."""
    if _CUES.isdisjoint(word_set(question)) and _CUES.isdisjoint(typed.lower().split()):
        return None  # most questions
    return _superlative(lookup, question) or _superlative(lookup, normalize(typed))


def _superlative(lookup: Lookup, question: str) -> Reply | None:
    if match := _MOST_QUOTES.match(question):
        people = lookup.knowledge.people
        counts = Counter({p: n for p, n in lookup.quote_speakers.items() if p in people})
        return _ranked(lookup, counts, lambda p: people[p], "quotes", "the most quotes")
    if match := _MOST_EVENTS.match(question):
        counts = Counter(p for event in _events(lookup, match["kind"]) for p in event.speakers if p in lookup.knowledge.people)
        kind = _plural(match["kind"])
        return _ranked(lookup, counts, lambda p: lookup.knowledge.people[p], kind, f"spoke at the most {kind}")
    if match := _MOST_OF_EVENT.match(question):
        what = match["what"]
        size = (lambda e: len(lookup.quotes_at(e))) if what == "quotes" else (lambda e: len(e.hosts)) if "host" in what else (
            lambda e: len(e.speakers) + (len(e.participants) if what in ("participants", "people") else 0))
        counts = Counter({e.id: size(e) for e in _events(lookup, match["kind"])})
        return _ranked(lookup, counts, lambda e: lookup.knowledge.events[e], f"{what} recorded", f"the most {what} recorded")
    if match := _MOST_HOSTED.match(question):
        where = (lambda e: e.city) if match["where"] in ("city", "place") else (lambda e: e.country)
        counts = Counter(where(e) for e in _events(lookup, match["kind"]) if where(e))
        return _ranked(lookup, counts, None, _plural(match["kind"]), f"hosted the most {_plural(match['kind'])}")
    if match := _LONGEST.match(question):
        events = [e for e in _events(lookup, match["kind"]) if e.when.start.precision == "day"]
        days = Counter({e.id: len(e.when.days()) for e in events})
        if match["side"] == "shortest":
            days = Counter({e: -n for e, n in days.items()})
        return _ranked(lookup, days, lambda e: lookup.knowledge.events[e], "days", f"the {match['side']}", absolute=True)
    if (match := _EARLIEST.match(question)) and (match["asked"] or match["held"] or match["side"] not in ("first", "last")):
        events = _events(lookup, match["kind"])
        if match["decided"]:  # "... that took a cyber decision": those a decision was made at
            decided_at = {p.event for p in lookup.knowledge.pledges.values()}
            events = [e for e in events if e.id in decided_at]
        if not events:
            return None
        event = events[0] if match["side"] in ("first", "earliest", "oldest") else events[-1]
        return Reply("answer", f"The {match['side']} {match['kind'].rstrip('s')} in the knowledge: {event.name} ({event.when})",
                     blocks=(event_line(event),), items=item_refs([event]), sources=source_refs(lookup.knowledge, [event]))
    if match := _GAP.match(question):
        return _gap(lookup, _events(lookup, match["kind"]), match["side"] in ("shortest", "smallest"), _plural(match["kind"]))
    return None


def _gap(lookup: Lookup, events: list, shortest: bool, kind: str) -> Reply | None:
    """The two consecutive ``events`` (oldest first) furthest apart in time (``shortest``: closest)."""
    if len(events) < 2:
        return None
    if len({e.series for e in events}) != 1 or events[0].series is None:  # summits: the knowledge holds only some, so no neighbours
        return Reply("not_found", messages.no_numbering(events[0].kind), suggestions=(f"events {kind}",))
    pairs = list(zip(events, events[1:]))
    days = [(b.when.start.first_day() - a.when.start.first_day()).days for a, b in pairs]
    a, b = pairs[days.index(min(days) if shortest else max(days))]
    side = "shortest" if shortest else "longest"
    title = f"The {side} gap between two consecutive {kind} in the knowledge: {span_text(a.when.start, b.when.start)}, {a.name} ({a.when}) to {b.name} ({b.when})"
    return Reply("answer", title, blocks=(event_line(a), event_line(b)), items=item_refs([a, b]), sources=source_refs(lookup.knowledge, [a, b]))


def _plural(kind: str) -> str:
    return kind if kind.endswith("s") else f"{kind}s"


def _events(lookup: Lookup, kind: str) -> list:
    """The events of the kind named, oldest first ("events": all of them; "pledge conferences": that series)."""
    if kind.startswith(("pledge", "annual")):
        return [e for e in lookup.events_by_date if e.series == (PLEDGE_SERIES if kind.startswith("pledge") else ANNUAL_SERIES)]
    wanted = KIND_WORDS.get(kind.rstrip("s").replace("conf", "conference").replace("conferenceerence", "conference"))
    return [e for e in lookup.events_by_date if wanted is None or e.kind == wanted]


def _ranked(lookup: Lookup, counts: Counter, item: Callable | None, unit: str, leads: str, *, absolute: bool = False) -> Reply:
    """The leaders of ``counts`` (ties together) in the title, then the next few, each with its count."""
    ranked = [(key, n) for key, n in counts.most_common() if n]
    if not ranked:
        return Reply("not_found", f"The knowledge records nothing to count for {leads}", suggestions=("events",))
    top = ranked[0][1]
    leaders = [key for key, n in ranked if n == top]
    name = (lambda key: item(key).name) if item else str
    shown = abs(top) if absolute else top
    title = f"{join_words([name(k) for k in leaders])}: {leads} ({shown} {unit})"
    blocks = tuple(Block("", style="item", heading=f"{name(key)} — {abs(n) if absolute else n}") for key, n in ranked[:5])
    items = [item(k) for k in leaders] if item else []
    return Reply("answer", title, blocks=blocks, items=item_refs(items), sources=source_refs(lookup.knowledge, items) if items else ())
