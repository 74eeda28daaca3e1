"""Whether a quote may be used somewhere, asked as whether it is genuine: its trust label is the answer.

    "can i put the ollongren quote from the hague in our newsletter as an official quote"
        -> "is the ollongren quote from the hague genuine"
    "can we use rutte s investment line in the deck"  -> "is rutte s investment line genuine"

Pure; a step of ``question_text.normalise_question``, its pattern run only when the question opens with can, could, may
or should.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_OPENERS = ("can ", "could ", "may ", "should ", "is it ok ", "is it okay ", "is it safe ")
_USE = lazy_pattern(
    r"^(?:(?:can|could|may|should) (?:i|we) (?:safely |really |still )?|is it (?:ok|okay|safe|fine|alright) (?:for (?:me|us) )?to )"
    r"(?:put|use|run|include|cite|quote|publish|share|post|print|reuse|lift|paste|drop)"
    r" (?P<what>(?:the |that |this |his |her |their )?(?:\S+ ){0,6}?(?:quote|quotation|line|words|remark|statement|soundbite)"
    r"(?: (?:from|at|in|by) (?!(?:our|my|a|an|the (?:deck|newsletter|slides?|post|tweet|thread|report|briefing|piece|article|release)\b))(?:the )?\S+)?)"
    r"(?: (?:in|on|for|into) (?:our |my |the |a |an )?\S+(?: \S+)?)?(?: as (?:an |a )?(?:official|verbatim|direct|exact|real)(?: quote| quotation| statement| words)?)?$")


def as_genuine_asked(text: str) -> str:
    """``text`` (normalised) with "can i use <a quote> in <a place>" put as "is <the quote> genuine"; else unchanged."""
    if not text.startswith(_OPENERS) or (match := _USE.match(text)) is None:
        return text
    return f"is {match['what']} genuine"
