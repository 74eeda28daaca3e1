"""How often a series or an exercise takes place, in the knowledge's own words or by the editions it records.

    "how often is cyber coalition"             -> "Cyber Coalition: NATO's annual cyber defence exercise, usually in November."
    "is the pledge conference annual?"         -> "Cyber Defence Pledge Conference: editions in 2018, 2019, … (the knowledge
                                                   does not say how often it meets)"
    "how often do the conferences happen"      -> both conference series, each with how often

Where the entry's summary says how often ("annual", "every year"), that sentence is the answer; else the years
of the editions recorded are, which is all the knowledge can tell. A question naming no recurring thing is left
to the other routes. Tried only when a word of frequency is typed.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Initiative
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..event_index import with_words_of
from ..mentions import find_ordinal as ordinal_in, series_events
from ..places import places_in
from ..phrasing import item_refs, join_words, sentences
from ..normalizing import normalize, tokens, word_set
from .initiatives import initiative_reply

_CUES = frozenset("often frequently regularly annual annually yearly".split())
_EVERY_YEAR = ("every year", "each year", "once a year")
#: "how often …", "is X annual", "are X held every year", "does X happen each year".
_HOW_OFTEN = lazy_pattern(r"(?:\bhow (?:often|frequently|regularly) (?:is|are|was|were|does|do|did|has|have)?\s*(?P<thing>.+?)"
                          r"(?: (?:held|run|organi[sz]ed|happen|happening|take place|taking place|convened|hosted))?"
                          r"|^(?P<thing2>.+?) how (?:often|frequently)(?: is it| are they)?)$")
_IS_ANNUAL = lazy_pattern(r"^(?:is|are|was|were|does|do) (?P<thing>.+?) (?:held |run |organi[sz]ed |happening |happen |take place |taking place )?"
                          r"(?:an? )?(?:annual|annually|yearly|every year|each year|once a year)(?: event| thing| exercise| conference| meeting)?$")
#: A claim of how often, checked: "the pledge conferences happen every year since 2016, correct?", "X is annual, right?".
_CLAIMED_ANNUAL = lazy_pattern(r"^(?:is it true that )?(?P<thing>(?!(?:is|are|was|were|does|do|did|how|where|when|what|which|who|why)\b).+?) (?:happen|happens|happened|take place|takes place|took place|meet|meets|met"
                               r"|run|runs|are held|is held|were held|have been held|has been held|are|is|were|have been|has been)(?: held)? (?:an? )?(?:annual|annually|yearly|every year|each year|once a year)"
                               r"(?: events?| things?| conferences?)?(?: (?:since|from) (?P<since>(?:19|20)\d\d))?(?: no| right| correct| yes| true)?$")
#: Words that say how often, in an entry's summary.
_SAYS_HOW_OFTEN = lazy_pattern(r"\b(?:annual|annually|yearly|every year|each year|every two years)\b")
#: "the conferences", "nato conferences": every conference series.
_SHOWN = 10  # summits listed, the newest
_ANY_CONFERENCE = frozenset("the nato cyber defence defense annual conferences conference these those".split())


def answer_how_often(lookup: Lookup, text: str, question: str) -> Reply | None:
    """The reply to "how often is X held" (``text`` as typed, ``question`` normalised, which reads "how often is X held"
    as "what is X"), or None when it asks no such thing of a recurring entry."""
    if _CUES.isdisjoint(word_set(question)) and "often" not in text and "frequent" not in text and not any(e in question for e in _EVERY_YEAR):
        return None
    match = _HOW_OFTEN.search(normalize(text)) or _IS_ANNUAL.match(question) or _CLAIMED_ANNUAL.match(question)
    thing = (match["thing"] or match.groupdict().get("thing2") or "") if match else ""
    if not thing or ordinal_in(thing) is not None or places_in(thing):
        return None  # "is berlin the first annual conference": a claim about one edition
    named = _recurring_named(lookup, thing)
    if not named and not {"summit", "summits"}.isdisjoint(thing.split()):  # no series entry: the summits the knowledge records
        summits = sorted((e for e in with_words_of(lookup.event_index, "summit") if e.kind == "summit"), key=lambda e: e.when.start.first_day())
        years = join_words(str(y) for y in sorted({e.when.start.year for e in summits}))
        shown = summits[-_SHOWN:]  # the newest, a line each
        return Reply("list", f"NATO summits in the knowledge: {years} (how often they meet is not recorded)",
                     blocks=tuple(Block(f"{e.when} — {e.name}", style="item") for e in shown), items=item_refs(shown),
                     suggestions=("events summits",)) if summits else None
    if not named:
        return None
    if len(named) == 1:
        return replace(initiative_reply(lookup, named[0]), title=_since_claimed(lookup, named[0], match.groupdict().get("since")) + _how_often(lookup, named[0]))
    lines = [_how_often(lookup, series) for series in named]
    return Reply("list", "How often each series meets", blocks=tuple(Block(line, style="item") for line in lines),
                 items=item_refs(named), suggestions=tuple(f"what is the {s.name}" for s in named))


def _recurring_named(lookup: Lookup, thing: str) -> list[Initiative]:
    """The recurring entries ``thing`` names: one by its name, or every conference series for "the conferences"."""
    recurring = [i for i in lookup.knowledge.initiatives.values() if i.kind == "exercise" or "conference" in normalize(i.name)]
    words = set(tokens(thing))
    if words & {"conference", "conferences"}:  # "the pledge conference": the series its own words name; "the cyber defence
        series = [i for i in recurring if "conference" in normalize(i.name)]  # conferences": the one called so; "the conferences": all
        own = [i for i in series if words & (set(normalize(i.name).split()) - _ANY_CONFERENCE)]
        named_so = [i for i in series if not set(normalize(i.name).split()) - _ANY_CONFERENCE] if {"cyber", "defence"} <= words else []
        return own or named_so or series
    best = lookup.best(thing, ("initiative",)) if words else None
    return [best] if best in recurring else []


def _since_claimed(lookup: Lookup, series: Initiative, since: str | None) -> str:
    """"The first was in 2018, not 2016. " when the claim dates the series from a year before its first edition."""
    first = min((e.when.start.year for e in series_events(lookup, series.name)), default=None)
    return f"The first was in {first}, not {since}. " if since and first and int(since) < first else ""


def _how_often(lookup: Lookup, series: Initiative) -> str:
    """What the summary says of how often, else the years of the editions recorded."""
    said = sentences(series.summary or "")[:1]  # what it is; a later sentence may say how often another series meets
    if said and _SAYS_HOW_OFTEN.search(said[0]):
        return f"{series.name}: {said[0]}"
    years = sorted({e.when.start.year for e in series_events(lookup, series.name)})
    if not years:
        return f"{series.name}: the knowledge does not say how often it takes place"
    return f"{series.name}: editions in {join_words(str(y) for y in years)} (the knowledge does not say how often it meets)"
