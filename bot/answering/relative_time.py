"""Time named relative to today, read as the year it means, before a question's mentions are found.

    "last year's NCDC - where/when"           -> "where when 2025 ncdc"        (today in 2026)
    "who hosted this year's pledge conference" -> "who hosted 2026 pledge conference"
    "pledge conf the year before last"         -> "pledge conference 2024"
    "what happened last month"                 -> "what happened in october 2026"
    "the conference 2 years ago in may"        -> "the conference in may 2024" (a month, so a year: not how long ago)
    "what was 2 years ago this month"          -> "what was in november 2024" (asked in november 2026)
    "what happened 10 years ago in warsaw"     -> "what happened in 2016 in warsaw" (a place: that year there)
    "what happened 10 years ago"               -> "what happened in 2016" (the year; "10 years ago today" is the day)
    "the pledge conf from 2 years ago, where"  -> "the pledge conference in 2024, where" (a gathering of that year)
    "in berlin on this very date three years back" -> "in berlin on this date 3 years ago" (a day counted back)
    "is it ten years this year since the pledge" -> "is it 10 years since the pledge"
    "anything on this same date back in 2023?"   -> "anything on 9 November 2023?" (``this_day_in_year``, typed text)

Only a year as a whole is read ("last year", "this year", "next year", "the
year before last", a month some years ago); "in the last year" (the past twelve months) and "years
ago" are other questions and stay as they are. Pure: ``today`` is passed in.
"""

from __future__ import annotations

import datetime as dt
import re

from ..patterns import lazy_pattern
from .quoted import quoted_spans

#: "last year", "the previous year", "this year", "the year before last": years from today; not "in the last year" (twelve months).
_YEAR_WORDS = lazy_pattern(r"(?<!\bin )(?<!\bover )(?<!\bduring )(?<!\bwithin )(?<!\bin the )(?<!\bover the )(?<!\bduring the )(?<!\bwithin the )"
                           r"\b(?:the )?(?:(?P<which>last|previous|this|current|next|coming) year(?:s(?= (?!of |ago\b)\w))?|year before last)\b(?! (?:or so|and a half))")
_OFFSETS = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


#: "last month", "this month", "next month": a calendar month from today; not "in the last month" (thirty days).
_MONTH_WORDS = lazy_pattern(r"(?<!\bin the )(?<!\bover the )(?<!\bwithin the )(?<!\bduring the )\b(?:the )?(?P<which>last|previous|this|current|next|coming) month\b")


#: "2 years ago this month": this month some years back, read as "2 years ago in <this month>".
_AGO_THIS_MONTH = lazy_pattern(r"\b(\d{1,2} years? ago|(?:a|one) year ago) (?:this|the same) month\b")
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
#: A month some years back: "2 years ago in may", "in may 2 years ago", "a year ago in october".
_MONTH_YEARS_AGO = lazy_pattern(rf"\b(?P<count>\d{{1,2}}|a|one) years? ago in (?P<month>{_MONTH_NAMES})\b|\bin (?P<month2>{_MONTH_NAMES}) (?P<count2>\d{{1,2}}|a|one) years? ago\b"
                              r"|\b(?P<count3>\d{1,2}|a|one) years? ago(?= (?:in|at) (?!the last|the past)\w)")  # "10 years ago in warsaw": that year, there

#: A gathering (or a piece written) named by how many years ago it was: "the pledge conf from 2 years ago", "the summit 10 years ago".
_GATHERING_YEARS_AGO = lazy_pattern(r"\b(?P<noun>conf(?:erence)?s?|summits?|editions?|events?|meetings?|one|exercises?|op ?eds?|articles?|pieces?|columns?|essays?|speech(?:es)?|lines?|quotes?|remarks?)"  # "the op-ed, the line from 10 years ago": of then
                                    r"(?: (?:from|of|held|that was|which was|was held|were held|was|took place|started|began|opened|happened))? "
                                    r"(?:about |around |roughly |exactly )?(?P<count>\d{1,2}|a|one) years? ago\b(?! (?:in|at|this|the same|today|from today|as of today|on this) )(?! ?(?:today|from today)$)")

