"""Anniversary and "on this day" questions as comms people ask them, before the routes.

    "doing an 'on this day' post - anything nato cyber happened on today's date?" -> today's answer (days.py)
    "is today the anniversary of anything cyber-related for nato?"               -> the same
    "anything for a this-day-in-history post on 8 july?"                         -> that day's answer
    "is today the anniversary of rutte's video address to tirana?"               -> yes or no: the date, how long ago,
                                                                                    and the next anniversary
A question is tried here only when it holds a cue word (``_CUES``), and answered as a general day question
only when it names nothing of the knowledge (``naming_words``): "what did rutte say on this day" is left to
the quote routes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...knowledge.model import Event, Pledge
from ...reply import Reply
from ...safe_values import day_after
from .. import day_messages as say_day
from ..elapsed import years_between
from ..lookup import Lookup
from ..parse import parse_date, parse_year
from ..places import PLACES
from ..per_load import PerLoad, per_load
from ..phrasing import item_refs, source_refs
from ..normalizing import normalize, tokens, word_set
from .anniversaries import answer_anniversaries, kind_asked, nth_in_year, stretch_asked
from .day_speakers import answer_day_speakers
from .day_topics import PLACE_OF_ANY, TOPIC_OF_ANY, day_about
from .days import answer_on_day
from .events import event_reply
from .general import nothing_about
from .when_where import no_edition, the_edition
from .year_anniversary import year_anniversary, year_meant
from ...patterns import lazy_pattern

_CUES = frozenset("day date anniversary anniversaries history throwback tbt today todays calendar turn turns".split())
#: Words that ask for a day's story: "on this day", "this day in history", "today's date", "anniversary", and
#: today as what is asked about: "what falls on today", "anything for today in the calendar", "special about today".
_DAY_ASK = lazy_pattern(r"\bon (?:this|today s|todays|that) (?:day|date)\b|\bthis day in\b|\btoday s date\b|\btodays date\b|\bthis date\b"
                        r"|\b(?:this|that) date in\b|\b(?:day|date|week|month) in (?:\w+ ){0,3}history\b|\banniversar(?:y|ies)\b|\bthrowback\b|\btbt\b"
                        r"|\b(?:on|for|about) today\b(?! s\b)|\btoday in (?:the |our |my )?(?:\w+ ){0,2}(?:calendar|history)\b")
#: "that day" asks about a day only with the day named ("july 10 2024 - which decision dates from that day").
_THAT_DAY = lazy_pattern(r"\b(?:that|the same|this) (?:day|date)\b")
_ANNIVERSARY_OF = lazy_pattern(r"\banniversary (?:of|for) (?:the |that |this )?(?P<what>.+)")
_WHOSE = lazy_pattern(r"^(?:(?:is|was|when|what|s|it|today|tomorrow|yesterday|the|date|day|of|its)\b ?)*(?P<whose>.+?) (?:s )?anniversary\b")
#: Words around what an anniversary is of: "is today the anniversary of X today? how long ago", "the tirana conference's anniversary".
_AROUND = lazy_pattern(r"\b(?:today|tomorrow|yesterday|on|this|that|date|day|is|it|how long ago was it|how long ago|any|again"
                     r"|being|been|agreed|set up|founded|launched|established|signed|held|announced|created|made|was|were)\b")
#: Words that name nothing of the knowledge, however often its names hold them.
_GENERIC = frozenset("nato cyber defence defense related alliance allies allied history event events thing things anniversary "
                     "anniversaries day date today todays conference conferences summit summits attack attacks incident meeting "
                     "exercise campaign edition related up more new time first second third fourth 3rd part content creators public "
                     "information call future game mr ms money annual dates states united meets house stays raise law support decision decisions quiz round card sheet intro opener tonight tonights s post thread".split())
_SHIFT = {"yesterday": -1, "tomorrow": 1}
_NAMING = PerLoad("topics.day_asks.naming")


#: Words naming a writing, whose publication day a message may name: asked of the writing, not of the day.
_WRITINGS = frozenset("op oped article piece story report column".split())


#: Why a writer asks, after the question: "..., looking for an anniversary hook", "need an anniversary peg": not what is asked.
_WRITERS_HOOK = lazy_pattern(r"[\s.?!,;:-]+(?:(?:i m|im|i am|we re|we are|just) )?(?:looking for|after|hunting for|need|want|trying to find) (?:a|an|some|any) (?:\w+ ){0,2}(?:hook|angle|peg|lede|lead|kicker|intro)s?[\s.?!]*$", re.I)


def answer_day_asks(lookup: Lookup, typed: str, question: str, today: dt.date) -> Reply | None:
    typed = _WRITERS_HOOK.sub("", typed) if "anniversar" in typed.lower() else typed  # "... on this date? looking for an anniversary hook"
    if " today" in typed.lower() and (turns := _TURNS_TODAY.match(normalize(typed))):  # "the pledge turns 10 today, right?"
        typed = f"is today the {turns['n']}th anniversary of {turns['x']}"
    if _CUES.isdisjoint(word_set(question)) and ("anniversar" in typed or not _DAY_ASK.search(normalize(typed))):  # most stop here;
        return None  # "on this day entry for the wiki - what have we got": the clause that asks is not the one with the day
    text = normalize(typed)
    words = text.split()
    if ("anniversar" in text or "turn" in text) and (aged := nth_in_year(lookup, text, today)) is not None:
        return aged  # "which events had their 10th anniversary this year": those ten years older than this year
    if not _DAY_ASK.search(text) and not (_THAT_DAY.search(text) and parse_date(text, today=today)):
        return None  # "2024-05-17: did anyone give a speech that day?": the day named first
    if (spoke := answer_day_speakers(lookup, question, today)) is not None:
        return spoke
    if "anniversar" in text and (earlier := _asked_before(typed)) is not None:  # "when was the ccdcoe founded? anniversary coming up?"
        return anniversary_of(lookup, earlier, today, today, when=True, asked="when is the anniversary")
    if ("anniversar" in text or " history" in text) and (stretch := stretch_asked(text, today)) is not None:
        return answer_anniversaries(lookup, *stretch, kind_asked(text))  # "any anniversaries this week?", "this week in history"
    if (asked := anniversary_asked(lookup, typed, today)) is not None:
        return asked
    if (about := TOPIC_OF_ANY.search(text)) and (reply := day_about(lookup, about["topic"], _day_meant(text, words, today), today)):
        return reply  # "anything about rutte on this day?", "any anniversary related to summits today"
    if naming_words(lookup).isdisjoint(tokens(text)) and not ("publi" in text and not _WRITINGS.isdisjoint(words)):  # "the op-ed says it was
        return answer_on_day(lookup, _day_meant(text, words, today), today)  # published on 8 july": the writing's date asked, not that day's
    return None


#: A bare anniversary clause after a "when was X" one asks X's anniversary: "when was the berlin conference? anniversary soon?".
_BARE_ANNIVERSARY = frozenset("anniversary anniversaries coming up soon upcoming any next when is its it the one a an".split())
_WHEN_WAS = lazy_pattern(r"^when (?:was|were|did) (?P<what>.+?)(?: (?:founded|established|set up|held|created|launched|agreed|adopted|signed|started|start|opened|open))?$")


def _asked_before(typed: str) -> str | None:
    """What an earlier "when was X" clause names, when the anniversary clause after it names nothing itself; else None."""
    clauses = [normalize(c) for c in _CLAUSES.split(typed) if c.strip()]
    at = next((n for n, c in enumerate(clauses) if "anniversar" in c), 0)
    if at == 0 or not set(clauses[at].split()) <= _BARE_ANNIVERSARY:
        return None
    return (found := _WHEN_WAS.match(clauses[at - 1])) and found["what"]


#: "the pledge turns 10 today, right?", "the warsaw summit is 10 years old today": an anniversary checked.
_TURNS_TODAY = lazy_pattern(r"^(?:is it true that |so )?(?P<x>\S.*?) (?:turns|is turning|is|becomes) (?P<n>\d{1,3})(?: years?(?: old)?)? today"
                            r"(?: (?:right|correct|yes|no|isn t it|doesn t it|innit|true))?$")


def anniversary_asked(lookup: Lookup, typed: str, today: dt.date) -> Reply | None:
    """"is today the anniversary of X", "X's anniversary tomorrow?", "when is the anniversary of X": X's answer;
    None when no one thing is named ("the anniversary of anything cyber related")."""
    clause = next((c for c in _CLAUSES.split(typed) if "anniversar" in c.lower()), "")
    text = normalize(clause)
    if "anniversary" not in text.split():
        return None
    if match := _ANNIVERSARY_OF.search(text):
        what = _AROUND.sub(" ", match["what"]).strip()
    elif (match := _WHOSE.search(text)) and (not naming_words(lookup).isdisjoint(tokens(match["whose"])) or _EDITION_OF_YEAR.search(match["whose"])
                                                  or ((named := _EDITION_NAMED.match(match["whose"])) and named["more"] in PLACES)):  # "oslo conference": none held
        what = _AROUND.sub(" ", match["whose"]).strip()  # "is today the tirana conference's anniversary"; not "i want a post
    else:  # around an anniversary"
        return None
    if (about := TOPIC_OF_ANY.match(what) or _place_of_any(what)) and (reply := day_about(lookup, about["topic"], _day_meant(text, text.split(), today), today)):
        return reply  # "is today the anniversary of something about the pledge", "... of something in albania"
    if set(tokens(what)) <= _GENERIC or (_ANYTHING.match(what) and naming_words(lookup).isdisjoint(tokens(what))):
        return None
    when = text.startswith("when") or text.split()[0] not in _YES_NO  # "anniversary of the 2019 pledge conference - date?": when it falls
    return anniversary_of(lookup, what, _day_meant(text, text.split(), today), today, when=when, asked=text)


#: A year and a kind of gathering name one edition: "the 2023 cyber defence conference anniversary", "summit 2016".
_EDITION_OF_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b.*\b(?:conference|conf|summit)\b|\b(?:conference|conf|summit)\b.*\b(?:19|20)\d\d\b")
#: A kind of gathering named with something more ("oslo cyber conference", "the madrid summit"): one edition, maybe not held.
_EDITION_NAMED = lazy_pattern(r"^(?:the )?(?P<more>\S+) (?:\S+ )?(?:conference|conf|summit)$")
#: First words of a yes/no question about the anniversary ("is today the anniversary of X"); any other asks when it falls.
_YES_NO = frozenset("is was are were does did do will today tomorrow yesterday has have".split())
_POSSESSIVE = lazy_pattern(r"(?<=\w) s\b")
_NTH = lazy_pattern(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)? anniversary\b")
_CLAUSES = lazy_pattern(r"[?!.;]+(?:\s|$)")
_ANYTHING = lazy_pattern(r"^(?:anything|something|any|anyth\w*|smth|sth|stuff|what|which|some|an? (?:event|thing|conference|summit|meeting|decision)"
                        r"|(?:one|any|some|either) of (?:these|those|the|our|its|nato s|nato)(?= ))\b")  # "one of these nato cyber conferences": any


def _place_of_any(what: str) -> dict[str, str] | None:
    """"something in albania (what)" -> {"topic": "albania"}: a place the knowledge knows, as the day's topic."""
    match = PLACE_OF_ANY.match(" ".join(what.split()))
    place = match and next((p for p in (match["place"], match["place"].split()[0]) if p in PLACES), None)
    return {"topic": place} if place else None


