"""The editions of a gathering's series before it, asked as "the previous ones" or "the earlier editions":

    "where were the previous editions of the tirana conference?"  -> Berlin 2023 and London 2024, the annual
                                                                     conference's editions before Tirana 2025
    "tirana conf - which edition is it and where were the previous ones?" -> the same list
    "the earlier editions of the rome pledge conference"           -> Paris 2018, London 2019 and Tallinn 2021
    "the first annual conference - any previous ones?"             -> none: it was the series' first

Never the gathering named itself (it is not its own previous edition), never the gatherings of another series (the
pledge conferences are no earlier annual conferences). A gathering of no series is left to the other steps. A
question pays a word-set check unless it holds "previous", "earlier", "prior" or "preceding" and "ones" or "editions".
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import messages
from ..check_messages import no_earlier
from ..lookup import Lookup
from .events import answer_events_list, find_event
from .general import not_found

_SIDES = frozenset(("previous", "earlier", "prior", "preceding"))
_PLURALS = frozenset(("ones", "editions"))
_PREVIOUS = lazy_pattern(r"\b(?:any |the )?(?:previous|earlier|prior|preceding) (?:ones|editions)\b(?: (?:of|before) (?:it|that|this|the (?:one|edition) (?:in|at) )?(?P<anchor>.+))?")
#: Words of the question around the phrase that ask, and name no gathering: "which edition is it and where were".
_ASKING = lazy_pattern(r"\b(?:which|what|where|when|who|how many|were|was|is|it|and|are|there|edition|number|held|the|did|take place|took place|list)\b")


def answer_previous_editions(lookup: Lookup, question: str) -> Reply | None:
    """The series' editions before the gathering ``question`` names, when it asks for "the previous ones"; else None."""
    words = set(question.split())
    if _SIDES.isdisjoint(words) or _PLURALS.isdisjoint(words) or (asked := _PREVIOUS.search(question)) is None:
        return None
    named = asked["anchor"] or question[: asked.start()] + question[asked.end():]
    anchor = find_event(lookup, " ".join(_ASKING.sub(" ", named).split()))
    if anchor is None or not anchor.series:
        return None
    start = anchor.when.start.first_day()
    earlier = [event for event in lookup.events_by_date if event.series == anchor.series and event.when.start.first_day() < start]
    if not earlier:  # the series' first edition
        return not_found(no_earlier(anchor.series, anchor.name), suggestions=(f"event {anchor.name}", "events"))
    return answer_events_list(lookup, earlier, messages.events_related(len(earlier), anchor.series + "s" * (len(earlier) > 1), "before", anchor.name))
