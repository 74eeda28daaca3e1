"""A follow-up that names only another year, place or person asks the last question again, of that one.

    after "who hosted the 2022 pledge conference?"
    "and the 2024 one?"            -> "who hosted the 2024 pledge conference?"
    "and the year after?"          -> "who hosted the 2023 pledge conference?"
    after "at the time of the warsaw summit, who was secretary general?"
    "and at vilnius?"              -> "at the time of the vilnius summit, who was secretary general?"
    after "rome 2022 speakers"
    "and berlin?"                  -> "berlin speakers" (the year went with rome: berlin's own edition)
    after "what did stoltenberg say in rome?"
    "what about rutte?"            -> "what did mark rutte say in rome"
    after "what did stoltenberg say about china in berlin"
    "and the ethics bit?"          -> "what did stoltenberg say about ethics in berlin"

Only a text that opens as a follow-up ("and", "what about", "how about", "same for") and names nothing but the
new year, place, person or topic (as a part of the words: "the X bit", "the part about X", "on X") is read so, and
only where the last question named one of the same kind to swap: "and who hosted it?" asks its own question
(``follow_ups``). Pure; the last question is kept by ``bot.conversations``.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from .common_words import COMMON_WORDS
from .lookup import Lookup
from .missed_pointers import pointed_after_miss
from .places import places_in
from .quoted import without_quoted
from .search import normalize
from .series_at_place import series_yields
from .unheld_places import holds_events
from .understanding import focus_of

_LEAD = lazy_pattern(r"^(?:(?:and|so|ok|okay) (?:what|how) about|and|what about|how about|same for|same question for|ok and|okay and|also|then)"
                     r"(?: (?:for|in|at|with|of|from|during|by))?(?: the)? (?P<rest>.+)$")
#: Words around what a follow-up names that change nothing: "and the 2024 one then?".
_AROUND = frozenset("one ones the a an for in at of with from then too please pls conference summit event edition meeting".split())
#: "the year after", "the next year": the same question a year on ("the next one", "the edition before" is the series' next
#: edition, whatever its year: ``follow_ups.other_edition``).
_SHIFT = lazy_pattern(r"^(?:the )?year (?P<side>after|before)$|^(?:the )?(?P<next>next|previous|following|prior|preceding) year$")
_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
_NOW = frozenset(("now", "today", "currently", "these days", "right now", "nowadays", "at present"))
_IN_YEAR = lazy_pattern(r"\s(?:in|during|back in|as of)\s(?:19|20)\d\d\b")
_WAS = lazy_pattern(r"\bwas\b")
_DATED = lazy_pattern(r"\s(?:in |of )?(?:19|20)\d\d\b")  # the last question's year, not the new place's
_ASKING = frozenset("who whom whose what when where which why how is was are were did does do can could".split())
#: A tail asking only whether there was one, of the place the follow-up names: "what about riga, was there one there".
_EXISTS_TAIL = lazy_pattern(r" (?:(?:was|were|is) there (?:one|any|an? (?:conference|summit|event|meeting))|did (?:they|nato) (?:have|hold) (?:one|any)|any there)(?: there)?(?: (?:too|also|as well|then))?$")
MOST_WORDS = 5  # a follow-up naming more than this asks something of its own


def asked_after_miss(lookup: Lookup, text: str, asked: str, today: dt.date) -> str | None:
    """After an honest miss: the missed question ``asked`` again of what ``text`` names, or its "there" and "the last
    one" read as what that question named (``missed_pointers``); another year asked after a place that holds no event is
    asked without that place (the place was what missed)."""
    again = ask_again(lookup, text, asked, today)
    if again and _YEAR.search(text) and (old := places_in(normalize(asked))) and not holds_events(lookup, old[0][1]):
        return " ".join((_swap(again, _span_of(again, old[0][0]), "") or again).split())  # "madrid summit 2022" missed, "what about the 2023 summit": not madrid's
    return again or pointed_after_miss(text, asked)


def ask_again(lookup: Lookup, text: str, asked: str, today: dt.date) -> str | None:
    """The last question ``asked``, of the year, place or person ``text`` names instead; None when it is no such follow-up."""
    lead = _LEAD.match(normalize(text)) if asked else None
    words = lead["rest"].split() if lead else []
    if not words or len(words) > MOST_WORDS or words[0] in _ASKING:
        return None
    rest = lead["rest"]  # the last question is changed as it was typed: its commas and marks still split its clauses
    if rest in _NOW and (then := _IN_YEAR.search(asked)):  # "who was sg in 2022", "and now?": who is, today
        return _WAS.sub("is", _swap(asked, then.span(), "") or asked, count=1).strip() + " now"
    if (shift := _SHIFT.match(rest)) and (year := _YEAR.search(asked)):  # "and the year after?"
        later = (shift["side"] or shift["next"]) in ("after", "next", "following")
        return _swap(asked, year.span(), str(int(year[0]) + (1 if later else -1)))
    if (year := _YEAR.search(rest)) and (new := places_in(rest)) and set(words) - {year[0], *new[0][0].split()} <= _AROUND:
        return _year_and_place(asked, year[0], new[0][0])  # "and the one in 2021, tallinn?": both, the place met or missed
    if (year := _YEAR.search(rest)) and (old := _YEAR.search(asked)) and set(words) - {year[0]} <= _AROUND:
        return _swap(asked, old.span(), year[0])  # "and the 2024 one?"
    if (new := places_in(rest)) and (old_place := places_in(normalize(asked))) and set(words) - set(new[0][0].split()) <= _AROUND:
        swapped = _swap(asked, _span_of(asked, old_place[0][0]), new[0][0])  # "and at vilnius?"
        if not swapped:
            return None
        return series_yields(lookup, " ".join(_DATED.sub(" ", swapped).split()), new[0][1])  # "rome 2022 speakers", "and berlin?": berlin's own year
    return _other_person(lookup, rest, asked, today) or _other_topic(rest, asked)


def _other_topic(rest: str, asked: str) -> str | None:
    """"and the ethics bit?" after "what did stoltenberg say about microsoft and starlink": what he said about ethics;
    None when the last question asked no one's words on a topic, or the follow-up names no topic as a part of them."""
    said = _SAID_ABOUT.match(normalize(asked)) if " about " in asked else None
    topic = _TOPIC_PART.match(rest) if said else None
    named = (topic["after"] or topic["bare"] or topic["before"]) if topic else ""
    if not named or _YEAR.fullmatch(named):
        return None  # "and the 2024 line": another edition, the other steps' own
    return f"{said['head']} about {named}{said['where'] or ''}"  # "... in berlin": still there


