"""What someone did at a gathering, asked "what did X do at Y": their part there, asked as their role at it.

    "what did mcfadden do at the london conference"      -> "what was mcfadden role at the london conference"
    "what did mcfadden nato conference london do there"  -> "what was mcfadden role at nato conference london" ("he" put in)
    "what did he do there"                               -> as it is (the follow-up steps read "he" and "there")
    "what did the allies do at the wales summit"         -> as it is (no one person: what was agreed there)

A person is named by one or two words that are no article, pronoun or collective ("the", "they", "nato", "allies").
Tried only when "do" is there; pure, no knowledge read (``person_asks``).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_DID_DO = lazy_pattern(r"^what did (?P<who>\S+(?: \S+)?) (?:actually |really |exactly )?do (?:there )?(?P<at>(?:at|in|during) \S.*)$")
#: The person and the gathering typed together before "do there" (a lead put in for "he"): "what did mcfadden nato conference london do there".
_LEAD_DID_DO = lazy_pattern(r"^what did (?P<lead>\S+(?: \S+){1,8}) (?:actually |really |exactly )?do there$")
_GATHERING_WORDS = frozenset("the nato cyber conference conf summit pledge meeting event at in during".split())
_NOT_A_PERSON = frozenset("the a an it he she they we you this that these those nato allies allied alliance members countries".split())


def did_do_ask(text: str) -> str | None:
    """``text`` (normalised) asking what one person did at a gathering, as their role at it; else None."""
    if " do" not in text:
        return None
    if (asked := _DID_DO.match(text)) is None and (asked := _LEAD_DID_DO.match(text)) is not None:
        lead = asked["lead"].split()  # "what did mcfadden nato conference london do there": the person, then the gathering
        cut = next((n for n, w in enumerate(lead) if n and (w in _GATHERING_WORDS or w in PLACES or w.isdigit())), None)
        return None if cut is None or cut > 2 or not _NOT_A_PERSON.isdisjoint(lead[:cut]) else f"what was {' '.join(lead[:cut])} role at {' '.join(lead[cut:])}"
    if asked is None or not _NOT_A_PERSON.isdisjoint(asked["who"].split()):
        return None
    return f"what was {asked['who']} role {asked['at']}"
