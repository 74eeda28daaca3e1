"""How someone compared two things, asked as what they said about both: "how did he compare cyber attacks with kinetic attacks?".

    "how did he compare cyber attacks with kinetic attacks in berlin" -> "what did he say about cyber attacks and kinetic attacks in berlin"
    "how did stoltenberg liken china to russia"                      -> "what did stoltenberg say about china and russia"

A person's comparison is in their words, not in two entries side by side (the comparison routes read "compare X
and Y" so). Pure; text without "compar", "liken" or "contrast" pays one substring test each.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_HOW_COMPARED = lazy_pattern(r"^how (?:did|does|do|has|have) (?P<who>(?!the |these |those |nato |allies )\S+(?: \S+)?) (?:compare|liken|contrast|equate)"
                             r" (?P<a>\S.*?) (?:with|to|and|against) (?P<b>\S.*)$")


def compared_as_said(text: str) -> str:
    """``text`` (as typed) asking how a person compared two things, as what they said about both; else as it is."""
    lowered = text.lower()
    if "compar" not in lowered and "liken" not in lowered and "contrast" not in lowered and "equate" not in lowered:
        return text
    if (compared := _HOW_COMPARED.match(normalize(text))) is None:
        return text
    return f"what did {compared['who']} say about {compared['a']} and {compared['b']}"
