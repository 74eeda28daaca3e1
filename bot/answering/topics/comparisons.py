"""Two or more entries side by side: which came first, how they compare, whether a year had several.

    "which was first, berlin conference or the den haag conference?"  -> Berlin (9 November 2023), then The Hague (May 2024)
    "what came before: the warsaw pledge or the wales policy?"         -> the Wales policy (2014), then the pledge (2016)
    "compare the 2022 and 2024 pledge conferences"                    -> each one's date, place and hosts, the earlier first
    "difference between pledge conference and the annual conference"  -> the two series, each with its first edition
    "in 2024 were there two separate nato cyber conferences?"         -> yes: The Hague and London

Read from the whole message ("which was first," asks; the entries follow). Each entry named must be found, with the year and place
it names, or the reply says which one is not in the knowledge. "Was A before or after B?" is answered "A was after B", then which first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...knowledge.model import Event, FuzzyDate, Initiative, Pledge
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import event_messages, gap_words, messages
from ..constraints import unmet
from ..lookup import Lookup
from ..mentions import KIND_WORDS, find_mentions, find_series, find_year, series_entries
from ..pointed import POINTERS, pointed_at
from ..phrasing import event_label, item_refs, join_words, source_refs, when_text, where_text, sentences
from ..shorthand import SHORTHAND
from ..search import normalize, tokens
from .events import event_line
from .role_moments import compare_with_moments
from .shared_kind import alone_as_typed, shared_noun, shared_year
from .named_event import NAMED_OUTRIGHT, event_named, fitting, no_such_event
from ..presence_words import MANNER
from ..answer_shape import only_shape

Entry = Event | Pledge | Initiative
#: A question is only read as a comparison when its asking clause holds one of these words.
CUES = frozenset("first earlier earliest before after older oldest newer newest later more recent compare comparing comparison "
                 "compared contrast difference differences differ versus vs two several separate multiple both changed common "
                 "predate predates predated precede precedes preceded antedate antedates antedated postdate postdates postdated same".split())
_ORDER = r"(?P<order>first|earlier|earliest|older|oldest|newer|newest|later|more recent|before|after|sooner)"
_ASKS_ORDER = lazy_pattern(
    rf"\b(?:which|what)(?: one| of (?:them|the two|these|those|both))?(?: [a-z]+)? (?:was|is|were|are|came|come|happened|took place"
    rf"|started|began|s|one was|event was|came out) (?:held |created |made |agreed |set up |started )?(?:the )?{_ORDER}\b"
)
_ASKS_BEFORE = lazy_pattern(r"^(?:(?:was|did|is|were|does|do) |(?:surely|so|but) (?=.+? (?:(?:pre|ante|post)date|precede)[sd]? ))(?P<a>.+?) (?:held |take place |happen |come out |came out |come |came |start |begin |(?:first )?(?:written |published |released |appear |appeared )|set up |established |founded |created |launched )?"
                            r"(?P<order>before|after|earlier than|later than|older than|newer than|prior to|predate[sd]?|precede[ds]?|antedate[sd]?|postdate[sd]?)"
                            r"(?P<either> or (?:before|after))? (?P<b>.+)$")
_ASKS_COMPARE = lazy_pattern(r"\b(?:(?:how |what )?(?:[a-z]+ ){0,5}?(?:differ|differed|change|changed|compare) between |compare\b|comparing"
                             r"|comparison (?:of|between)|contrast|differences? between|(?:how|in what (?:respects?|ways?)) (?:does|do|did|is|are) |what (?:did|do|does) (?=.+ in common$))"
                             r"(?:\s*(?:the )?(?:host(?:ing)? arrangements?|(?:co )?hosts?|hosting|venues?|dates?|places?|locations?|speakers?|line ?ups?|themes?|formats?|conferences|summits|events|meetings|gatherings|ones) (?:of|for|at|in|held in) |\s*how (?:\S+ ){1,5}?(?:took part|take part|participated|spoke|attended|appeared) (?:in|at) |\s*(?:who|whom) (?:co )?(?:hosted|organi[sz]ed|spoke at|opened|addressed) |\s*(?:where|when) (?=.+ (?:were|was) (?:held|hosted|organi[sz]ed)$))?"
                             r"(?P<parts>.+?)(?: (?:were|was) (?:held|hosted|organi[sz]ed))?(?: differ(?:s)? from (?P<b>.+))?$")  # "compare the hosts of X and Y", "compare who hosted X and Y": X and Y
_VERSUS = lazy_pattern(r"^(?P<a>.+?) (?:vs|versus|compared to|compared with) (?P<b>.+)$")
#: "is A the same (thing) as B", "are A and B the same event", "A and B - same thing?": two entries, asked whether one.
_SAME = lazy_pattern(r"^(?:(?:is|was|are|were) )?(?P<a>.+?)(?: (?:are|were))? (?:really |actually |just |basically |exactly |one and )?(?:the )?same"
                     r"(?: (?:thing|event|one|body|series|conference|summit|exercise|pledge|person|deal|(?:kind|type|sort) of (?:thing|event|conference|summit|meeting)))?(?: of (?:conferences|events|summits|meetings))?(?: as (?P<b>.+?))?(?: (?:and )?(?:no|right|surely|eh|yes|correct|(?:are|were) not they|(?:aren|weren) t they|(?:is|was) not it|(?:isn|wasn) t it))?$")  # "a and b are the same thing, no"
_SAME_KIND = lazy_pattern(r"\bsame (?:kind|type|sort|series)\b")  # "were those the same kind of conference": their series compared
_POINTED_SUBJECT = lazy_pattern(r"\s*\b(?:(?:were|are|was|is) )?(?:those|these|they|them|both|the two)(?: two)?$")  # "... were those"
#: The ask before the first entry compared: "who gave the big speech at | rome compared with tirana".
_ASK_BEFORE_ENTRY = lazy_pattern(r"^(?:who|whom|what|when|where|which|how)\b.*?\b(?:at|in|of|for|from|during)\s+(?=\S)")
_ASKS_WHO = lazy_pattern(r"^who\b|\b(?:speakers?|spoke|speech|speeches|keynote|same person|same speaker|addressed)\b")  # "who ... compared with", "same person?"
_STRESS = lazy_pattern(r"\b(?:itself|themselves|proper|as such)\b")  # stress, naming nothing: "the pledge itself", "the conference proper"
_SEVERAL = lazy_pattern(r"\b(?:were there|was there|are there|did nato (?:hold|have)|were|was) (?:two|2|several|multiple|more than one|both)"
                        r" (?:separate |different |distinct )?(?:[a-z]+ ){0,3}?(?P<kind>conferences?|summits?|events?|meetings?|exercises?)\b")
#: Where the entries named end: "... or the annual conference, and when did each begin".
_TAIL = lazy_pattern(r"\s+(?:and |but )*(?:when|where|by how|who|whats|what|how|which|if so|for me|please|in terms of|in teams of|each one|each|the difference"
                   r"|have in common|had in common|has in common)\b.*$")
#: Where a message breaks into parts that may each ask or name: "compare X and Y: hosts and places", "X vs Y - the difference?".
_SEGMENT = lazy_pattern(r"\s*[:?;!]+\s*|\s+[-\u2013\u2014]+\s+|(?<=[a-z0-9])(?<!\bvs)\.\s+")
_SPLIT, _SEVERAL_CUES = lazy_pattern(r"\s+(?:or|and|vs|versus|with|to|from)\s+|\s*,\s*"), (" two ", " 2 ", " several ", " multiple ", "more than one")
#: "was A before B?", "is A older than B?": the claim asked, about the first entry named.
_CLAIMS = {"before": "earlier", "earlier than": "earlier", "older than": "earlier", "prior to": "earlier", "after": "later", "later than": "later", "newer than": "later", **{verb: "later" for verb in "postdate postdates postdated".split()},
           **{verb: "earlier" for verb in "predate predates predated precede precedes preceded antedate antedates antedated".split()}}
_WORD, _EITHER = lazy_pattern(r"[a-z]+"), lazy_pattern(r"\b(?:before or after|after or before)\b")
_SPEAKER_COMPARED = lazy_pattern(r"^(?:what|with what|to what) (?:did|does|has|had) (?:\S+ ){1,3}?(?:compare|liken)\b")  # words someone said
_EARLIER = frozenset({"first", "earlier", "earliest", "older", "oldest", "before", "sooner"})


def answer_comparison(lookup: Lookup, text: str, asked: str, today: dt.date) -> Reply | None:
    """The reply to a question comparing entries; None when ``asked`` (the normalised clause) compares nothing."""
    spaced = f" {text.lower()} "
    if not set(asked.split()) & CUES and not any(cue in spaced for cue in _SEVERAL_CUES) and CUES.isdisjoint(_WORD.findall(spaced)):
        return None  # "in 2024 were there two conferences, and where?": the clause that asks may not hold the cue
    if asked.startswith(("who compared ", "whom compared ")) or _SPEAKER_COMPARED.match(asked):
        return None  # "who compared cyber attacks to kinetic attacks": words someone said (topics/quotes.py)
    if match := _SEVERAL.search(whole := _normal(text)):
        return _several(lookup, whole, match)
    parts, order = compared_parts(text)
    if len(parts) < 2:
        return None
    found = [(p, entry_named(lookup, p, today) or ((alone := alone_as_typed(p, parts, whole)) and entry_named(lookup, alone, today)) or ((dated := shared_year(p, parts, whole)) and entry_named(lookup, dated, today))) for p in parts]  # "in 2024, ... or the london one"
    entries = [e for _, e in found if e is not None]
    if not entries or len({e.id for e in entries}) < len(entries):
        return None  # names nothing, or one entry twice: not two entries to compare
    if missing := [p for p, e in found if e is None]:
        return compare_with_moments(lookup, found, today, order, _when, either=bool(_EITHER.search(asked))) or _missing(lookup, missing[0], entries, today)  # "rutte becoming sg"
    if order in _CLAIMS and len(entries) == 2 and all(start_of(e) for e in entries):  # "was A before B?": yes or no
        first, then = entries
        earlier = start_of(first).first_day() < start_of(then).first_day()
        return _side_by_side(lookup, entries, "first", yes=earlier == (_CLAIMS[order] == "earlier"))
    if order == "first" and _EITHER.search(asked) and len(entries) == 2 and all(start_of(e) for e in entries):  # "was A before or after B?": A was after B
        reply, (a, b) = _side_by_side(lookup, entries, "first"), (start_of(e).first_day() for e in entries)
        return replace(reply, title=event_messages.relative_to(entries[0].name, "before" if a < b else "after" if a > b else "at the same time as", entries[1].name, reply.title), items=tuple(dict.fromkeys((*item_refs(entries[:1]), *reply.items))))
    reply = _side_by_side(lookup, entries, None if order == "same" else order)
    if order == "same" and _SAME_KIND.search(whole):
        kinds = {e.id: e.series or e.kind if isinstance(e, Event) else type(e).__name__.lower() for e in entries}  # "were those the same kind"
        alike = len(set(kinds.values())) == 1
        reply = replace(reply, title=event_messages.yes_or_no(alike, event_messages.kinds_of(join_words(e.name for e in entries), [
            f"{e.name}: {kinds[e.id]}" for e in entries], alike)), items=(*reply.items, *(r for k in dict.fromkeys(kinds.values()) for r in series_entries(lookup, k))))
    elif order == "same":  # "is the pledge the same thing as the domain of operations": two entries, so no
        reply = replace(reply, title=event_messages.yes_or_no(False, event_messages.not_the_same(join_words(e.name for e in entries))))
    return _with_speakers(lookup, reply, entries) if _ASKS_WHO.search(whole) else reply


def _with_speakers(lookup: Lookup, reply: Reply, entries: list[Entry]) -> Reply:
    """"who gave the big speech at rome compared with tirana": the events' speakers named among the items, after the events."""
    people = [lookup.knowledge.people[p] for e in entries if isinstance(e, Event) for p in e.speakers if p in lookup.knowledge.people]
    return replace(reply, items=tuple(dict.fromkeys((*reply.items, *item_refs(people)))))


