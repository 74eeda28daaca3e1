"""The time between two entries asked the way a scheduler writes it, read from the message as typed.

    "berlin 2023 -> tirana 2025, count the weeks between the two opening days"  -> "how many weeks between berlin 2023 and tirana 2025"
    "London 2024 conf to Tirana 2025 conf, how many days between the opening days?" -> the same, in days
    "from the last day of X to the day Y was agreed - how many days is that?"       -> X's last day to Y
    "Paris 2018 and London 2019 pledge conferences: how many days apart?"          -> the days between them
    "gap in days between X and Y?", "days between the X opening and the Y opening?" -> the days between them

The sides come before the question, or the unit before "between": the clause splitting that reads the rest of a
message would keep only "how many weeks". Asked again as "how many <unit> between X and Y" of ``time_between``;
only an answer is kept (a side naming no entry leaves the message to the steps after). A message without a unit
word and "to", "and", "between" or "from" costs two set tests.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..search import normalize
from ..shorthand import spell_out_shorthand
from .tenure_then import tenure_then
from .time_between import answer_time_between

_UNITS = frozenset("days weeks months years".split())
_CUES = frozenset("to and between from till until been".split())
_ARROW = lazy_pattern(r"\s*(?:-+>|=+>|\u2192|\u27f6)\s*")
_UNIT = r"(?:full |whole |complete |calendar )?(?P<unit>days|weeks|months|years)"
#: "berlin 2023 to tirana 2025 count the weeks ...", "x and y how many days apart"
_SIDES_FIRST = lazy_pattern(rf"^(?:from )?(?P<x>.+?) (?P<joint>to|until|till|through|and|vs|versus) (?P<y>.+?) (?:how many|count(?: up)?(?: the)?|number of|in|gap in) {_UNIT}\b(?P<tail>.*)$")
#: "from the final day of x to y - days?": the unit alone, last
_SIDES_THEN_UNIT = lazy_pattern(r"^(?:from )?(?P<x>.+?) (?:to|until|till|through|and) (?P<y>.+?) (?:in )?(?P<unit>days|weeks|months|years)$")
#: "gap in days between x and y", "days between x and y", "number of weeks from x to y"
_UNIT_FIRST = lazy_pattern(rf"^(?:(?:so|ok|and|the|exact|total) )?(?:(?:how many|count(?: up)?(?: the)?|number of|gap in|difference in|time in) )?{_UNIT}"
                           r" (?:are there |were there |is it |was it |passed |elapsed )?(?:between|from) (?P<x>.+?) (?:and|to|until|till) (?P<y>.+?)$")
#: Time in a role up to a moment: "how long had rutte been in the sg job by the time of his tirana video in days please".
_HELD_BY_THEN = lazy_pattern(r"^how (?:long|many (?P<unit>days|weeks|months|years)) (?:had|has|did) (?P<who>\S+(?: \S+)?) been (?:in (?:the |his |her |that )?)?(?P<role>.+?)(?: job| post| role| office| seat)?"
                             r" (?:by the time of|by the time|when|by|before) (?P<then>.+?)(?: (?:in|how many) (?:days|weeks|months|years))?(?: please| pls)?$")
_TAIL_WORDS = frozenset("exactly please pls plz roughly precisely again thanks thx".split())
_ASKING = frozenset("when what which who where how why".split())
_NOW = frozenset(("now", "today", "the present", "present", "this day", "date", "to date", "now then", "this point"))
_ALONGSIDE, _APART = frozenset(("and", "vs", "versus")), frozenset(("apart", "between", "separate", "separated"))
_LAST_DAYS = lazy_pattern(r"\b(?:last|closing|final) days\b")
#: The day of each side counted, said once for both: "opening day to opening day", "start to start", "last day to last day".
_EDGE_TO_EDGE = lazy_pattern(r"\b(?:from )?(?:the )?(?P<edge>opening|first|start|starting|closing|last|final|end)(?: day| date)? (?:to|until|till|through|vs) (?:the )?(?P=edge)(?: day| date)?\b")
_CLOSING = frozenset("closing last final end".split())


def answer_interval_asked(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The time between the two entries ``text`` (as typed) names in one of the forms above, or None."""
    words = spell_out_shorthand(normalize(_ARROW.sub(" to ", text) if ">" in text or "\u2192" in text or "\u27f6" in text else text))  # "hague pledge conf": conference
    split = words.split()
    if _UNITS.isdisjoint(split) and "been" not in split or _CUES.isdisjoint(split):
        return None
    if "been" in split and (held := _HELD_BY_THEN.match(words)) is not None and held["then"] not in _NOW:  # "how long had rutte been sg by the time of his tirana video"
        unit = held["unit"] or (next(iter(found)) if len(found := _UNITS.intersection(split)) == 1 else None)  # "... in days please"
        how = f"how many {unit}" if unit else "how long"
        reply = tenure_then(lookup, f"{held['who']} {held['role']} at the time of {held['then']}", unit, today) or answer_time_between(
            lookup, f"{how} between {held['who']} taking over as {held['role']} and {held['then']}", today)  # the role's start to that day
        return reply if reply is not None and reply.kind == "answer" else None
    closing = _EDGE_TO_EDGE.search(words)  # "berlin 2023 to tirana 2025, opening day to opening day, how many days": how it is counted
    words = " ".join(_EDGE_TO_EDGE.sub(" ", words).split()) if closing else words
    match = _SIDES_FIRST.match(words) or _UNIT_FIRST.match(words) or _SIDES_THEN_UNIT.match(words)
    if match is None:
        return None
    x, y = match["x"], _without_tail(match["y"])
    if match.groupdict().get("joint") in _ALONGSIDE and _APART.isdisjoint(match["tail"].split()):
        return None  # "x's start and end date? want to count the years": two things asked, not two sides
    if not _ASKING.isdisjoint(f"{x} {y}".split()) or not _NOW.isdisjoint((x, y)):
        return None  # "when was x and how many days", "x and y: which was first and ...": questions of their own; "... until now": time since
    if _LAST_DAYS.search(match.groupdict().get("tail") or "") or closing and closing["edge"] in _CLOSING:
        x, y = f"the last day of {x}", f"the last day of {y}"  # "... between the closing days"
    reply = answer_time_between(lookup, f"how many {match['unit']} between {x} and {y}", today)
    return reply if reply is not None and reply.kind == "answer" else None


def _without_tail(side: str) -> str:
    """"the berlin 2023 opening for me please" -> "the berlin 2023 opening"."""
    words = side.split()
    while len(words) > 2 and (words[-1] in _TAIL_WORDS or words[-2:] == ["for", "me"]):
        words = words[:-2] if words[-2:] == ["for", "me"] else words[:-1]
    return " ".join(words)
