"""The source asked for a claim that is wrong: the claim corrected, not the sources of an entry it names.

    "according to which source was the pledge agreed in rome?"
        -> "No: Cyber Defence Pledge was agreed on 8 July 2016 at NATO Warsaw Summit 2016 ..., not in Rome"
    "which article says the berlin conference took place on 10 november?" -> "No: ... was held 9 November 2023 ..."
    "tirana was the first nato cyber defence conference? which article says that" -> "No: the first ... was ... (Berlin ...)"

A claim the checks confirm, or cannot check, is left to ``sources_saying``: the sources that say it. Tried only on
a question asking which source says something with a verb of a claim in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...reply import Reply
from ..lookup import Lookup
from ..search import normalize
from ...patterns import lazy_pattern
from .sources_saying import claimed, sources_asked

#: The claim first, then which source says it: "tirana was the first conference? which article says that".
_CLAIM_FIRST = lazy_pattern(r"^(?P<rest>\S+(?: \S+){2,}?) (?:so )?(?:which|what) (?:\S+ )?(?:articles?|sources?|pieces?|reports?|outlets?)"
                            r" (?:says?|said|claims?|claimed|states?|stated|reports?|reported|mentions?) (?:that|this|so|it)$")
_POINTING = (" that", " this", " so", " it")


def answer_sourced_claim(lookup: Lookup, question: str, today: dt.date, answer: Callable[..., Reply], typed: str = "") -> Reply | None:
    """The check's "No: …" when ``question`` (normalised) asks the source of a claim the knowledge contradicts, else None;
    ``answer`` answers a question (``topics.questions.answer_question``); the claim may come first in the words ``typed``."""
    if (first := _CLAIM_FIRST.match(normalize(typed)) if typed.rstrip("?!. ").endswith(_POINTING) else None) is not None:
        rest = first["rest"]  # "tirana was the first nato cyber defence conference? which article says that"
    elif (match := sources_asked(question)) is None or not claimed(match):
        return None
    else:
        rest = match["rest"]
    verdict = answer(lookup, f"{rest}?", today, whole=False)
    return verdict if verdict.kind == "answer" and verdict.title.startswith("No:") else None