def compared_parts(text: str) -> tuple[list[str], str | None]:
    """The entries a message compares, and the order asked ("first", "older", "before" or None):

        "what came before: the warsaw pledge or the wales policy?" -> (["the warsaw pledge", "the wales policy"], "before")

    Read in the part of the message that holds the cue, joined with the part after it (or before it) when
    the entries stand there ("which was first? berlin or rome"); commas separate entries ("rome, berlin and tirana").
    """
    segments = [_normal(s) for s in _SEGMENT.split(text) if s.strip()]
    for cued in (n for n, s in enumerate(segments) if set(s.split()) & CUES):
        for window in (segments[cued:cued + 1], segments[cued:cued + 2], segments[max(cued - 1, 0):cued + 1]):
            parts, order = _read(" ".join(window))
            if len(parts) >= 2:  # "... was berlin 2023. surely the pledge conferences predate that?": "that" is the sentence before
                return [pointed_at(segments[cued - 1]) if p in POINTERS and cued and window[0] is segments[cued] else p for p in parts], order
    return [], None


def _read(whole: str) -> tuple[list[str], str | None]:
    parts, order, shared = [], None, shared_noun
    if match := _ASKS_BEFORE.match(whole):  # "was a before b" claims; "... before or after b" asks; "did berlin ... the summit": berlin alone
        parts, order, shared = [match["a"], match["b"]], "first" if match["either"] else match["order"], list
    elif match := _ASKS_ORDER.search(whole):
        after = _TAIL.sub("", whole[match.end():]).strip()
        parts, order = _parts(after or whole[: match.start()]), match["order"]
    elif match := _ASKS_COMPARE.search(whole):
        parts = [match["parts"], match["b"]] if match["b"] else _parts(_TAIL.sub("", match["parts"]))
    elif match := _VERSUS.match(_TAIL.sub("", whole)):
        parts = [_ASK_BEFORE_ENTRY.sub("", match["a"]), match["b"]]
    elif " same" in f" {whole}" and (match := _SAME.match(whole)):
        a = _POINTED_SUBJECT.sub("", match["a"])  # "rome 2022 and the hague 2024 were those the same": the two named before
        parts, order = [a, match["b"]] if match["b"] else _parts(a), "same"
    return [p for p in shared([p.strip() for p in parts]) if p in POINTERS or any(not w.isdigit() for w in tokens(p)) and not only_shape(p)], order  # not "2 bullets each"


