"""Two or more entries side by side: which came first, how they compare, whether a year had several.

    "which was first, berlin conference or the den haag conference?"  -> Berlin (9 November 2023), then The Hague (May 2024)
    "what came before: the warsaw pledge or the wales policy?"         -> the Wales policy (2014), then the pledge (2016)
    "compare the 2022 and 2024 pledge conferences"                    -> each one's date, place and hosts, the earlier first
    "difference between pledge conference and the annual conference"  -> the two series, each with its first edition
    "in 2024 were there two separate nato cyber conferences?"         -> yes: The Hague and London

Read from the whole message, not only the clause that asks ("which was first,"
asks; the entries come after the comma). Each entry named must be found, with
the year and place it names, or the reply says which one is not in the knowledge.
"""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge.model import Event, FuzzyDate, Initiative, Pledge
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import event_messages, messages
from ..constraints import unmet
from ..lookup import Lookup
from ..mentions import KIND_WORDS, find_mentions, find_series, find_year
from ..phrasing import event_label, item_refs, join_words, source_refs, when_text, where_text
from ..search import normalize, tokens
from .events import event_line
from .participants import event_named

Entry = Event | Pledge | Initiative
NAMED_OUTRIGHT = 0.75  # coverage of a part's words in an entry's names: a match only in its text is at most 0.5
#: A question is only read as a comparison when its asking clause holds one of these words.
CUES = frozenset("first earlier earliest before after older oldest newer newest later more recent compare comparing comparison "
                 "compared contrast difference differences differ versus vs two several separate multiple both".split())
_ORDER = r"(?P<order>first|earlier|earliest|older|oldest|newer|newest|later|more recent|before|after|sooner)"
_ASKS_ORDER = lazy_pattern(
    rf"\b(?:which|what)(?: one| of (?:them|the two|these|those|both))?(?: [a-z]+)? (?:was|is|were|are|came|come|happened|took place"
    rf"|started|began|s|one was|event was|came out) (?:held |created |made |agreed |set up |started )?(?:the )?{_ORDER}\b"
)
_ASKS_BEFORE = lazy_pattern(rf"^(?:was|did|is|were|does) (?P<a>.+?) (?:held |take place |happen |come |came |start |begin )?"
                            rf"(?P<order>before|after|earlier than|later than|older than|newer than|prior to)(?: or (?:before|after))? (?P<b>.+)$")
_ASKS_COMPARE = lazy_pattern(r"\b(?:compare|comparing|comparison (?:of|between)|contrast|differences? between|how (?:does|do|did|is|are) )"
                             r"(?P<parts>.+?)(?: differ(?:s)? from (?P<b>.+))?$")
_VERSUS = lazy_pattern(r"^(?P<a>.+?) (?:vs|versus|compared to|compared with) (?P<b>.+)$")
_SEVERAL = lazy_pattern(r"\b(?:were there|was there|are there|did nato (?:hold|have)|were|was) (?:two|2|several|multiple|more than one|both)"
                        r" (?:separate |different |distinct )?(?:[a-z]+ ){0,3}?(?P<kind>conferences?|summits?|events?|meetings?|exercises?)\b")
#: Where the entries named end: "... or the annual conference, and when did each begin".
_TAIL = re.compile(r"\s+(?:and |but )?(?:when|where|who|what|how|which|if so|for me|please|in terms of|each one|each)\b.*$")
_SPLIT = re.compile(r"\s+(?:or|and|vs|versus|with|to|from)\s+|\s*,\s*")
_SEVERAL_CUES = (" two ", " several ", " multiple ", "more than one")
_EARLIER = frozenset({"first", "earlier", "earliest", "older", "oldest", "before", "sooner"})


def answer_comparison(lookup: Lookup, text: str, asked: str, today: dt.date) -> Reply | None:
    """The reply to a question comparing entries; None when ``asked`` (the normalised clause) compares nothing."""
    if not set(asked.split()) & CUES and not any(cue in text.lower() for cue in _SEVERAL_CUES):
        return None  # "in 2024 were there two conferences, and where?": the clause that asks may not hold the cue
    whole = normalize(text.replace(",", " and ")).replace(" s ", " ")  # "rome, the hague and tirana": three entries
    if match := _SEVERAL.search(whole):
        return _several(lookup, whole, match)
    parts: list[str] = []
    order = None
    if match := _ASKS_BEFORE.match(whole):
        parts, order = [match["a"], match["b"]], match["order"]
    elif match := _ASKS_ORDER.search(whole):
        after = _TAIL.sub("", whole[match.end():]).strip()
        parts, order = _parts(after or whole[: match.start()]), match["order"]
    elif match := _ASKS_COMPARE.search(whole):
        parts = [match["parts"], match["b"]] if match["b"] else _parts(_TAIL.sub("", match["parts"]))
    elif match := _VERSUS.match(_TAIL.sub("", whole)):
        parts = [match["a"], match["b"]]
    parts = [p for p in _shared_noun([p.strip() for p in parts]) if any(not w.isdigit() for w in tokens(p))]
    if len(parts) < 2:
        return None
    found = [(p, entry_named(lookup, p, today)) for p in parts]
    entries = [e for _, e in found if e is not None]
    if not entries or len({e.id for e in entries}) < len(entries):
        return None  # names nothing, or one entry twice: not two entries to compare
    if missing := [p for p, e in found if e is None]:
        return _missing(lookup, missing[0], entries)
    return _side_by_side(lookup, entries, order)


