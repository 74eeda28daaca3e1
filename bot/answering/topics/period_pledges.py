"""The pledges and decisions of a year or a stretch of years, asked as a list.

    "cyber decisions made in 2016 - list"           -> the 2016 decisions, each with the gathering it was made at
    "commitments/pledges agreed after 2020"         -> those from 1 January 2021 on
    "which pledges were made between 2014 and 2016" -> those of 2014 to 2016
    "nato cyber policies adopted in the past 10 years" -> those of the ten years up to today

Only a question whose words before the period ask for nothing but decisions is this step's; "what did nato decide in
2014 about cyber" names a topic and stays with the routes. A period with none gets the honest miss.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from .general import not_found
from .period_events import stretch_asked
from .pledges import answer_pledges

_NOUN = r"(?:pledges?|commitments?|decisions?|policies|policy|agreements?|concepts?)"
#: The words before the period: a list of decisions and nothing else ("nato cyber decisions made", "pledges agreed").
_ASKS_DECISIONS = lazy_pattern(
    rf"^(?:(?:what|which|list|show|show me|give me|all|all the|any|the|nato|cyber|defen[cs]e|allied|key|main|major|{_NOUN}|and|or|were|was|are|is|have|has|been|"
    r"made|agreed|taken|adopted|decided|reached|signed|endorsed|launched|announced|issued|there|did|nato s|do|you|have|on record|in the knowledge|of|"
    r"agreed on|in|from|during)\s)*$")
_NOUN_TYPED = lazy_pattern(rf"\b{_NOUN}\b")
#: "in 2016", "of 2016", "during 2016": one year.
_ONE_YEAR = lazy_pattern(r"\b(?:in|of|during|from) (?P<year>(?:19|20)\d\d)(?P<tail>(?: (?:list|with dates|pls|please|and dates))*)$")


def answer_period_pledges(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The decisions of the year or stretch ``question`` (normalised) names, when it asks only for those; else None."""
    if not _NOUN_TYPED.search(question):
        return None
    if (year := _ONE_YEAR.search(question)) is not None and _ASKS_DECISIONS.match(question[: year.start()]):
        first, last, label = dt.date(int(year["year"]), 1, 1), dt.date(int(year["year"]), 12, 31), f"in {year['year']}"
    elif (stretch := stretch_asked(question, today, _ASKS_DECISIONS)) is not None:
        first, last, label, _ = stretch
    else:
        return None
    pledges = [p for p in lookup.knowledge.pledges.values() if first <= p.date.first_day() <= last]
    if not pledges:
        return not_found(f"The knowledge records no pledge or decision {label}", suggestions=("pledges",))
    return answer_pledges(lookup, pledges, f" {label}", at_events=True)
