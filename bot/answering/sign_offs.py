"""The clause that signs a message off, however it is thanked: it and everything after it are no part of the question.

    "where was the 2022 conference? thanks so much 😊"      -> "where was the 2022 conference?"
    "who hosted tirana? cheers, col (retd)"                  -> "who hosted tirana?"
    "when was rome? thank you kindly in advance"             -> "when was rome?" (thanks and its modifiers, in any order)
    "when was the berlin conference. thanks for the help"   -> "when was the berlin conference."

Pure, used by ``question_text.question_clause``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize
from .taunts import is_taunt

#: A clause that signs a message off: it and everything after it are the signature ("cheers, col (retd)").
_SIGN_OFF = lazy_pattern(r"^(?:(?:many |(?:thanks|thank you|thank u|thx|ty|ta|cheers) ?)+(?: (?:(?:ever )?(?:so|very) much|a (?:lot|bunch|ton|million)|kindly|again|in advance|heaps|loads|mate|all|guys|dear|folks))*"
                         r"(?: for (?:the|your|all the) (?:help|time|answers?|info))?|tysm|tyvm|(?:much )?obliged|(?:much |really |greatly )?appreciated|appreciate it"
                         r"|regards|best|best wishes|kind regards|all the best|yours|yours sincerely|sincerely|rgds|respectfully)$")


def before_sign_off(clauses: list[str], asked: list[str]) -> list[str]:
    """``clauses`` (each with its short form in ``asked``) up to a clause that only signs off."""
    end = next((n for n, (c, a) in enumerate(zip(clauses, asked)) if _SIGN_OFF.match(a.strip()) or _SIGN_OFF.match(normalize(c))
                or is_taunt(normalize(c))), len(clauses))  # "..., and dont get it wrong": goading, not asking
    return clauses[:end]
