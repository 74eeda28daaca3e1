"""When something was decided, asked with where it was ("and at which summit"): when, as the decision's card gives both.

    "when did nato recognise cyberspace as a domain of operations and at which summit"
                                 -> "when did nato recognise cyberspace as a domain of operations"
    "when and at which summit did nato recognise cyberspace as a domain"  -> "when did nato recognise cyberspace as a domain"
    "when and where was the nicc agreed", "where and when did allies adopt the pledge" -> "when was the nicc agreed", ...

Read whole, the summit asked after took the question over (the summit's card, not the decision's). A decision's or
pledge's card has its day and the gathering it came from. Tried only on questions starting with "when" that hold
"which", "what" or "where", or starting "where and when".
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_GATHERING = r"(?:summit|meeting|conference|gathering|event|city|place|venue)"
_AFTER = lazy_pattern(rf"^(?P<when>when .+?) (?:(?:and|&|plus) )?(?:at|in|during) (?:which|what) {_GATHERING}$")
#: "when and where was X agreed": a decision's when and where, which its card gives together (split in two, each half lost the other).
_AND_WHERE = lazy_pattern(r"^(?:when (?:(?:and|&|n) )?where|where (?:(?:and|&|n) )?when) (?P<rest>(?:was|were|did|has|have) (?=.*\b(?:(?:agree|decide|endorse|recogni[sz]e|approve|announce)d?"
                          r"|(?:adopt|launch|establish|sign)(?:ed)?|set up|made)\b).+)$")
_BETWEEN = lazy_pattern(rf"^when (?:and|&|plus) (?:at|in|during) (?:which|what) {_GATHERING} (?P<rest>(?:did|was|were|is|has|have) .+)$")


def when_with_where(text: str) -> str:
    """``text`` (normalised) asking when and at which gathering, as when; other text as it is."""
    if text.startswith(("when and where ", "where and when ", "when n where ", "when where ", "where when ")) and (both := _AND_WHERE.match(text)):
        return f"when {both['rest']}"
    if not text.startswith("when ") or (" which " not in text and " what " not in text):
        return text
    if after := _AFTER.match(text):
        return after["when"]
    if between := _BETWEEN.match(text):
        return f"when {between['rest']}"
    return text