def _day_meant(text: str, words: list[str], today: dt.date) -> dt.date:
    shift = next((_SHIFT[w] for w in words if w in _SHIFT), 0)
    return parse_date(text, today=today) or day_after(today, shift)


def anniversary_of(lookup: Lookup, what: str, day: dt.date, today: dt.date, *, when: bool = False, asked: str = "") -> Reply:
    """"Is today the anniversary of X?": yes or no, X's date, how long ago, and the next anniversary (``when``: only those)."""
    what = _POSSESSIVE.sub("", what)
    edition = None
    if (year := parse_year(what)) is not None:  # "the 2023 pledge conference": the edition's year, not the anniversary's
        if (edition := the_edition(lookup, what)) is None and (missing := no_edition(lookup, what, today)) is not None:
            return missing  # there was none that year: said so, not the series' anniversary in that year
        asked = asked.replace(str(year), " ")
    item = None if lookup.named(what, on=today).unknown else edition or _named_item(lookup, what)  # "the moscow summit": none
    date, start = _date_of(item), _start_of(item)
    if item is not None and start is not None and ((nth := _NTH.search(asked)) and when or date is None):
        title = say_day.nth_anniversary(item.name, start, int(nth["n"]) if nth else None, today)  # "the 20th anniversary of X": X + 20 years
        return replace(event_reply(lookup, item, "when"), title=title) if isinstance(item, Event) else Reply(
            "answer", title, items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))
    if item is None or date is None:
        return nothing_about(lookup, what)
    days = item.when.days() if isinstance(item, Event) else [date]
    falls = None if when else next((d for d in days if (d.month, d.day) == (day.month, day.day)), None)
    title = say_day.anniversary_answer(item.name, date, falls, day, today, when=when)
    if falls is not None and (nth := _NTH.search(asked)) and int(nth["n"]) != (years := years_between(falls, day)):
        title = say_day.other_anniversary(item.name, years, int(nth["n"]), falls)  # "turns 5 today": its 3rd, not its 5th
    reply = replace(event_reply(lookup, item, "when"), title=title) if isinstance(item, Event) else Reply(
        "answer", title, items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))
    year = year_meant(asked, today) if asked and not parse_date(asked, today=today) else None  # "is this year the 10th anniversary"
    return year_anniversary(reply, item.name, date, asked, year) if year is not None else reply


