"""A follow-up picking one entry of the list just shown by its place in it: "tell me more about the second one".

    after "3 events in 2024" (London, Washington, The Hague, newest first)
    "tell me more about the second one"   -> "tell me more about NATO Washington Summit 2024"
    "the last one - who hosted it?"       -> "NATO Cyber Defence Pledge Conference 2024 - who hosted it?"
    after "Speakers at ...: Kajsa Ollongren, Luminița Odobescu, ..."
    "what did number 2 say"               -> "what did Luminița Odobescu say"
    after a speaker's quotes: "the last one, is it verified?" -> "“together we are stronger ...”, is it verified"

The place is the one in the list as shown (events newest first), not an order in time: "which one was the first"
asks that of the entries and is left to the routes. Pure; a message with no ordinal word pays one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .normalizing import normalize, word_set

_PLACES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
           "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10}
_CUES = frozenset(_PLACES) | {"last", "number", "no", "item", "earliest", "oldest", "latest", "newest", "recent"}
#: "the second one", "the 3rd entry", "the last one on the list", "number 2", "item 3" (not "the second pledge conference").
_PICK = lazy_pattern(rf"\b(?:the )?(?P<nth>{'|'.join(_PLACES)}|last)(?: one| item| entry| result| event| person| speaker)\b(?! (?:conference|summit|meeting|edition|of))(?: (?:on|in) (?:the|that|your) list)?"
                     r"|\b(?:number|no|item) (?P<n>\d{1,2})\b")
_PICKABLE = frozenset({"event", "person", "pledge", "initiative", "quote"})
_POINTERS = frozenset("it that this they he she him her".split())
#: What is asked of a gathering, never of a person: "who hosted the first one?" names no one of a list of speakers.
_GATHERING_ASKED = frozenset("hosted host hosts held organised organized venue".split())
_QUOTED_WORDS = 8  # of a quote's words standing for it: enough to find it, short enough to read
#: "which one was the first", "which of them came last", "the earliest of those": an order in time among the events listed.
_WHICH_OF_THEM = lazy_pattern(r"^(?:and )?(?:which|what) (?:one|of them|of those|of these)(?: (?:was|is|came|happened|took place))?(?: the)?"
                              r" (?P<end>first|earliest|oldest|last|latest|newest|most recent)(?: one)?$")


def picked_from_list(lookup: Lookup, text: str, listed: tuple[ItemRef, ...]) -> str | None:
    """``text`` with "the second one" (or "number 2", "the last one") put as the name of that entry of ``listed``, or None;
    "which one was the first" (of events listed) is the earliest of them."""
    if len(listed) < 2:
        return None
    if _CUES.isdisjoint(words := (question := normalize(text)).split()):
        return _of_year(lookup, question, listed) if "one" in words or "edition" in words else None
    if (earliest := _WHICH_OF_THEM.match(question)) is not None:
        return _in_time(lookup, listed, earliest["end"])
    if (match := _PICK.search(question)) is None:
        return None
    place = len(listed) if match["nth"] == "last" else _PLACES.get(match["nth"] or "") or int(match["n"] or 0)
    return _named(lookup, question, listed, place, match)


def _named(lookup: Lookup, question: str, listed: tuple[ItemRef, ...], place: int, match) -> str | None:
    """``question`` with the words ``match`` found put as the name of entry ``place`` (from 1) of ``listed``."""
    if not 1 <= place <= len(listed) or listed[place - 1].type not in _PICKABLE:
        return None
    if listed[place - 1].type == "person" and not _GATHERING_ASKED.isdisjoint(word_set(question)):
        return None  # "who hosted the first one?" after who spoke: the first of the series, not the first speaker
    if (item := lookup.item(listed[place - 1])) is None:
        return None
    named = f"“{' '.join(normalize(item.text).split()[:_QUOTED_WORDS])}”" if listed[place - 1].type == "quote" else item.name
    rest = question[match.end() :].split()
    pointer = next((n for n, w in enumerate(rest) if w in _POINTERS), None) if not question[: match.start()].strip() else None
    if pointer is not None:  # "the last one, who hosted it?" -> "who hosted <that entry>"
        return " ".join([*rest[:pointer], named, *rest[pointer + 1 :]])
    return f"{question[: match.start()]}{named}{question[match.end() :]}"  # a quote by its first words: "the last one, verified?"


#: "the 2024 one", "2019 edition": the one entry of the list held that year.
_YEAR_PICK = lazy_pattern(r"\b(?:the )?(?P<year>(?:19|20)\d\d) (?:one|edition)\b")


def _of_year(lookup: Lookup, question: str, listed: tuple[ItemRef, ...]) -> str | None:
    """"the 2024 one. who spoke", "who spoke at the 2024 one", after a list: the one event listed of that year, named."""
    if (match := _YEAR_PICK.search(question)) is None or len(question.split()) <= len(match[0].split()) + 1:
        return None  # "and the 2024 one?" alone is the last question asked again of it (``ask_again``)
    year = int(match["year"])
    held = [n for n, ref in enumerate(listed, 1) if ref.type == "event" and (e := lookup.item(ref)) is not None and e.when.start.year == year]
    return _named(lookup, question, listed, held[0], match) if len(held) == 1 else None


def _in_time(lookup: Lookup, listed: tuple[ItemRef, ...], end: str) -> str | None:
    """The name of the earliest (or latest) of the events ``listed``, or None when they are not events."""
    events = [e for ref in listed if ref.type == "event" and (e := lookup.item(ref)) is not None]
    if len(events) < 2:
        return None
    ordered = sorted(events, key=lambda e: e.when.start.first_day())
    return (ordered[0] if end in ("first", "earliest", "oldest") else ordered[-1]).name