def _normal(text: str) -> str:
    return " ".join(SHORTHAND.get(w, w) for w in _STRESS.sub(" ", normalize(text.replace(",", " and ")).replace(" s ", " ")).split())  # "rome, the hague and tirana": three entries; "conf"


def entry_named(lookup: Lookup, part: str, today: dt.date) -> Entry | None:
    """The event, pledge or initiative (a series) ``part`` names, meeting the year and places it names."""
    mentions = find_mentions(lookup, part, today)
    dated = mentions.year is not None or mentions.ordinal is not None
    if dated and (event := event_named(lookup, part, today)) is not None:
        return event
    entry = lookup.best(part, ("event", "pledge", "initiative"), min_coverage=NAMED_OUTRIGHT)  # named, not only mentioned
    if isinstance(entry, Initiative) and mentions.places:  # "the tallinn pledge conference": that series' event there
        there = [e for e in map(lookup.knowledge.events.get, entry.events) if e is not None and not unmet(e, mentions)]
        entry = there[0] if len(there) == 1 else None
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
    return [p for p in _SPLIT.split(_LEADING_AND.sub("", text.strip())) if p]


def _side_by_side(lookup: Lookup, entries: list[Entry], order: str | None, yes: bool | None = None) -> Reply:
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
        title = came(earlier.name, _when(earlier), later.name, _when(later)) + gap_words.later_by(start_of(earlier).first_day(), start_of(later).first_day(), "later" if asked_first else "earlier")  # "by how long"
    else:
        title = event_messages.compared(join_words(e.name for e in ordered))
    if yes is not None:
        title = event_messages.yes_or_no(yes, title)
    blocks = tuple(Block(_facts(lookup, e), style="item", heading=e.name) for e in ordered)
    firsts = [e for e in map(_first_edition(lookup), ordered) if e is not None and e not in ordered]  # a series: its first edition too
    return Reply("answer", title, blocks=blocks, items=item_refs([*ordered, *firsts]), sources=source_refs(lookup.knowledge, ordered),
                 suggestions=tuple(_command_for(e) for e in ordered[:2]) + ("events",))


