"""A person's role asked with the person and the gathering typed first: the role they held there.

    "mcfadden london cyber conference what was his job"  -> "what was mcfadden role at london cyber conference"
    "what was ollongren hague conference job"            -> "what was ollongren role at hague conference"
    "geoana hague pledge conf what was his title"        -> "what was geoana role at hague pledge conf"
    "rama what was his position"                         -> "what was rama role"

The words before the gathering (a place, a year, "the", or an event word) name the person; the rest names the
gathering. Tried only when a role noun is in the text. Pure, no knowledge read.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_ROLE_NOUNS = frozenset("job role position title post function rank portfolio".split())
_NOUN = r"(?:job|role|position|title|post|function|rank|portfolio)(?: (?:there|then|back then|at the time))?"
#: "<person> <gathering> what was his job (there)"
_PRONOUN_LAST = lazy_pattern(rf"^(?P<lead>(?!(?:who|what|which|when|where|how|did|was|is)\b)\S+(?: \S+)*?) (?:what|which) (?:was|is|were) (?:his|her|their) {_NOUN}$")
#: "what was <person> <gathering> job", the pronoun replaced by the lead it stood for
_INVERTED = lazy_pattern(rf"^(?:what|which) (?:was|is|were) (?P<lead>\S+(?: \S+)+?)(?: s)? {_NOUN}$")
_GATHERING_WORDS = frozenset("the conference conf summit pledge meeting event at in during".split())


def role_at_event(text: str) -> str | None:
    """``text`` (normalised) asking a person's role with their gathering typed before: the question the routes know, or None."""
    if _ROLE_NOUNS.isdisjoint(words := text.split()) or ("what" not in words and "which" not in words):
        return None
    pronoun_last = _PRONOUN_LAST.match(text)
    if (match := pronoun_last or _INVERTED.match(text)) is None:
        return None
    lead = match["lead"].split()
    cut = next((n for n, w in enumerate(lead) if n and (w in _GATHERING_WORDS or w in PLACES or w.isdigit())), None)
    if cut is None:  # "rama what was his position": his role; "what was the nato chief job" is left as it is
        return f"what was {' '.join(lead)} role" if pronoun_last else None
    gathering = lead[cut:]
    at = [] if gathering[0] in ("at", "in", "during") else ["at"]
    return f"what was {' '.join(lead[:cut])} role {' '.join([*at, *gathering])}"
