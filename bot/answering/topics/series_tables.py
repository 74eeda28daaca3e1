"""A whole conference series at once: its editions listed or counted, two series told apart, one event summarised.

    "how many pledge conferences up to 2024, and which cities hosted them?" -> 5 editions, one line each (year, city, hosts)
    "who hosted the pledge conferences in 2018, 2019 and 2021?"              -> those three editions (and any year without one)
    "every conference in order, pledge and annual ones, with host cities"   -> both series, one chronological list
    "pledge conf vs cyber defence conf - same thing?"                       -> no: two series, each with its start and editions
    "summarise the tirana 2025 conference for my brief"                      -> that event's card

Tried before the routes; a question pays a word-set check unless it names a series
(or "conferences") and asks for several editions, a difference or a summary.
"""

from __future__ import annotations

import datetime as dt

from ..constraints import YEARS
from ...knowledge.model import Event
from ...reply import Block, Reply
from .. import series_messages
from ..lookup import Lookup
from ..mentions import ANNUAL_SERIES, ORDINALS, PLEDGE_SERIES, series_entries, series_events
from ..places import places_in
from ..normalizing import normalize, word_set
from ..phrasing import item_refs, join_words, source_refs, when_text, sentences, where_text
from .events import event_reply
from .named_event import event_named
from ...patterns import lazy_pattern

#: Words of a question about several editions at once, two series side by side, or a summary.
_CUES = frozenset("many count number list who where which hosted hosts all every alle each editions chronological chronologically chronologisch order table far tally "
                  "cities countries nations hosts years organised organized differ difference differences different vs versus same another conflate conflating "
                  "confuse confusing confused distinguish summarise summarize summary summarising summarizing overview recap".split())
_SERIES_WORDS = frozenset("pledge annual conference conferences conf confs".split())
_SUMMARY = frozenset("summarise summarize summary summarising summarizing overview recap".split())
_DIFFER = frozenset("differ difference differences different vs versus same another conflate conflating confuse confusing confused "
                    "distinguish".split())
_SEVERAL = lazy_pattern(r"\b(?:how many|list|all|every|alle|each|editions|chronolog\w*|in order|table|so far|to date|tally|count|number of"
                      r"|(?:which|what) (?:cities|countries|nations|hosts|years)|cities|countries|who (?:has |have )?(?:hosted|organi[sz]ed|held)|who (?:organi[sz]es|hosts|runs|holds))\b")
#: Hosts asked in the plural ask the whole series: "which countries hosted a pledge conference" (no place named).
_WHICH_HOSTS = lazy_pattern(r"\b(?:which|what) (?:countries|cities|nations|places|hosts)\b|^who (?:organi[sz]es|hosts|runs|holds)\b")  # or who does, each time
#: With two years or more, these ask the same of each edition: "who hosted the pledge conferences in 2018 and 2021".
_ASKS_EACH = frozenset("where hosted hosts host organised organized organisers organizers cities city countries list when".split())
_AROUND = frozenset("before after since until".split())
_ORDER_WORDS = frozenset("first earlier earliest before after older newer later".split())
#: A whole series, not one edition: a plural, or "so far" ("which countries have hosted the annual conference so far").
_PLURAL = frozenset("conferences confs editions series ones meetings".split())
#: "which cities hosted the pledge conference": every edition's host, though the series is named in the singular.
_MANY_HOSTS = lazy_pattern(r"\b(?:which|what) (?:host )?(?:cities|countries|towns|capitals)\b")
_BOTH = lazy_pattern(r"\b(?:both|and the|as well as)\b")
_AT_ALL = lazy_pattern(r"\b(?:at all|all in all|all right|all the same|(?:good )?(?:morning|afternoon|evening|hi|hello|hey|thanks|thank you|cheers) (?:y )?all)\b")  # "morning all": a greeting
_WHOLE_SERIES = lazy_pattern(r"\b(?:so far|to date|ever|until now|up to now|all|every|alle)\b")
_PEOPLE = frozenset("minister ministers spoke speak speakers speaker said say quote quotes represented attended delegates "
                    "participants people".split())
