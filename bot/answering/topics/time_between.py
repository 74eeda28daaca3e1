"""How much time lay between two entries: "how many years between the Wales and Washington summits?".

    "how many years between the wales summit and the washington summit"  -> "9 years and 10 months: NATO Wales Summit 2014 (...) to ..."
    "how long after the pledge was the nicc agreed"                       -> "8 years: Cyber Defence Pledge (8 July 2016) to ..."
    "how many months between the rome and hague conferences"             -> "18 months: ..."

Each side is the event, decision or body its words name (a body dates from its founding); a side that names a
kind the other spells out ("the paris and the hague pledge conferences") borrows it. A side the knowledge does
not hold is said so, never replaced by a neighbour. Dates known only to the month or year are counted so, with
"about". Pure over the look-ups; a question without "between", "separate", "after" or "before" costs a set test.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event, FuzzyDate, Initiative, Pledge
from ...reply import Field, Reply
from .. import terse_messages as say
from ..constraints import unmet
from ..elapsed import months_between
from ..lookup import Lookup
from ..mentions import find_mentions
from ..places import places_in
from ..phrasing import item_refs, source_refs, when_text
from ..normalizing import tokens, word_set
from ...patterns import lazy_pattern
from .events import find_event
from .named_event import event_named
from .moment_intervals import answer_moment_interval
from .interval_sides import at_edge, day_counted, edge_of, founding_decision, speech_dated, with_place_shared

_HOW = r"^(?:how (?:many (?:full |whole |complete |calendar )?(?P<unit>years|months|days|weeks)|long|much time)|what (?:was|is|s) the (?:gap|time|interval|time gap|time span))"
_BETWEEN = lazy_pattern(rf"{_HOW}(?: (?:passed|elapsed|went by|was there|were there|is there|are there|lay|lies|was it|is it))? between (?P<x>.+?) and (?P<y>.+?)$")
_SEPARATE = lazy_pattern(r"^how many (?P<unit>years|months|days|weeks) (?:separate|separated|lie between|lay between) (?P<x>.+?) (?:and|from) (?P<y>.+?)$")
_AFTER = lazy_pattern(rf"{_HOW} (?P<dir>after|before) (?P<x>.+?) (?:was|were|did|came|is) (?P<y>.+?)"
                      r"(?: (?:agreed|held|decided|set up|established|founded|created|launched|come|happen|take place|published|written|adopted"
                      r"|issued|signed|made|endorsed|approved|recognised|recognized|opened|run))?$")
_CUES = frozenset("between separate separated after before".split())
#: Who decided and how, before what they decided: "(after the pledge did) allies agree to set up the nicc".
_DECIDED = lazy_pattern(r"^(?:the )?(?:nato |allied )?(?:allies|nato|leaders|the alliance|they|heads of state(?: and government)?|defence ministers) "
                        r"(?:agree|decide|vote|choose|commit|move|get|finally)(?: to)?(?: (?:set up|establish|create|launch|found|adopt|issue|make|recognise|recognize|hold|agree))? ")
#: A topic said after the second side: "between wales and warsaw on the cyber decisions", "... on cyber".
_ON_TOPIC = lazy_pattern(r"\s+(?:on|about|regarding|re|in terms of) (?:the |their |its )?(?:cyber(?: defen[cs]e)?(?: (?:decisions?|policy|policies|side|front|stuff|outcomes?))?"
                         r"|(?:decisions?|policy|policies|outcomes?))$")
#: Words of a kind a side may borrow from the other: "the paris [pledge conference] and the hague pledge conference".
_KIND_WORDS = frozenset("pledge annual cyber defence nato conference conferences summit summits exercise".split())


def answer_time_between(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The time between the two entries ``question`` (normalised) names, or None when it asks something else."""
    if not question.startswith(("how ", "what ")) or _CUES.isdisjoint(word_set(question)):
        return None
    match = _BETWEEN.match(question) or _SEPARATE.match(question) or _AFTER.match(question)
    if match is None:
        return None
    if (moment := answer_moment_interval(lookup, match["x"], match["y"], match["unit"], today, lambda words: _told(lookup, words, today), span_text)) is not None:
        return moment  # "between rutte being appointed and him starting as sg": a person's days in a role
    x_side, y_side = edge_of(match["x"]), edge_of(_ON_TOPIC.sub("", match["y"]))  # "... and warsaw on the cyber decisions": warsaw
    x, y = with_place_shared(*_shared_kind(x_side.words, y_side.words))  # "the vilnius dates being announced and the summit": the vilnius summit
    first, second = (at_edge(_side_dated(lookup, words, side.decided, today) or _side_dated(lookup, side.words, side.decided, today), side.edge)
                     for words, side in ((x, x_side), (y, y_side)))  # a kind borrowed that fits none ("berlin [pledge conference]"): as said
    if first is None or second is None:
        missing = x if first is None else y
        return Reply("not_found", say.no_entry_named(missing.strip()), suggestions=("events", "pledges"))
    if first[0] is second[0]:
        return None
    earlier, later = sorted((first, second), key=lambda p: p[1].first_day())
    (a, a_date), (b, b_date) = earlier[:2], later[:2]
    span = span_text(a_date, b_date, match["unit"])
    asked = [second[0], first[0]] if "dir" in match.groupdict() else [a, b]  # "how long after x did y take place": y is asked about
    a_when, b_when = (side[2] if len(side) > 2 else day_counted(side[0], side[1], _when(side[0])) for side in (earlier, later))  # "... spoke on 10 November"
    return Reply("answer", say.time_between(span, a_when, a.name, b_when, b.name),
                 fields=(Field(a.name, _when(a)), Field(b.name, _when(b))),
                 items=item_refs(list({e.id: e for e in [*asked, *(side[3] for side in (earlier, later) if len(side) > 3)]}.values())), sources=source_refs(lookup.knowledge, [a, b]))


