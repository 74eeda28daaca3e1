"""A reply that repairs the last answer: its lead ("no", "not that,", "wrong,", "sorry i meant") taken off, what is
meant left to be followed up as any follow-up is.

    after "when was warsaw summit"            "not that, the 2014 one"          -> "the 2014 one"
    after "who is kajsa ollongren"            "no the romanian one"             -> "the romanian one"
    after who spoke at tallinn                "no not the estonians, the nato guy" -> "the nato guy"
    after "the one before"                    "no before THAT"                  -> "before THAT"
    after when the 2014 ddos was              "sorry meant to ask who was behind it" -> "who was behind it"
    after the 2016 op-ed                      "nope, the original one, defence news" -> "the original one, defence news"

A lead is taken off only where what follows it is plainly the repair: after a comma or stop, or when it starts as
a repair does ("the ...", "not ...", "before ...", "i meant ..."). "no one stands alone, who said it" keeps its
"no one"; "no summit in 2019?" keeps its "no". Pure; a message whose first word is no repair word pays one set test.
"""

from __future__ import annotations

from collections.abc import Callable

from ..patterns import lazy_pattern
from .typed_instead import corrected_last

#: The first words a repair may start with; anything else is never read here.
_FIRST_WORDS = frozenset("no noo nooo nope nah naw not wrong oops sorry soz wait actually i meant".split())
_LEAD_WORD = r"(?:no+|nope|nah|naw|wrong|oops|sorry|soz|wait|actually)"
_SEPARATOR = r"[\s]*[,.;:!?\u2013\u2014-]+\s*"
#: "i meant", "meant to ask", "i was asking about": what the asker meant, said before it.
_MEANT = r"(?:i )?(?:(?:meant|mean)(?: to ask| to say)?|was asking(?: about)?|wanted to ask)\s+"  # never "i want to know ..."
#: "not that,", "not the estonians,", "not him": what the asker did not mean, named before what they did.
_NOT_MEANT = r"not (?:that|this|him|her|it|them|those|these)(?: one| ones)?(?:" + _SEPARATOR + r"|\s+)|not (?:the )?[a-z]+(?: [a-z]+)?(?: one| ones)?" + _SEPARATOR
#: What a repair goes on with when no punctuation marks off its lead: "no the romanian one", "no before that".
_REPAIR_GOES_ON = r"(?=(?:the|not|before|after|i|meant|mean|that|this|him|her|his)\b)"
_REPAIR = lazy_pattern(
    r"^\W*(?:(?:" + _LEAD_WORD + r"(?! one\b|body\b|thing\b)(?:" + _SEPARATOR + r"|\s+" + _REPAIR_GOES_ON + r"))+"
    r"(?:" + _MEANT + r")?(?:" + _NOT_MEANT + r")?|" + _MEANT + r"(?:" + _NOT_MEANT + r")?|" + _NOT_MEANT + r")"
    r"(?P<rest>\S.*)$", flags=2)  # re.IGNORECASE


def meant_instead(text: str, asked: str, follow: Callable[[str], str | None]) -> str | None:
    """What a repairing message means, as ``follow`` (the conversation's follow-up) reads it: the last question ``asked``
    with its mistyped word put right (``typed_instead``), else what follows the repair's lead when that is a follow-up;
    the rest itself after a lead that says the last answer was wrong ("no the romanian one"); None for a message that
    repairs nothing (or whose rest, "sorry, <a question>", is a question of its own)."""
    if (mended := corrected_last(text, asked)) is not None:
        return follow(mended) or mended
    if (meant := repaired(text)) == text:
        return None
    return follow(meant) or (None if text.lstrip(" \t\"'([").lower().startswith(_COURTESY) else meant)  # "sorry, <a question>": the whole message


#: Leads that only excuse or pause ("sorry,", "wait,"): what follows is asked as typed when it is no follow-up.
_COURTESY = ("sorry", "soz", "wait", "actually", "oops")


def repaired(text: str) -> str:
    """``text`` from what its repair lead says is meant; ``text`` itself when it opens with no repair."""
    first = text.lstrip(" \t\"'([").split(maxsplit=1)[:1]
    if not first or first[0].lower().rstrip(",.;:!?") not in _FIRST_WORDS:
        return text
    found = _REPAIR.match(text)
    return found["rest"] if found is not None and len(found["rest"]) > 1 else text
