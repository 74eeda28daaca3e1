"""How someone compared two things, asked as what they said about both: "how did he compare cyber attacks with kinetic attacks?".

    "how did he compare cyber attacks with kinetic attacks in berlin" -> "what did he say about cyber attacks and kinetic attacks in berlin"
    "how did stoltenberg liken china to russia"                      -> "what did stoltenberg say about china and russia"
    "in berlin stoltenberg compared cyber attacks with what kind of attack" -> "what did stoltenberg say about cyber attacks compared in berlin"
    "give me stoltenbergs line comparing cyber attacks to kinetic attacks" -> "what did stoltenbergs say about cyber attacks and kinetic attacks"

A person's comparison is in their words, not in two entries side by side (the comparison routes read "compare X
and Y" so). Pure; text without "compar", "liken" or "contrast" pays one substring test each.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_HOW_COMPARED = lazy_pattern(r"^how (?:did|does|do|has|have) (?P<who>(?!the |these |those |nato |allies )\S+(?: \S+)?) (?:compare|liken|contrast|equate)"
                             r" (?P<a>\S.*?) (?:with|to|and|against) (?P<b>\S.*)$")

#: "stoltenberg compared cyber attacks with what kind of attack", "in berlin he compared X to what?": what the thing was compared to.
_COMPARED_TO_WHAT = lazy_pattern(r"^(?:(?:in|at) (?P<place>\S+(?: \S+)?),? )?(?P<who>(?!(?:who|what|which|how|did|does|was|is)\b)\S+(?: \S+)?) (?:compared|likened|equated)"
                                 r" (?P<a>\S.*?) (?:with|to) (?:what|which)(?: (?:kind|type|sort) of \S+)?(?P<rest>(?: (?:in|at) \S.*)?)$")
#: "what did stoltenberg compare cyber attacks to in berlin", "what kind of attack did he liken them with".
_WHAT_COMPARED = lazy_pattern(r"^what (?:(?:kind|type|sort) of \S+ )?(?:did|does|has) (?P<who>\S+(?: \S+)?) (?:compare|liken|equate) (?P<a>\S.*?)"
                              r" (?:with|to)(?P<rest>(?: (?:in|at) \S.*)?)$")

#: "give me stoltenberg's line comparing cyber attacks to kinetic attacks", "the rutte quote likening X with Y": their words on both.
_LINE_COMPARING = lazy_pattern(r"^(?:(?:give|show|send|get) (?:me |us )?|(?:i need|i want|i am looking for) )?(?:the |a )?(?P<who>(?!(?:the|a|an|any|some|need|want|his|her|their|that|this)\b)\S+(?: (?!(?:a|an|the|any|some|s)\b)\S+)?)(?: s)? (?:line|quote|quotation|remark|comment|words|statement|sentence)s?"
                               r" (?:(?:that|which|where (?:he|she|they)) )?(?:comparing|compares|compared|likening|likens|likened|equating|equates|equated) (?P<a>\S.*?) (?:with|to|and) (?P<b>\S.*)$")


def compared_as_said(text: str) -> str:
    """``text`` (as typed) asking how a person compared two things, as what they said about both; else as it is."""
    lowered = text.lower()
    if "compar" not in lowered and "liken" not in lowered and "contrast" not in lowered and "equate" not in lowered:
        return text
    if (to_what := _COMPARED_TO_WHAT.match(asked := normalize(text)) or _WHAT_COMPARED.match(asked)) is not None:
        place = to_what.groupdict().get("place")
        return f"what did {to_what['who']} say about {to_what['a']} compared{to_what['rest'] or (f' in {place}' if place else '')}"
    if (compared := _HOW_COMPARED.match(asked) or _LINE_COMPARING.match(asked)) is None:
        return text
    return f"what did {compared['who']} say about {compared['a']} and {compared['b']}"
