"""A follow-up counting the time from the last answer's entry to one other it names: the last entry is the other side.

    after "date of the berlin 2023 conference?"
    "and days until the london one?"               -> "how many days after First annual NATO Cyber Defence Conference was the london one"
    after "when was the warsaw summit"
    "and wales? gap in days"                       -> "how many days after NATO Warsaw Summit 2016 was wales"
    after "who spoke at the rome 2022 pledge conference"
    "how many days later did he speak in berlin"   -> "how many days after jens stoltenberg s speech at <Rome 2022> was jens stoltenberg s speech in berlin"
    after "who said 'no one stands alone in NATO'"
    "how long after taking office was that"        -> "how long between Mark Rutte taking office and NATO Cyber Defence Conference 2025"

Only a question counting time (a unit, "how long", "gap") that names one side and points back (a leading "and", "later",
"that", "he") is read so; the last entry is an event, or a quote (its gathering) or a person (their role's start).
Pure text over the look-ups; a question without a unit or "how long" costs a set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .person_meant import person_meant
from .normalizing import normalize, word_set

_UNITS = frozenset("days weeks months years long".split())
_UNIT = r"(?P<unit>days|weeks|months|years)"
#: "and days until the london one", "how many days to the hague conference from there", "how long until tirana"
_UNTIL = lazy_pattern(rf"^(?:and |so |ok |then )?(?:how (?:many {_UNIT}|long)|(?P<bare>days|weeks|months|years)) (?:until|till|to|before) (?P<side>(?!now\b|today\b).+?)(?: from (?:there|then|it|that))?$")
#: "and wales? gap in days", "what about tallinn, how many days apart"
_SIDE_THEN_UNIT = lazy_pattern(rf"^(?:and|what about|how about) (?P<side>.+?) (?:(?:the )?(?:gap|difference|distance|time)(?: in)?|how many|in) {_UNIT}(?: apart| between| between them)?$")
#: "how many days later did he speak in berlin", "how many months later was the nicc agreed"
_LATER = lazy_pattern(rf"^(?:and )?how (?:many {_UNIT}|long) (?P<dir>later|after that|afterwards|earlier|before that) (?:did|was|were) (?P<who>he|she|they)? ?(?P<rest>.+)$")
#: "how long after taking office was that", "how many days after becoming sg was it"
_AFTER_THAT = lazy_pattern(rf"^(?:and )?how (?:many {_UNIT}|long) after (?P<moment>taking office|taking over|he took office|she took office|becoming \S+(?: \S+)?|starting|(?:his|her) appointment) (?:was|is|did) (?:that|it|this)\b.*$")
_SPOKE = lazy_pattern(r"^(?:speak|spoke|talk|address it|give (?:a |his |her )?(?:speech|keynote|address)) (?:in|at) (?P<place>.+)$")


def time_from_last(lookup: Lookup, text: str, subject: ItemRef | None, people: tuple[ItemRef, ...] = (), title: str = "") -> str | None:
    """``text`` asked as the time between the last entry and the side it names, or None when it is no such follow-up."""
    question = normalize(text)
    if subject is None or _UNITS.isdisjoint(word_set(question)):
        return None
    entry = lookup.item(subject)
    how = lambda m: f"how many {unit}" if (unit := m["unit"] or m.groupdict().get("bare")) else "how long"  # noqa: E731
    if subject.type == "quote" and (match := _AFTER_THAT.match(question)) is not None:
        event = lookup.knowledge.events.get(entry.event or "")
        person = lookup.knowledge.people.get(entry.speaker)
        return f"{how(match)} between {person.name} taking office and {event.name}" if event and person else None
    if subject.type != "event" or entry is None:
        return None
    if (match := _UNTIL.match(question) or _SIDE_THEN_UNIT.match(question)) is not None:
        return f"{how(match)} after {entry.name} was {match['side']}"  # the side named is what is asked about: it leads
    if (match := _LATER.match(question)) is not None:
        speaker = person_meant(lookup, match["who"], people, title) if match["who"] else None
        spoke = _SPOKE.match(match["rest"]) if speaker else None
        if spoke is None:
            turn = "before" if match["dir"] in ("earlier", "before that") else "after"  # "how long after that was the washington summit": it leads
            return f"{how(match)} {turn} {entry.name} was {match['rest']}" if not match["who"] else None
        name = normalize(speaker)
        return f"{how(match)} after {name} s speech at {entry.name} was {name} s speech in {spoke['place']}"
    return None
