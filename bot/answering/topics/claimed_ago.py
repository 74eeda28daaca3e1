"""A span of time claimed and asked about: "was the ddos on nato websites 12 years ago?", "is the warsaw summit 10 years ago now?",
"is the cyber defence pledge 10 years old yet?", "it has been 10 years since the warsaw summit, right?",
"so the rome conference started exactly 4 years ago today?".

The reply is how long ago the thing was (``checks.answer_how_long``), led by "Yes:" when the number
claimed is the one it gives and "No:" when it is not. Asked before the attack and event steps, which
would read the number as what the thing is called.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import check_messages
from ..constraints import unmet
from ..mentions import find_mentions
from .checks import answer_how_long

_SPAN_SAID = lazy_pattern(r"\b(\d{1,3}) (year|month|week|day)s? ago\b")  # in the how-long reply's title
_CLAIMED_AGO = lazy_pattern(r"^(?:is|was|were|are) (?:it )?(?P<rest>\S.*?) (?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) (?P<unit>year|month|week|day)s? (?:ago|since|old)"
                            r"(?: now| already| yet| today| this year| in \d{4})?$")  # "is the pledge 10 years old yet": its age


#: The age stated: "the cyber defence pledge is 5 years old?", "is it true that the nicc is two years old".
_STATED_AGE = lazy_pattern(r"^(?:is it true that )?(?P<rest>\S.*?) (?:is|was|are|turned|turns) (?:already |now |only |just )?(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven"
                           r"|eight|nine|ten|eleven|twelve|twenty) (?P<unit>year|month|week|day)s? old(?: now| already| today)?$")
#: The span stated first: "it has been 10 years since allies took the pledge in warsaw", "10 years since the pledge, right?".
_SINCE_CLAIMED = lazy_pattern(r"^(?:is it true that )?(?:it (?:has been|s been|is been|is|has now been|will be|ll be) )?(?:already |now |exactly |just )?(?P<n>\d{1,3}|a|an|one|two|three"
                              r"|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) (?P<unit>year|month|week|day)s? since (?P<rest>\S.*?)(?: now| already| today| this year)?$")
#: The span put on a verb: "so the rome conference started exactly 4 years ago today?", "did berlin take place 3 years ago"
#: (after the asker's "today is 9 november": the day the span is counted from, which the bot knows).
_DONE_AGO = lazy_pattern(r"^(?:(?:today|it) is (?:the )?[a-z0-9]+(?: of)? [a-z0-9]+ )?(?:is it true that |did |so )?(?P<rest>(?!(?:(?:did|does|do|has|have|had) )?(?:which|what|who|whose|when|where|how|any|anything|something|nothing)\b)\S.*?) (?:started|start|began|begin|opened|open|took place|take place|happened|happen|was held|were held|was|were|met)"
                         r" (?:exactly |just |only |already )?(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) (?P<unit>year|month|week|day)s? ago"
                         r"(?: today| now| already| to the day)?$")
_NUMBERS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())} | {"a": "1", "an": "1", "twenty": "20"}


def answer_claimed_ago(lookup, question: str, today: dt.date) -> Reply | None:
    """The checked span for ``question`` (normalised), or None when it claims none or names nothing with a date."""
    match = (_CLAIMED_AGO.match(question) or _STATED_AGE.match(question) or _SINCE_CLAIMED.match(question) or _DONE_AGO.match(question)) \
        if " ago" in question or " since" in question or " old" in question else None
    if match is None:
        return None
    reply = answer_how_long(lookup, match["rest"], today, unit=f"{match['unit']}s")
    if reply.kind != "answer" or _elsewhere(lookup, reply.items[0], find_mentions(lookup, match["rest"], today)):
        return None  # "was the oslo conference 3 years ago": not some other conference; the routes say there is none
    claimed = _NUMBERS.get(match["n"], match["n"])  # "two years": 2
    right = any((n, unit) == (claimed, match["unit"]) for n, unit in _SPAN_SAID.findall(reply.title))  # no pattern made per question
    right = right and (" ago today" in reply.title or not question.endswith((" ago today", " to the day")))  # "exactly 2 years ago today": that day too
    return replace(reply, title=(check_messages.claim_yes if right else check_messages.claim_wrong)(reply.title))


def _elsewhere(lookup, item, mentions) -> bool:
    """Whether the event ``item`` is, or the pledge was agreed at, a gathering the place or year ``mentions`` name does not fit:
    "was the pledge agreed at wales 12 years ago" is the place claimed first (``claim_checks``), not only the span."""
    knowledge = lookup.knowledge
    if item.type == "pledge" and mentions.places and (pledge := knowledge.pledges.get(item.id)) is not None:
        return pledge.event in knowledge.events and bool(unmet(knowledge.events[pledge.event], mentions))
    return item.type == "event" and item.id in knowledge.events and bool(unmet(knowledge.events[item.id], mentions))