def _named_item(lookup: Lookup, what: str):
    """The event, pledge or initiative ``what`` names; a pledge found by its summary alone stands for its event
    ("rutte's video address to tirana": the Tirana conference, not the statement Rutte made in it)."""
    item = lookup.best(what, ("event", "pledge", "initiative"))
    if isinstance(item, Pledge) and item.event in lookup.knowledge.events:
        own = set(tokens(normalize(" ".join((item.name, *item.aliases)))))
        if own.isdisjoint(tokens(what)):
            return lookup.knowledge.events[item.event]
    return item


def _date_of(item) -> dt.date | None:
    when = _start_of(item)
    return when.as_date() if when else None


def _start_of(item):
    """The day, month or year ``item`` began (a ``FuzzyDate``), or None."""
    if item is None:
        return None
    return item.when.start if isinstance(item, Event) else item.date if isinstance(item, Pledge) else item.established


def naming_words(lookup: Lookup) -> frozenset[str]:
    """The words of the knowledge's names (events, pledges, initiatives, people, places), but generic ones."""
    return per_load(_NAMING, lookup, _build_naming)


def _build_naming(lookup: Lookup) -> frozenset[str]:
    knowledge = lookup.knowledge
    names: list[str] = []
    for item in (*knowledge.events.values(), *knowledge.pledges.values(), *knowledge.initiatives.values(), *knowledge.people.values()):
        names += [item.name, *item.aliases]
    names += [place for e in knowledge.events.values() for place in (e.city, e.country) if place]
    return frozenset(w for name in names for w in tokens(normalize(name)) if len(w) > 2 and w not in _GENERIC and not w.isdigit())