#: "what happened 10 years ago", "anything from a year ago": that year, not today's date then (which "today" or "on this day" asks).
_HAPPENED_YEARS_AGO = lazy_pattern(r"^(?P<ask>(?:(?:what|anything|which events?|events|what events) (?:(?:happened|took place|went on|was there|was on|were there) )?)?(?:from |in )?)"
                                   r"(?:about |around |roughly )?(?P<count>\d{1,2}|a|one) years? ago$")

_CLAIMED_AGO = ("was ", "were ", "is ", "did ", "how long", "is it true")
_THERE_WAS = ("was there ", "were there ")
#: A span stated of a thing, not asked: "the london pledge conference was 2 years ago" (not "which summit was 10 years ago").
_STATED_AGO = lazy_pattern(r"(?!(?:which|what|who|when|where|how|anything|any|list|show)\b).* (?:was|were|took place|happened) (?:about |around |roughly |exactly )?(?:\d{1,2}|a|one) years? ago$")
#: Two years offered, one counted back: "was it last year or 2 years ago" (last year already a year) -> "in 2025 or in 2024".
_YEAR_OR_AGO = lazy_pattern(r"\b(?:in )?(?P<year>(?:19|20)\d\d) or (?P<count>\d{1,2}|a|one) years? ago\b"
                            r"|\b(?P<count2>\d{1,2}|a|one) years? ago or (?:in )?(?P<year2>(?:19|20)\d\d)\b")

_COUNT_WORDS = {w: str(n) for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2)}
#: A span counted in words or said "back": "three years back" -> "3 years ago", "two years ago" -> "2 years ago".
_SPAN_BACK = lazy_pattern(rf"\b(?P<count>{'|'.join(_COUNT_WORDS)}|\d{{1,2}}) (?P<unit>years?|months?|weeks?|days?) (?:ago|back)\b")
#: "on this very date", "this same day": today's date.
_THIS_VERY_DAY = lazy_pattern(r"\bthis (?:very|same|exact) (?P<unit>day|date)\b")
#: "is it ten years this year since X": the span claimed, counted to this year ("is it 10 years since X").
_SPAN_THIS_YEAR = lazy_pattern(rf"\b(?P<count>{'|'.join(_COUNT_WORDS)}|\d{{1,2}}) years? (?:ago )?this year (?:since|that)\b")


def with_years(question: str, today: dt.date) -> str:
    """``question`` (normalised) with each year (and calendar month) named relative to ``today`` written as that year."""
    question = counted_back(question)
    if " month" in question:  # "what happened last month" -> "what happened in october 2026"
        question = _AGO_THIS_MONTH.sub(lambda m: f"{m[1]} in {today:%B}".lower(), question)  # "2 years ago this month": in november
        question = _MONTH_WORDS.sub(lambda m: _month(m, today, at_end=m.end() == len(question)), question)
    if " year" not in question:  # most questions: no pattern run
        return question
    if " ago" in question:  # "the conference 2 years ago in may" -> "the conference in may 2024"
        question = _MONTH_YEARS_AGO.sub(lambda m: _month_years_ago(m, today), question)
        question = _HAPPENED_YEARS_AGO.sub(lambda m: f"{m['ask'].removesuffix('from ').removesuffix('in ')}in {_years_back(m['count'], today)}", question)
        if (not question.startswith(_CLAIMED_AGO) or question.startswith(_THERE_WAS)) and not _STATED_AGO.match(question):  # "was the tirana conference 2 years ago?", "the x was 2 years ago?" check how long ago; "was there one 2 years ago?" asks that year
            question = _GATHERING_YEARS_AGO.sub(lambda m: f"{m['noun']} in {_years_back(m['count'], today)}", question)
    question = _YEAR_WORDS.sub(lambda m: _year(m, today, at_end=m.end() == len(question)), question)
    return _YEAR_OR_AGO.sub(lambda m: _year_or_ago(m, today), question) if " ago" in question else question


