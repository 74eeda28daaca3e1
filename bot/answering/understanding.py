"""Understanding a question before answering it: text -> normalised text -> mentions -> intent.

    understand(lookup, "hey, whats the 2nd cyber defence conference? thx", today)
      -> Question(text="what is the 2nd cyber defence conference",
                  mentions=Mentions(ordinal=2, kind="conference", ...), focus=None)

``Question.text`` is what the routes of ``topics/questions.py`` match;
``mentions`` are the constraints every answer is checked against
(``guard``); ``focus`` is what one-event questions ask (when, where, hosts,
speakers). The intents that check or measure (is it real, how long ago, who
was behind, which edition, on this date) are routed here, before the others.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..reply import Reply
from .constraints import missed, nearest, quote_unmet, unmet
from .lookup import Lookup
from .mentions import Mentions, find_mentions
from .question_text import normalise_question
from .topics.checks import answer_behind, answer_edition, answer_how_long, answer_verify
from .topics.events import Focus
from .topics.timeline import answer_on_day


@dataclass(frozen=True)
class Question:
    text: str  # normalised
    mentions: Mentions
    focus: Focus | None


def understand(lookup: Lookup, text: str, today: dt.date) -> Question:
    normalised = normalise_question(text)
    return Question(normalised, find_mentions(lookup, normalised, today), focus_of(normalised))


_FOCUS = (
    (re.compile(r"^(?:when|what (?:date|day|year|month)|which (?:date|day|year|month)|what time)\b"), "when"),
    (re.compile(r"^(?:where|(?:in )?(?:which|what) (?:city|place|town|venue|location)|(?:which|what) country (?:was|is|were)\b)"), "where"),
    (re.compile(r"\b(?:host|hosts|hosted|co ?hosted|co ?hosts|organi[sz]ed|organi[sz]er|organi[sz]ers|hosting)\b"), "hosts"),
    (re.compile(r"\b(?:spoke|speak|speakers?|addressed|opened|keynote|talked|gave (?:a |the )?speech)\b"), "speakers"),
)


def focus_of(text: str) -> Focus | None:
    """What a question about one event asks: "when", "where", "hosts", "speakers", or None (all of it)."""
    for pattern, focus in _FOCUS:
        if pattern.search(text):
            return focus
    return None


Check = Callable[[Lookup, Question, re.Match, dt.date], Reply | None]


def answer_check(lookup: Lookup, question: Question, today: dt.date) -> Reply | None:
    """The reply to a question that checks or measures something, or None for the other routes."""
    for pattern, check in _CHECKS:
        if match := pattern.search(question.text):
            reply = check(lookup, question, match, today)
            if reply is not None:
                return reply
    return None


def guard(lookup: Lookup, reply: Reply, question: Question) -> Reply:
    """``reply`` if it meets every constraint the question names, else the honest miss with suggestions."""
    mentions = question.mentions
    if reply.kind == "list" or not reply.items or not (mentions.places or mentions.series or mentions.year):
        return reply
    first = reply.items[0]
    if first.type == "event":
        event = lookup.knowledge.events[first.id]
        failed = unmet(event, mentions)
    elif first.type == "quote" and mentions.places:
        failed = quote_unmet(lookup, lookup.knowledge.quotes[first.id], mentions)
    else:
        return reply
    if not failed:
        return reply
    noun = mentions.series or mentions.kind or ("quote" if first.type == "quote" else "event")
    if mentions.series:
        failed = [f for f in failed if not f.startswith("in the ")]
    if first.type == "quote" and mentions.people:
        noun = f"quote by {mentions.people[0].name}"
    return missed(lookup, noun, failed, nearest(lookup, mentions, mentions.kind if mentions.kind != "incident" else None))


def _verify(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    groups = match.groupdict()
    return answer_verify(lookup, groups.get("who") or "", groups.get("words") or "", today)


def _how_long(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    return answer_how_long(lookup, match["rest"], today)


def _behind(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    return answer_behind(lookup, match["rest"], today)


def _this_day(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    return answer_on_day(lookup, question.mentions.date or today, today)


def _edition(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply | None:
    return answer_edition(lookup, question.mentions, question.focus)


_QUOTE_WORDS = r"(?:quote|quotation|statement|words|line|saying)"
_REAL = r"(?:real|true|genuine|authentic|accurate|legit|legitimate|verified|verbatim|reliable|trustworthy|correct|made up|fake|invented)"
_CHECKS: tuple[tuple[re.Pattern, Check], ...] = tuple(
    (re.compile(pattern), check)
    for pattern, check in (
        (r"^(?:did|has|had) (?P<who>.+?) (?:really|actually|truly|genuinely|in fact) (?:say|said|write|wrote)\b(?: that)?(?P<words>.*)", _verify),
        (r"^(?:is|was) it true (?:that )?(?P<who>.+?) (?:said|say|wrote)\b(?: that)?(?P<words>.*)", _verify),
        (r"^(?:did|has|had) (?P<who>.+?) (?:say|said) (?:that |the words )?(?P<words>(?!anything|something|about|on |regarding)\S.*)", _verify),
        (rf"^(?:can|could|should) (?:i|we|you) (?:trust|believe|rely on|quote|cite) (?:this |that |the |his |her )?{_QUOTE_WORDS}?\s*(?P<words>.*)", _verify),
        (rf"^(?:is|was|are) (?:this|that|the|these|those) {_QUOTE_WORDS}s? (?P<words>.*?)\s*{_REAL}\b.*", _verify),
        (rf"^(?:is|was|are) (?:this|that|it|these|those) {_REAL}\b\s*(?P<words>.*)", _verify),
        (rf"^(?:is|was) (?P<words>.+?) (?:a |an )?{_REAL} {_QUOTE_WORDS}", _verify),
        (rf"^(?:is|was) (?P<words>.+?) {_REAL}$", _verify),
        (rf"^(?:how (?:reliable|accurate|trustworthy) is|verify|check) (?:the |this |that )?{_QUOTE_WORDS}?\s*(?P<words>.+)", _verify),
        (r"^how (?:long ago|many years ago|many years since|long since|many years has it been since|many years have passed since"
         r"|old is|many years is it since|long has it been since)\b(?:was |were |did |is )?(?:the )?(?P<rest>.+)", _how_long),
        (r"^(?:who|which group|what group|which country|which hackers|what hackers) (?:was|is|were|are)? ?(?:behind|responsible for"
         r"|to blame for|blamed for|accused of)\b(?P<rest>.*)", _behind),
        (r"^(?:who|which group|what group) (?:claimed|carried out|launched|conducted|did|was the attacker in|attacked in)\b(?P<rest>.*)", _behind),
        (r"^(?:what happened |what was |anything |what s |what is )?(?:on |in )?this (?:date|day)(?: in history)?\b", _this_day),
        (r"^(?:what happened |anything happen |what is )?on this day\b|^this day in (?:nato )?history\b|^today in (?:nato )?history\b", _this_day),
        (r"\b(?:first|1st|inaugural|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th)\b", _edition),
    )
)