_NOT_SUMMARY = lazy_pattern(r"\bnot (?:a |the |just a )?summ")
_ANNUAL = lazy_pattern(r"\b(?:annual|defen[cs]e conf\w*)")
_PLEDGE = lazy_pattern(r"\bpledge (?:conf\w*|meetings?|ones?|series)\b")
_ALL_CONFERENCES = lazy_pattern(r"\b(?:every|all|alle)\b(?: the| of the| nato| cyber| defen[cs]e)* conf\w*")
_CONF_WORDS = frozenset("conference conferences conf confs summit meeting event".split())
_WHY_NONE = lazy_pattern(r"\bwhy (?:is|was|were|are) there no\b|\bwhy (?:isn t|wasn t|weren t) there (?:a|an|any)\b|\bwhy no\b|\bwhat happened (?:to|with|in)\b")
#: Words asking where exactly each edition met: "give the venue of each".
_VENUE_WORDS = frozenset("venue venues building buildings premises".split())
_UP_TO = lazy_pattern(r"\b(?:up to|until|till|through|including|by|before|to)\b(?: and including)? (?:the end of )?(?:19|20)\d\d\b")
_RANGE = lazy_pattern(r"\b(?:from|between) (?:19|20)\d\d (?:to|and|until|till) (?:19|20)\d\d\b")
#: Years typed as a span with a dash: "2018-2024", "2018–2024" (a list of years is typed with commas or "and").
_DASHED_SPAN = lazy_pattern(r"\b((?:19|20)\d\d) ?[-\u2010-\u2015] ?((?:19|20)\d\d)\b")
#: One series left out by name: "(the annual series, not pledge)", "excluding the pledge ones": the other one.
_LEFT_OUT = lazy_pattern(r"\b(?:not|excluding|except|without|minus) (?:the )?(pledge|annual)\b(?: (?:ones?|series|conferences?|confs?)\b)?"
                         r"|\b(pledge|annual) (?:ones?|series|conferences?|confs?) (?:excluded|aside|left out)\b|\bno (pledge|annual) (?:ones|series)\b")
_COUNTED = lazy_pattern(r"\b(?:how many|count|number of|tally)\b")
_FROM = lazy_pattern(r"\b(?:since|from|after)\b (?:19|20)\d\d\b")