def entry_named(lookup: Lookup, part: str, today: dt.date) -> Entry | None:
    """The event, pledge or initiative (a series) ``part`` names, meeting the year and places it names."""
    mentions = find_mentions(lookup, part, today)
    dated = mentions.year is not None or mentions.ordinal is not None
    if dated and (event := event_named(lookup, part, today)) is not None:
        return event
    entry = lookup.best(part, ("event", "pledge", "initiative"), min_coverage=NAMED_OUTRIGHT)  # named, not only mentioned
    if entry is not None and not (isinstance(entry, Event) and unmet(entry, mentions)) and not (dated and isinstance(entry, Initiative)):
        return entry
    return None if dated else event_named(lookup, part, today)


def start_of(entry: Entry) -> FuzzyDate | None:
    if isinstance(entry, Event):
        return entry.when.start
    if isinstance(entry, Pledge):
        return entry.date
    return entry.established


def _parts(text: str) -> list[str]:
    return [p for p in _SPLIT.split(re.sub(r"^(?:the two|both|between)\s+", "", text.strip())) if p]


def _shared_noun(parts: list[str]) -> list[str]:
    """"the 2022 and 2024 pledge conferences": a part that is only a year takes the noun of the last part."""
    if len(parts) < 2:
        return parts
    noun = " ".join(w for w in parts[-1].split() if not w.isdigit())
    return [f"{p} {noun}" if all(w.isdigit() or w == "the" for w in p.split()) else p for p in parts]


def _side_by_side(lookup: Lookup, entries: list[Entry], order: str | None) -> Reply:
    known = [e for e in entries if start_of(e) is not None]
    ordered = sorted(known, key=lambda e: start_of(e).first_day()) + [e for e in entries if start_of(e) is None]
    if order and order not in _EARLIER and len(known) == len(entries):
        ordered.reverse()  # "which is newer": the later one first
    first, then = ordered[0], ordered[1]
    if order and start_of(first) and start_of(then) and start_of(first) == start_of(then):
        title = event_messages.same_time(join_words(e.name for e in ordered), _when(first))
    elif order and len(known) == len(entries):
        asked_first = order in _EARLIER
        earlier, later = (first, then) if asked_first else (then, first)
        came = event_messages.came_first if asked_first else event_messages.came_later
        title = came(earlier.name, _when(earlier), later.name, _when(later))
    else:
        title = event_messages.compared(join_words(e.name for e in ordered))
    blocks = tuple(Block(_facts(lookup, e), style="item", heading=e.name) for e in ordered)
    return Reply("answer", title, blocks=blocks, items=item_refs(ordered), sources=source_refs(lookup.knowledge, ordered),
                 suggestions=tuple(f"{type(e).__name__.lower()} {e.name}" for e in ordered[:2]) + ("events",))


def _when(entry: Entry) -> str:
    if isinstance(entry, Event):
        return when_text(entry.when)
    start = start_of(entry)
    return f"since {start}" if isinstance(entry, Initiative) and start else str(start) if start else "date not recorded"


def _facts(lookup: Lookup, entry: Entry) -> str:
    """One line per entry: when, where, hosts; a series its first edition and count; a pledge where it was agreed."""
    knowledge = lookup.knowledge
    if isinstance(entry, Event):
        parts = [when_text(entry.when), where_text(entry)]
        parts.append(f"hosted by {join_words(entry.hosts)}" if entry.hosts else "")
        return "; ".join(p for p in parts if p) + "."
    if isinstance(entry, Pledge):
        event = knowledge.events.get(entry.event) if entry.event else None
        return f"Agreed {entry.date}" + (f" at {event_label(event)}" if event else "") + f" by {entry.by}."
    editions = sorted((knowledge.events[e] for e in entry.events if e in knowledge.events), key=lambda e: e.when.start.first_day())
    line = f"{entry.kind.capitalize()}, {_when(entry)}"
    if editions:
        line += f"; first: {event_label(editions[0])}; {len(editions)} in the knowledge, the latest {event_label(editions[-1])}"
    return f"{line}. {_first_sentence(entry.summary)}".strip()


def _first_sentence(text: str | None) -> str:
    return re.split(r"(?<=[.!?])\s+", text or "", maxsplit=1)[0]


def _missing(lookup: Lookup, part: str, found: list[Entry]) -> Reply:
    """One entry named is not in the knowledge: said first; what was found, labelled, after."""
    blocks = (Block(join_words(f"{e.name} ({_when(e)})" for e in found) + ".", heading=messages.SUGGESTIONS_HEADING),)
    return Reply("not_found", messages.nothing_matches(part), blocks=blocks, items=item_refs(found),
                 suggestions=tuple(f"{type(e).__name__.lower()} {e.name}" for e in found[:2]) + ("events",))


def _several(lookup: Lookup, text: str, match: re.Match) -> Reply | None:
    """"were there two conferences in 2024?": yes or no, with each one's date and place."""
    year = find_year(text)
    if year is None:
        return None
    kind = KIND_WORDS.get(match["kind"])
    series = find_series(text)
    events = [e for e in lookup.events_in(year) if (kind is None or e.kind == kind) and (series is None or e.series == series)]
    if not events:
        return None  # the other routes say there was none, with what the knowledge says about that year
    places = join_words(dict.fromkeys(e.city or e.country or "an unrecorded place" for e in events))
    noun = match["kind"] if match["kind"].endswith("s") else f"{match['kind']}s"
    return Reply("list", event_messages.several_in(len(events), noun, year, places), blocks=tuple(event_line(e) for e in events),
                 items=item_refs(events), sources=source_refs(lookup.knowledge, events), suggestions=(f"events {year}",))
