"""Who was at two events: "who spoke at both rome 2022 and berlin 2023?", "did anyone speak at both the virtual 2021 one and the hague?"

    "who spoke at both rome 2022 and berlin 2023"      -> Jens Stoltenberg, the one recorded at each
    "was anybody at both the paris and tallinn ones"   -> nobody recorded at both, and who was at each
    "who spoke at both the oslo conference and berlin" -> honest miss: no conference in Oslo
    "which years had both a pledge conference and a summit" -> the events of those years
    "was there a year in which both a pledge conference and an annual conference took place" -> the same
    "any speakers in common between rome and berlin?"  -> the people they share

"both" asks for the people the two events share, not for each event's speakers (``several.py`` splits "who spoke at
each"). Each event is held to the place, year and series its own words name (``held_event``). A question
without "both" and a verb of taking part costs a set test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event
from ...reply import Block, Reply
from .. import terse_messages as say
from ..lookup import Lookup
from ..event_index import in_series
from ..mentions import find_kind, find_mentions, find_series, loose_series
from ..phrasing import event_label, item_refs, join_words
from ...patterns import lazy_pattern
from .events import answer_events_list
from .held_event import held_event
from .participants import people_at
from .people import person_reply

_TAKING_PART = frozenset("spoke speak speaking speakers speaker attended attend attending present addressed appeared went took part participated "
                         "was were".split())
_BOTH = lazy_pattern(r"^(?:(?:so|and|ok|okay)\s+)*(?:who|whom|which (?:\S+ )?(?:people|persons|speakers|officials|ministers|leaders)|anyone|anybody"
                     r"|(?:did|was|were|has|had|is) (?:anyone|anybody|someone|somebody|there (?:anyone|anybody|someone|somebody))|any (?:\S+ )?(?:people|speakers|officials))"
                     r"\b.*?\b(?:both|each of|both of)\s+(?P<events>.+?)(?:\s+(?:conferences|events|ones|summits))?$")
_YEARS_WITH_BOTH = lazy_pattern(r"^(?:(?:(?:in )?(?:which|what) years?|when) (?:were there|was there|had|saw|did nato (?:hold|have)|did (?:it|they) (?:hold|have))"
                                r"|(?:was|were|is) there (?:a|an|any|ever a) years? (?:in which|when|where|that|with)(?: there (?:was|were))?) both "
                                r"(?:an? |the )?(?P<a>.+?) and (?:an? |the )?(?P<b>.+?)(?: (?:took place|were held|was held|happened|occurred|met))?$")
_IN_COMMON = lazy_pattern(r"\b(?:speakers?|people|persons|officials|ministers|anyone|anybody|someone|somebody|names?)\b(?: \S+){0,2}? in common"
                          r" (?:between|at|for|of) (?:the )?(?P<events>.+?)(?:\s+(?:conferences|events|ones|summits))?$")
_AND = lazy_pattern(r"\s+(?:and|&)\s+(?:at\s+|in\s+)?")


def answer_both(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The people recorded at both events the question names, or None when it asks something else."""
    words = question.split()
    if "both" in words and (years := _YEARS_WITH_BOTH.match(question)) is not None:
        return _years_with_both(lookup, years["a"], years["b"])
    common = _IN_COMMON.search(question) if "common" in words else None
    if common is not None:
        match = common  # "were there any speakers in common between rome and berlin"
    elif "both" not in words or _TAKING_PART.isdisjoint(words) or (match := _BOTH.match(question)) is None:
        return None
    if match is not common and _TAKING_PART.isdisjoint(question[:match.start("events")].split()):
        return None  # "who hosted both": not who was there
    parts = _AND.split(match["events"], maxsplit=1)
    if len(parts) != 2:
        return None
    events = []
    for part in parts:
        held = held_event(lookup, part, find_mentions(lookup, part, today))
        if isinstance(held, Reply):
            return held  # "both the oslo conference and berlin": no conference in Oslo
        if held is None:
            return None
        events.append(held)
    first, second = events
    if first.id == second.id:
        return None
    return _shared(lookup, first, second)


def _shared(lookup: Lookup, first: Event, second: Event) -> Reply:
    at_first = dict((p.id, (p, how)) for p, how in people_at(lookup, first))
    at_second = dict((p.id, (p, how)) for p, how in people_at(lookup, second))
    shared = [at_first[i][0] for i in at_first if i in at_second]
    lines = [say.at_event(event_label(e), join_words(p.name for p, _ in people.values()) or say.NOBODY_RECORDED)
             for e, people in ((first, at_first), (second, at_second))]
    if not shared:
        return Reply("answer", say.none_at_both(first.name, second.name), blocks=tuple(Block(line) for line in lines),
                     items=item_refs([first, second]), suggestions=(f"event {first.name}", f"event {second.name}"))
    card = person_reply(lookup, shared[0])
    title = say.at_both(join_words(p.name for p in shared), first.name, second.name)
    return replace(card, title=title, blocks=(*(Block(line) for line in lines), *card.blocks),
                   items=item_refs([*shared, first, second]) + tuple(i for i in card.items if i.id not in {first.id, second.id, shared[0].id}))


def _years_with_both(lookup: Lookup, first: str, second: str) -> Reply | None:
    """"which years had both a pledge conference and an annual conference": the events of the years that had one of each."""
    pools = [_of(lookup, part) for part in (first, second)]
    if any(pool is None for pool in pools):
        return None
    (a_noun, a_events), (b_noun, b_events) = pools
    years = sorted({e.when.start.year for e in a_events} & {e.when.start.year for e in b_events})
    if not years:
        return Reply("not_found", say.no_year_with_both(a_noun, b_noun), suggestions=("events",))
    events = [e for e in (*a_events, *b_events) if e.when.start.year in years]
    more = len(years) - _YEARS_NAMED
    shown = join_words(map(str, years)) if more <= 0 else ", ".join(map(str, years[:_YEARS_NAMED])) + f" and {more} more"
    return answer_events_list(lookup, events, say.years_with_both(shown, a_noun, b_noun))  # a page of them, not every line


_YEARS_NAMED = 10  # in the title; the rest are counted


def _of(lookup: Lookup, words: str) -> tuple[str, list[Event]] | None:
    """The series or kind ``words`` name and its events: "pledge conference", "annual conference", "summit"."""
    if series := find_series(words) or loose_series(words):
        return series, in_series(lookup.event_index, series)
    kind = find_kind(words)
    return (kind, [e for e in lookup.events_by_date if e.kind == kind]) if kind else None