def _first_edition(lookup: Lookup):
    """The first event of a series (an initiative with events), or None for any other entry."""
    def first(entry: Entry) -> Event | None:
        events = [e for e in map(lookup.knowledge.events.get, getattr(entry, "events", ())) if e is not None] if isinstance(entry, Initiative) else []
        return min(events, key=lambda e: e.when.start.first_day()) if events else None
    return first


def _command_for(entry: Entry) -> str:
    """The command that tells more: "event X", "pledge X", "search X" (no command shows an initiative alone)."""
    return f"{'event' if isinstance(entry, Event) else 'pledge' if isinstance(entry, Pledge) else 'search'} {entry.name}"


def _when(entry: Entry) -> str:
    if isinstance(entry, Event):
        return when_text(entry.when)
    start = start_of(entry)
    if start is None:
        return "date not recorded"
    if isinstance(entry, Initiative):
        return f"first held {start}" if len(entry.events) > 1 and entry.kind == "programme" else f"established {start}"
    return str(start)


def _facts(lookup: Lookup, entry: Entry) -> str:
    """One line per entry: when, where, hosts; a series its first edition and count; a pledge where it was agreed."""
    knowledge = lookup.knowledge
    if isinstance(entry, Event):
        parts = [when_text(entry.when), where_text(entry)]
        parts.append(f"hosted by {join_words(entry.hosts)}" if entry.hosts else "")
        speakers = [knowledge.people[p].name for p in entry.speakers if p in knowledge.people]
        parts.append(f"speakers: {join_words(speakers)}" if speakers else "")
        present = [s for s in sentences(entry.summary or "") if MANNER.search(s)] + [  # "addressed it by video"; an earlier day claimed, unverified
            s for s in sentences(entry.notes or "") if entry.kind == "publication" and "unverified" in s]
        return "; ".join(p for p in parts if p) + "." + "".join(f" {s}" for s in present[:1])
    if isinstance(entry, Pledge):
        event = knowledge.events.get(entry.event) if entry.event else None
        return f"Agreed {entry.date}" + (f" at {event_label(event)}" if event else "") + f" by {entry.by}."
    editions = _editions(lookup, entry)
    line = f"{entry.kind.capitalize()}, {_when(entry)}"
    if editions:
        line = (f"A series, {_when(entry)}: {len(editions)} editions in the knowledge, from {event_label(editions[0])}"
                f" to {event_label(editions[-1])}")
    return f"{line}. {_first_sentence(entry.summary)}".strip()