def years_of_lead(typed: str, today: dt.date) -> str | None:
    """``typed`` with the years its lead clause names relative to ``today`` written out, or None; asked when the clause the
    question keeps named none (``with_years`` found nothing in it), so a lead it dropped took them along:

        "the summer summit three years ago, what did they agree on cyber" -> "the summer summit in 2023, what did ..."
        "was there a pledge conference nine years ago, who hosted it"     -> "was there a pledge conference in 2017, who ..."
    Only a lead's words are read: a year asked in the last clause ("... 3 years ago today?") is ``with_years``'s to read.
    """
    lowered = typed.lower()
    if " ago" not in lowered and " year" not in lowered:  # most questions: two substring tests
        return None
    breaks = list(_CLAUSE_END.finditer(lowered))
    if not breaks:
        return None
    lead = lowered[: breaks[-1].start()]
    dated = with_years(lead, today)
    return dated + lowered[breaks[-1].start():] if dated != lead and _YEAR_NUMBER.search(dated) else None


_CLAUSE_END = lazy_pattern(r"(?<=[,;:?!])\s+(?=\S)|\s+[-\u2013\u2014]+\s+")
_YEAR_NUMBER = lazy_pattern(r"\b20\d\d\b")


def _year_or_ago(match, today: dt.date) -> str:
    """"2025 or 2 years ago" -> "in 2025 or in 2024" (today in 2026), in the order asked."""
    if match["year"]:
        return f"in {match['year']} or in {_years_back(match['count'], today)}"
    return f"in {_years_back(match['count2'], today)} or in {match['year2']}"


def _month(match, today: dt.date, at_end: bool) -> str:
    """"last month" -> "october 2026" ("in october 2026" at the end: "anything last month")."""
    count = today.year * 12 + today.month - 1 + _OFFSETS[match["which"]]
    month = f"{dt.date(count // 12, count % 12 + 1, 1):%B %Y}".lower()
    return f"in {month}" if at_end else month


def _year(match, today: dt.date, at_end: bool) -> str:
    """"last year's ncdc" -> "2025 ncdc"; "was there one last year" -> "was there one in 2025"."""
    year = str(today.year + (_OFFSETS[match["which"]] if match["which"] else -2))
    return f"in {year}" if at_end else year


def _years_back(count: str, today: dt.date) -> int:
    """The year ``count`` ("2", "a", "one") years before ``today``'s."""
    return today.year - (1 if count in ("a", "one") else int(count))


def _month_years_ago(match, today: dt.date) -> str:
    """"2 years ago in may" -> "in may 2024" (today in 2026)."""
    count = match["count"] or match["count2"] or match["count3"]
    year = _years_back(count, today)
    return f"in {match['month'] or match['month2']} {year}" if count != match["count3"] else f"in {year}"


def counted_back(question: str) -> str:
    """"on this very date three years back" -> "on this date 3 years ago"; "ten years this year since" -> "10 years since"."""
    if " back" in question or " ago" in question:
        question = _SPAN_BACK.sub(lambda m: f"{_COUNT_WORDS.get(m['count'], m['count'])} {m['unit']} ago", question)
    if " very " in question or " same " in question or " exact " in question:
        question = _THIS_VERY_DAY.sub(lambda m: f"this {m['unit']}", question)
    if " this year " in question:
        question = _SPAN_THIS_YEAR.sub(lambda m: f"{_COUNT_WORDS.get(m['count'], m['count'])} years since", question)
    return question


#: "on this same date back in 2023", "today's date in 2022", "the same day in 2024": today's day and month in that year.
_THIS_DAY_IN_YEAR = lazy_pattern(r"\b(?:on )?(?:(?:this|today'?s|todays) (?:(?:very|same|exact|calendar) )?|(?:(?:the|that) )?same )(?:day|date) "
                                 r"(?:back |of )?in (?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def this_day_in_year(text: str, today: dt.date) -> str:
    """``text`` as typed, with "this day in <year>" written as that year's date ("on 9 November 2023"), which the day routes know."""
    if " in 19" not in text and " in 20" not in text:  # most questions: no pattern run
        return text
    quoted = [span.lower() for span in quoted_spans(text)]  # "draft: 'on this day in 2016, allies agreed ...' good?": a claim's words
    return _THIS_DAY_IN_YEAR.sub(lambda m: (not any(m[0].lower() in span for span in quoted) and _day_in(today, int(m["year"]))) or m[0], text)


def _day_in(today: dt.date, year: int) -> str:
    try:
        return f"on {today.replace(year=year):%-d %B %Y}"
    except ValueError:  # 29 February in a common year: no such day
        return ""
