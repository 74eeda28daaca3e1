"""Free-form questions, routed by what is asked (who, when, where, what was said) and what they name.

    "when was the conference in Tirana?"            -> the event's dates
    "who co-hosted the 2024 pledge conference?"     -> its hosts
    "what did Rutte say about investment?"          -> Rutte's quote on investment
    "who said no one stands alone?"                 -> the quote with those words, and its speaker
    "who is the secretary general?"                 -> the holder of that role on the date asked
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..lookup import Lookup
from ..model import Pledge
from ..parse import parse_date, parse_year
from ..reply import Block, Reply
from ..search import normalize
from .events import answer_event, answer_events, event_reply
from .general import nothing_about, not_found
from .initiatives import initiative_reply
from .people import answer_who, person_reply
from .pledges import pledge_reply
from .quotes import answer_what_said, answer_who_said, quote_reply

Route = Callable[[Lookup, re.Match, dt.date], Reply]
_BE = r"(?:was|is|were|are|did|does|do|will|has|had)"


def answer_question(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """Answer a question that is not a command; ``text`` as the user typed it."""
    question = normalize(text)
    if not question:
        return not_found("Ask me something", "For example “when was the conference in Tirana?”, or type `help`.", ("help",))
    for pattern, route in _ROUTES:
        if match := pattern.match(question):
            return route(lookup, match, today)
    return _about_anything(lookup, question, today)


def _who_said(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return answer_who_said(lookup, match["rest"])


def _what_said(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return answer_what_said(lookup, match["who"], match["rest"].strip(), today)


def _event_focus(focus: str) -> Route:
    def route(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
        return answer_event(lookup, match["rest"], focus)

    return route


def _who_is(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"who is/was <person or role> [in <year> | on <date>]": a role resolved on that date."""
    rest = match["rest"]
    year = parse_year(rest)
    on = parse_date(rest, today=today) or (dt.date(year, 7, 1) if year and year != today.year else today)
    return answer_who(lookup, _DATE_WORDS.sub("", rest), on)


def _when_or_where(focus: str) -> Route:
    """When/where: about an event, else a pledge (when and where it was agreed)."""

    def route(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
        rest = match["rest"]
        item = lookup.best(rest, ("event", "pledge"))
        if item is None:
            named = lookup.named(rest, on=today)
            return person_reply(lookup, named.people[0]) if named.people else nothing_about(lookup, rest)
        if isinstance(item, Pledge):
            event = lookup.knowledge.events.get(item.event) if item.event else None
            where = f" at {event.name}" + (f", {event.place}" if event.place else "") if event else ""
            return pledge_reply(lookup, item, f"{item.name}: agreed {item.date}{where}.")
        return event_reply(lookup, item, focus)

    return route


def _what_is(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return _about_anything(lookup, match["rest"], today)


def _which_events(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return answer_events(lookup, match["rest"])


def _about_anything(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """The one item the text names best, whatever its kind."""
    named = lookup.named(text, on=today)
    if named.people and not named.rest:
        return person_reply(lookup, named.people[0], others=named.people[1:])
    item = lookup.best(text, ("pledge", "initiative", "event", "person", "quote"))
    if item is None:
        return nothing_about(lookup, text)
    kind = type(item).__name__
    if kind == "Pledge":
        return pledge_reply(lookup, item)
    if kind == "Initiative":
        return initiative_reply(lookup, item)
    if kind == "Event":
        return event_reply(lookup, item)
    if kind == "Person":
        return person_reply(lookup, item)
    return quote_reply(lookup, [item], "Quote")


def _small_talk(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return Reply(
        "answer",
        "Hello! I answer questions about NATO cyber-defence events, pledges and quotes.",
        blocks=(Block("Ask in your own words, e.g. “who said no one stands alone?”, or type `help` for the commands."),),
        suggestions=("help", "about", "today"),
    )


def _how_many(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    counts = {kind: len(lookup.knowledge.collection(kind)) for kind in ("event", "pledge", "quote", "person", "initiative", "source")}
    text = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items()).replace("persons", "people")
    return Reply("answer", f"The knowledge holds {text}", suggestions=("events", "pledges", "sources"))


_DATE_WORDS = re.compile(r"\b(?:in|on) (?:(?:19|20)\d\d\b(?:-\d\d?-\d\d?)?|\d{1,2}(?:st|nd|rd|th)? [a-z]+(?: \d{4})?)")

_ROUTES: tuple[tuple[re.Pattern, Route], ...] = tuple(
    (re.compile(pattern), route)
    for pattern, route in (
        (r"(?:hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening))\b|(?:who|what) are you\b|what can you do\b", _small_talk),
        (r"how many\b", _how_many),
        (r"(?:who|whom) (?:said|says|say|wrote)\b(?P<rest>.*)", _who_said),
        (r"what (?:did|does|has|have|do|would) (?P<who>.+?) (?:say|said|says|tell|write|wrote|think|mean)\b(?P<rest>.*)", _what_said),
        (r"who (?:co ?hosted|co ?hosts?|hosted|hosts|host|co ?organi[sz]ed|organi[sz]ed|organi[sz]es|ran)\b(?P<rest>.*)", _event_focus("hosts")),
        (r"(?:who|which people) (?:spoke|speaks|talked|talks|addressed|attended|opened|gave speeches|were the speakers|was speaking)\b(?P<rest>.*)", _event_focus("speakers")),
        (r"who (?:is|was|are|were) (?P<rest>.+)", _who_is),
        (rf"when {_BE}?\s*(?P<rest>.+)", _when_or_where("when")),
        (rf"where {_BE}?\s*(?P<rest>.+)", _when_or_where("where")),
        (r"(?:what|which) (?:events?|conferences?|summits?|exercises?) (?P<rest>.*)", _which_events),
        (r"(?:what|who) (?:is|was|are|were) (?P<rest>.+)", _what_is),
        (r"(?:tell (?:me|us) )?(?:more )?about (?P<rest>.+)", _what_is),
    )
)
