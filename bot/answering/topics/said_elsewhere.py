"""What someone is asked to have said, when the words are another speaker's: who said them, first; what a gathering
"meant for cyber" is what was decided there ("what did the washington summit mean for cyber" -> the NICC).

    "what exactly did edi rama say about allies stepping up their investment in cyber defence"
        -> "Mark Rutte said it, not Edi Rama", with Rutte's line, its source and how far to trust it
    "what did ollongren say about the line between peace, crisis and conflict being blurred"
        -> "Jens Stoltenberg said it, not Kajsa Ollongren"

Only when the person named has no line holding those words (the quote routes' honest miss), and the words
are many enough to be words said rather than a topic ("about china" stays a miss): a line of another speaker
that holds nearly all of them (``quote_match.holding``), else most of them, one speaker's clearly (``remembered``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...reply import Reply
from .. import quote_messages
from ..lookup import Lookup
from ..quote_match import COMMON_WORDS, held_as_typed, holding, remembered
from ..search import tokens
from ..said_text import verb_as_topic
from .verdicts import verdict
from .quotes import answer_what_said
from .events import find_event
from .pledges import answer_agreed
from .spoke_unquoted import spoke_without_words
from .unheld_gathering import said_at_no_gathering
from ...patterns import lazy_pattern

_LEAST_WORDS = 4  # words, and telling ones (not "cyber", "allies"): fewer name a topic, not words someone said
_LEAST_TELLING = 2
_ABOUT = lazy_pattern(r"^(?:about|on|regarding|concerning|re)\s+")


def what_said(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """The route for "what did <who> say [about <words>]": their words, else whose those words are, else the miss."""
    if match.groupdict().get("verb") == "mean" and _MEANT_FOR.match(match["rest"]) and not lookup.named(match["who"], on=today).people and (event := find_event(lookup, match["who"])) is not None:
        return answer_agreed(lookup, event.name)  # "what did the washington summit mean for cyber": what was decided there, not words
    topic = verb_as_topic(match.groupdict().get("verb") or "", match["rest"]).strip()
    if " and " in match["who"] and (each := _each_said(lookup, match["who"], topic, today)) is not None:
        return each  # "what did ollongren and rutte say about standing together": each one's words
    reply = answer_what_said(lookup, match["who"], topic, today)
    if reply.kind != "not_found" and (none_then := said_at_no_gathering(lookup, match["who"], topic, today)) is not None:
        return none_then  # "what did rutte say at this year's cyber defence conference": none was held that year, no other year's line
    if reply.kind == "not_found" and (spoke := spoke_without_words(lookup, match[0], match["who"], topic, today)) is not None:
        return spoke  # "did the albanian pm say anything at tirana": he spoke there; none of his words is recorded
    if reply.kind != "not_found" or not topic or _ONLY_A_SETTING.match(topic):
        return reply  # "what did rutte say at the nato cyber defence conference 2024": where, not words another said
    return said_by_another(lookup, match["who"], topic, today) or reply


#: A tail that only says where or when: "at the nato cyber defence conference 2024", "in london in 2024".
_MEANT_FOR = lazy_pattern(r"^\s*(?:for|to)\b")  # "what did the summit mean for cyber": a gathering's outcome asked
_ONLY_A_SETTING = lazy_pattern(r"^(?:at|in|during|from) (?!.*(?:about|on|regarding|that|saying|words?|line))")


def _each_said(lookup: Lookup, who: str, topic: str, today: dt.date) -> Reply | None:
    """Each person's words on ``topic``, one after the other, when ``who`` names two or more people ("ollongren and rutte");
    None when a part names nobody, or one person ("bosnia and herzegovina's minister")."""
    parts = [p.strip() for p in _AND.split(who) if p.strip()]
    people = [lookup.named(p, on=today).people for p in parts]
    known = [found[0] for found in people if len(found) == 1]
    if len(parts) < 2 or not known or len(known) + sum(not found for found in people) < len(parts) or len({p.id for p in known}) < len(known):
        return None  # one part names several people: not a list of speakers
    replies = [answer_what_said(lookup, person.name, topic, today) for person in known]
    said = [r for r in replies if r.kind != "not_found"]
    if not said:
        return replies[0]
    unknown = [part for part, found in zip(parts, people) if not found]  # "macron and rutte": nobody called macron, said so
    title = "; ".join([r.title for r in said] + [r.title for r in replies if r.kind == "not_found"] + [quote_messages.nobody_called(part) for part in unknown])
    return replace(said[0], kind="answer", title=title, blocks=tuple(b for r in said for b in r.blocks),
                   items=tuple(dict.fromkeys(i for r in said for i in r.items)), sources=tuple(dict.fromkeys(x for r in said for x in r.sources)))


_AND = lazy_pattern(r"\s+(?:and|&)\s+|\s*,\s*")


def said_by_another(lookup: Lookup, who: str, topic: str, today: dt.date) -> Reply | None:
    """Another speaker's line holding most of ``topic``'s words, told as theirs and not ``who``'s; None if none clearly."""
    named = lookup.named(who, on=today)
    if len(named.people) != 1:
        return None
    person = named.people[0]
    words = _ABOUT.sub("", topic)
    if len(words.split()) < _LEAST_WORDS or len([t for t in tokens(words) if t not in COMMON_WORDS]) < _LEAST_TELLING:
        return None  # "about china": a topic, which another's line may share without being the words meant
    close = [h.quote for h in holding(lookup, (words,))] or remembered(lookup, words)
    if not close or close[0].speaker == person.id or (real := lookup.knowledge.people.get(close[0].speaker)) is None:
        return None
    held = words != topic or held_as_typed((words,), close[0])  # "say 'a cyber attack on one ally is ...'": not as typed
    return replace(verdict(lookup, close[0]), title=(quote_messages.said_it_not if held else quote_messages.closest_not)(real.name, person.name))