def answer_series_table(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """``text`` the whole message (its parts may ask and name apart): the series reply, or None for the other routes."""
    lowered = text.lower()
    if "conf" not in lowered and "pledge" not in lowered:
        return None  # most questions
    text = _DASHED_SPAN.sub(r"from \1 to \2", text)  # "pledge conferences 2018-2024": that span
    question = _AT_ALL.sub(" ", normalize(text))  # "the article gives no dates at all": no "all editions"
    left_out = {m[1] or m[2] or m[3] for m in _LEFT_OUT.finditer(question)}  # "(the annual series, not pledge)": only the other one
    question = _LEFT_OUT.sub(" ", question) if len(left_out) == 1 else question
    words = word_set(question)
    if not words & _CUES or not words & _SERIES_WORDS:
        return None  # most questions
    if words & _PEOPLE or _NOT_SUMMARY.search(question) or "compare" in words:  # "compare how the sg took part in the 2023 and 2025 ones": side by side
        return None  # "which romanian minister was at the 2024 pledge conf, and who at the 2022 one": the people steps
    if words & _SUMMARY:
        if "pledge" in words and not _PLEDGE.search(question) and not words & _CONF_WORDS:
            return None  # "summarise the 2016 cyber defence pledge": the pledge itself, not the summit it was made at
        event = event_named(lookup, question, today)
        return event_reply(lookup, event) if event is not None else None
    years = sorted({int(y) for y in YEARS.findall(question)})
    if not years and words & _AROUND and places_in(question):
        return None  # "how many pledge conferences were there before rome": the editions around that one (asked.events_around)
    if not words.isdisjoint(ORDINALS):
        return None  # "between berlin 2023 and tirana 2025, where was the second one": one edition, by its place in the series
    if _WHY_NONE.search(question):
        return None  # "why is there no 2020 pledge conference? gap between 2019 and 2021": the edition missing, not a table
    named = _series_named(question) if len(left_out) != 1 else [ANNUAL_SERIES if "pledge" in left_out else PLEDGE_SERIES]
    if not named and words & _DIFFER and len(years) == 2 and (apart := _series_of_editions(lookup, question, today)):
        return _two_series(lookup, apart)  # "london 2019 and london 2024 - same conference?": two editions of two series
    if not named:
        return None
    if len(named) == 2 and words & _DIFFER and not years:
        return _two_series(lookup, named)
    if len(years) < 2 and not (words & _PLURAL or _WHOLE_SERIES.search(question) or _WHICH_HOSTS.search(question) and not places_in(question)
                                or not years and _MANY_HOSTS.search(question) and not places_in(question)):
        return None  # "list the speakers at the tallinn pledge conference": one edition, answered by the routes
    if not _SEVERAL.search(question) and not (len(years) > 1 and words & _ASKS_EACH and not words & _ORDER_WORDS):
        return None
    editions = sorted((e for s in named for e in series_events(lookup, s)), key=lambda e: e.when.start.first_day())
    if len(years) == 1 and ((bound := _UP_TO.search(question)) or (bound := _FROM.search(question))):
        year, strict = years[0], bound[0].startswith(("before", "after"))  # "before 2021": not 2021 itself
        up_to = bound.re.pattern == _UP_TO.pattern
        editions = [e for e in editions if (e.when.start.year < year if up_to else e.when.start.year > year)
                    or e.when.start.year == year and not strict]
        return _table(lookup, named, editions, [], bound[0], counted=_COUNTED.search(question) is not None)
    if len(years) == 2 and _RANGE.search(question):
        editions = [e for e in editions if years[0] <= e.when.start.year <= years[1]]
        return _table(lookup, named, editions, [], _RANGE.search(question)[0], counted=_COUNTED.search(question) is not None)
    if len(years) == 1:
        return None  # "which cities hosted the 2024 pledge conference": one edition, answered by the routes
    missing = [y for y in years if not any(e.when.start.year == y for e in editions)]
    if years:
        editions = [e for e in editions if e.when.start.year in years]
    return _table(lookup, named, editions, missing, f"in {join_words(map(str, years))}" if years else "", venue=bool(words & _VENUE_WORDS),
                  counted=_COUNTED.search(question) is not None)


def _series_of_editions(lookup: Lookup, question: str, today: dt.date) -> list[str]:
    """"london 2019 and london 2024 - same conference?": the series of the two editions named by place and year, when they differ."""
    parts = _EDITIONS_APART.split(question, maxsplit=1)
    events = [event_named(lookup, part, today) for part in parts] if len(parts) == 2 else []
    series = [e.series for e in events if e is not None and e.series]
    return series if len(series) == 2 and series[0] != series[1] else []


_EDITIONS_APART = lazy_pattern(r" (?:and|vs|versus|or|as|from) (?=\S+ (?:19|20)\d\d\b|(?:the )?(?:19|20)\d\d\b)")


def _series_named(question: str) -> list[str]:
    """The series a question names, Pledge Conferences first; both for "every conference ... pledge and annual"."""
    pledge = bool(_PLEDGE.search(question)) or "pledge" in question.split() and "conferences" in question.split()
    annual = bool(_ANNUAL.search(_PLEDGE.sub(" ", question.replace("pledge conf", " "))))
    if pledge and not annual and _ALL_CONFERENCES.search(question) and _BOTH.search(question):
        annual = "annual" in question or "defence conf" in question
    if annual and not pledge and "annual" not in question.split() and "pledge" not in question:
        pledge = True  # "all the nato cyber defence conferences": both series (each labelled), not only the annual one
    if not pledge and not annual and ("conferences" in question.split() or "confs" in question.split()) and _WHICH_HOSTS.search(question) and not places_in(question):
        pledge = annual = True  # "which countries have hosted conferences": every conference, of both series
    return [s for s, named in ((PLEDGE_SERIES, pledge), (ANNUAL_SERIES, annual)) if named]


def _line(event: Event, both: bool, venue: bool = False) -> Block:
    """"2018 — Paris, France (hosted by France): Cyber Defence Pledge Conference 2018, 15 May 2018"; with the venue when asked."""
    place = (where_text(event) if venue else None) or event.place
    hosts = f"; hosted by {join_words(event.hosts)}" if event.hosts else ""
    label = f" [{series_messages.short_name(event.series)}]" if both else ""
    return Block("", style="item", heading=f"{event.when.start.year} — {place or 'place not recorded'}{hosts}: "
                                           f"{event.name}, {when_text(event.when)}{label}")


def _table(lookup: Lookup, named: list[str], editions: list[Event], missing: list[int], bound: str, *, venue: bool = False,
           counted: bool = False) -> Reply:
    """The editions, one line each; a count ("how many", "count of") is of the series, whose entry comes first."""
    both = len(named) == 2
    places = [e.city or e.country or "?" for e in editions]
    title = series_messages.editions(len(editions), join_words(map(series_messages.plural_name, named)), bound, places)
    blocks = [_line(e, both, venue) for e in editions]
    if missing:
        blocks.append(Block(series_messages.no_edition_in(join_words(map(str, missing)), named)))
    series = tuple(ref for s in named for ref in series_entries(lookup, s)) if counted else ()
    return Reply("list", title, blocks=tuple(blocks), items=(*series, *item_refs(editions)), sources=source_refs(lookup.knowledge, editions),
                 suggestions=tuple(f"event {e.name}" for e in editions[:2]) + ("events",))


def _two_series(lookup: Lookup, named: list[str]) -> Reply:
    """The two series apart: each one's start, editions and what it is."""
    found = [(s, _initiative(lookup, s), series_events(lookup, s)) for s in named]
    starts = [(series_messages.plural_name(s), f"{e[0].city} ({when_text(e[0].when)})" if e else "?") for s, _, e in found]
    blocks = tuple(Block(f"{_first_sentence(i.summary if i else '')} {series_messages.editions_line(e)}".strip(),
                         style="item", heading=series_messages.plural_name(s)) for s, i, e in found)
    initiatives = [i for _, i, _ in found if i is not None]
    editions = [e for _, _, es in found for e in es]
    return Reply("answer", series_messages.two_series(starts), blocks=blocks, items=item_refs([*initiatives, *editions]),
                 sources=source_refs(lookup.knowledge, initiatives), suggestions=("events", f"search {named[0]}"))


def _initiative(lookup: Lookup, series: str):
    return next((i for i in lookup.knowledge.initiatives.values() if i.name.lower() == series.lower()), None)


def _first_sentence(text: str) -> str:
    """What a series is: its summary's first sentence, before any list of editions ("...: Paris 2018, London 2019")."""
    first = sentences(text, most=1)[0]
    return first.split(":", 1)[0].rstrip(".") + "." if first else ""