#: The last question, asking someone's words on a topic: "what did stoltenberg say about microsoft and starlink".
_SAID_ABOUT = lazy_pattern(r"^(?P<head>what (?:did|does|has) .+? (?:say|said|talk|speak|write)) about .+?(?P<where> (?:in|at) (?!the end\b)\S+(?: \S+){0,5})?$")
#: Another topic, named as a part of the words: "the ethics bit", "the part about ethics", "on china", "about russia".
_TOPIC_PART = lazy_pattern(r"^(?:the )?(?:(?:bit|part|line|lines|stuff) (?:about|on) (?P<after>[a-z0-9]+(?: [a-z0-9]+)?)|(?:about|on|re) (?P<bare>[a-z0-9]+(?: [a-z0-9]+)?)"
                           r"|(?P<before>[a-z0-9]+(?: [a-z0-9]+)?) (?:bit|part|line|lines|stuff|thing|quote|remark|bits|parts))$")


def _other_person(lookup: Lookup, rest: str, asked: str, today: dt.date) -> str | None:
    """"what about rutte?" after a question naming Stoltenberg: the same question of Rutte; "and the odobescu one?"
    after one about words of Ollongren's it quotes: the question of Odobescu's, without Ollongren's words."""
    named = lookup.named(rest, on=today)
    if len(named.people) != 1 or not set(named.rest) <= _ONE or named.role:
        return None
    if named.rest:  # "and the odobescu one?": her words, not those quoted of the other
        asked = without_quoted(asked)
    previous = normalize(asked)
    before = lookup.named(previous, on=today).people
    if not before:  # "what did pistorius say in berlin?" (nobody the knowledge knows), then "what about baerbock?"
        spots = _unknown_name(lookup, previous)
    elif len(before) != 1 or before[0] is named.people[0]:
        return None
    else:
        own = set(normalize(before[0].name).split()) | {w for alias in before[0].aliases for w in normalize(alias).split()}
        spots = [n for n, word in enumerate(previous.split()) if word in own]
    if not spots or spots[-1] - spots[0] != len(spots) - 1:
        return None  # the name is not one run of words to replace
    words = previous.split()
    return " ".join([*words[: spots[0]], normalize(named.people[0].name), *words[spots[-1] + 1 :]])


