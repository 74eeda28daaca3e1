"""A question after lead clauses that asks only of what the last lead names: a person's country or office
(``attribute_of_named``), or a response with nothing it responds to, which the lead names:

    lead "the 2007 cyber attacks on estonia", question "how did nato respond"  -> "how did nato respond to the 2007 cyber attacks on estonia"
    lead "the 2014 ddos",                     question "what was nato reaction" -> "what was nato reaction to the 2014 ddos"
    lead "the nato websites ddos",            question "what did nato do"       -> "what did nato do about the nato websites ddos"
    lead "rome 2022",                         question "who spoke"              -> None (no response asked)

Pure, used by ``question_text.question_clause`` for a question with no pronoun after lead clauses: without it the lead
is dropped and "how did nato respond" is answered as if about anything NATO did. A question that is neither pays two
patterns.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .attribute_of_named import person_asked
from .chatter_leads import is_chatter_lead

_RESPONSE_LAST = lazy_pattern(r"\b(?P<to>respond|react|reply|retaliate|response|reaction|answer)$"
                              r"|^(?:what|how) (?:did|does|do|will|would|should|could|can) (?:\S+ ){1,3}(?P<about>do)$")  # not "that rome do"


def response_asked(question: str, leads: list[str]) -> str | None:
    """``question`` with the last lead as what it responds to, when it ends on a response with no object; else None."""
    if not (response := _RESPONSE_LAST.search(question)):
        return None
    lead = next((a for a in reversed(leads) if a.split() and not is_chatter_lead(a)), None)
    return None if lead is None else f"{question} {'to' if response['to'] else 'about'} {lead}"


def asked_of_lead(question: str, leads: list[str]) -> str | None:
    """``question`` made whole with what the last of ``leads`` names, or None."""
    return person_asked(question, leads) or response_asked(question, leads)