def _editions(lookup: Lookup, initiative: Initiative) -> list[Event]:
    """The events of a series the initiative is ("Cyber Defence Pledge Conference"), oldest first; [] for any other."""
    events = [e for e in map(lookup.knowledge.events.get, initiative.events) if e is not None]
    if not events or any(normalize(e.series or "") != normalize(initiative.name) for e in events):
        return []
    return sorted(events, key=lambda e: e.when.start.first_day())


def _first_sentence(text: str | None) -> str:
    return sentences(text, most=1)[0]


def _missing(lookup: Lookup, part: str, found: list[Entry], today: dt.date) -> Reply:
    """One entry named is not in the knowledge (or names several): said first; what was found, labelled, after."""
    mentions = find_mentions(lookup, part, today)
    if len(candidates := fitting(lookup, mentions)) > 1:  # "the london one": 2019 or 2024?
        title, kind = event_messages.which_one(part, [event_label(e) for e in candidates]), "usage"
    else:
        missed_reply = no_such_event(lookup, part, today)
        title, kind = (missed_reply.title if missed_reply else messages.nothing_matches(part)), "not_found"
    blocks = (Block(join_words(f"{e.name} ({_when(e)})" for e in found) + ".", heading=messages.SUGGESTIONS_HEADING),)
    return Reply(kind, title, blocks=blocks, items=item_refs(found),
                 suggestions=tuple(_command_for(e) for e in found[:2]) + ("events",))


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


#: Patterns of the functions above, compiled with the others when a bot loads (``bot.patterns``).
_LEADING_AND = lazy_pattern(r"^(?:(?:and|or|the two|both|between)\s+)+")