def _unknown_name(lookup: Lookup, question: str) -> list[int]:
    """Where the one name in ``question`` that the knowledge lacks stands: its words are neither the knowledge's
    nor common English ("what did *pistorius* say in berlin"); [] when there is no such single run of words."""
    spots = [n for n, word in enumerate(question.split())
             if word not in COMMON_WORDS and word not in lookup.index.vocabulary and not word.isdigit()]
    return spots if 0 < len(spots) <= _NAME_WORDS else []


_NAME_WORDS = 3
_ONE = frozenset({"one", "s"})  # "and the odobescu one?", "and odobescu s?"


def _span_of(text: str, name: str) -> tuple[int, int]:
    """Where the place ``name`` (normalised) is in ``text`` as typed ("The Hague", "the hague"), else (0, 0)."""
    words, wanted = list(_WORD.finditer(text)), name.split()
    for n in range(len(words) - len(wanted) + 1):
        if [normalize(w[0]) for w in words[n : n + len(wanted)]] == wanted:
            return words[n].start(), words[n + len(wanted) - 1].end()
    return 0, 0


_WORD = lazy_pattern(r"\w+")


def _year_and_place(asked: str, year: str, place: str) -> str | None:
    """The last question ``asked`` of ``year`` and ``place`` instead of its own: its place swapped, or the place added
    when it named none ("who hosted the 2022 pledge conference", "and the 2024 one, brussels?": in brussels)."""
    old = _YEAR.search(asked)
    swapped = _swap(asked, old.span(), year) if old else None
    if swapped is None:
        return None
    if old_place := places_in(normalize(swapped)):
        return _swap(swapped, _span_of(swapped, old_place[0][0]), place)
    return f"{swapped.rstrip(' ?')} in {place}?"


def _swap(text: str, span: tuple[int, int], new: str) -> str | None:
    start, end = span
    return f"{text[:start]}{new}{text[end:]}" if end > start else None


#: How each ask is put of an edition named instead: after "when was the berlin conference", "same for 2024" asks when.
_ASKED_OF = {"when": "when was", "where": "where was", "hosts": "who hosted", "speakers": "who spoke at"}


def asked_of(edition: str, text: str, asked: str) -> str:
    """The last question's ask (when, where, who hosted, who spoke), put of ``edition`` that ``text`` names and asks
    nothing of ("same for 2024"); else ``edition`` alone (its card, or what ``text`` asks of it)."""
    focus = focus_of(normalize(asked)) if asked and _ASKING.isdisjoint(normalize(text).split()) else None
    return f"{_ASKED_OF[focus]} {edition}" if focus in _ASKED_OF else edition


def without_exists_tail(text: str) -> str:
    """"what about riga, was there one there" -> "what about riga": a follow-up naming a place, then asking only whether
    there was one there, asks what the bare follow-up asks (that place's edition, or an honest miss); other text as it is."""
    if "there" not in text and "any" not in text or not (tail := _EXISTS_TAIL.search(normalised := normalize(text))):
        return text
    lead = _LEAD.match(normalised[: tail.start()])
    named = places_in(lead["rest"]) if lead else []
    return normalised[: tail.start()] if named and set(lead["rest"].split()) - set(named[0][0].split()) <= _AROUND else text