def _shared_kind(x: str, y: str) -> tuple[str, str]:
    """"the paris", "the hague pledge conferences" -> "the paris pledge conference", "the hague pledge conference"."""
    y_tail = []
    for word in reversed(y.split()):
        if word not in _KIND_WORDS:
            break
        y_tail.insert(0, word.removesuffix("s") if word.endswith(("conferences", "summits")) else word)
    y = " ".join([*y.split()[: len(y.split()) - len(y_tail)], *y_tail])
    if y_tail and _KIND_WORDS.isdisjoint(x.split()):
        x = f"{x} {' '.join(y_tail)}"
    return x, y


def _dated(lookup: Lookup, words: str, today: dt.date) -> tuple[Event | Pledge | Initiative, FuzzyDate] | None:
    """The entry ``words`` name and the day it began (an event), was agreed (a decision) or was founded (a body);
    None when the place or year they name fits no event ("the oslo conference")."""
    if not tokens(words):
        return None
    mentions = find_mentions(lookup, words, today)
    if mentions.ordinal is not None:  # "the fifth pledge conference": that edition of its series, or none
        if (event := event_named(lookup, words, today)) is not None:
            return event, event.when.start
        return _first_of(lookup, words) if mentions.ordinal == 1 else None  # "the first cyber coalition": the series' first edition
    event = find_event(lookup, words)
    if (mentions.places or mentions.year) and (event is None or unmet(event, mentions)):
        return None
    thing = lookup.best(words, ("pledge", "initiative", "event"))
    only_a_place = not set(tokens(words)) - {w for name, _ in places_in(words) for w in name.split()}  # "rome": the gathering there
    if event is not None and (thing is None or isinstance(thing, Event) or only_a_place
                              or _KIND_WORDS & set(words.split()) - {"cyber", "defence", "nato", "pledge"}):
        return speech_dated(lookup, words, event, today) or (event, event.when.start)  # "stoltenberg's rome keynote": the day he spoke
    if isinstance(thing, Pledge):
        return thing, thing.date
    if isinstance(thing, Initiative) and thing.established is not None:
        return thing, thing.established
    return (event, event.when.start) if event is not None else None


def _told(lookup: Lookup, words: str, today: dt.date) -> tuple | None:
    """One side as a moment's partner reads it: (entry, the day counted, its name, its dates), or None."""
    side = edge_of(words)
    dated = at_edge(_side_dated(lookup, side.words, side.decided, today), side.edge)
    return (dated[0], dated[1], dated[0].name, day_counted(dated[0], dated[1], _when(dated[0]))) if dated else None


def _side_dated(lookup: Lookup, words: str, decided: bool, today: dt.date) -> tuple | None:
    """The entry one side names and its date; told as decided ("allies agree to set up the nicc"), the decision that set it up."""
    if decided or _DECIDED.match(words):
        return _decided(lookup, _dated(lookup, _DECIDED.sub("", words), today))
    return _dated(lookup, words, today)


def _decided(lookup: Lookup, dated: tuple | None) -> tuple | None:
    """A body's founding decision in place of the body, else ``dated`` as it is."""
    decision = founding_decision(lookup, dated[0]) if dated is not None else None
    return (decision, decision.date) if decision is not None else dated


def _first_of(lookup: Lookup, words: str) -> tuple[Event | Initiative, FuzzyDate] | None:
    """The first edition of the series (an initiative with events) ``words`` name, "the first cyber coalition"; None for any other."""
    series = lookup.best(_FIRST.sub(" ", words), ("initiative",))
    editions = [e for e in map(lookup.knowledge.events.get, getattr(series, "events", ())) if e is not None]
    first = min(editions, key=lambda e: e.when.start.first_day()) if editions else None
    return (first, first.when.start) if first is not None else None


_FIRST = lazy_pattern(r"\b(?:first|1st|very first|first ever|original|inaugural)\b")


def _when(entry) -> str:
    if isinstance(entry, Event):
        return when_text(entry.when)
    return str(entry.date if isinstance(entry, Pledge) else entry.established)


def span_text(a: FuzzyDate, b: FuzzyDate, unit: str | None = None) -> str:
    """"10 years", "about 8 years", "1 year and 6 months", "45 days": the time from ``a`` to ``b``."""
    exact = a.day is not None and b.day is not None
    about = "" if exact else "about "
    if (unit in ("days", "weeks") or months_between(a.first_day(), b.first_day()) < 1) and exact:  # under a month: its days
        days = (b.first_day() - a.first_day()).days
        return f"{days // 7} weeks" if unit == "weeks" else f"{days} day{'s' if days != 1 else ''}"
    months = months_between(a.first_day(), b.first_day()) if exact else (b.year - a.year) * 12 + (b.month or 1) - (a.month or 1)
    if unit == "months" or months < 12:
        return f"{about}{months} month{'s' if months != 1 else ''}"
    years, rest = divmod(months, 12)
    plural = "s" if years != 1 else ""
    return f"{about}{years} year{plural}" + (f" and {rest} month{'s' if rest != 1 else ''}" if rest else "")
