"""When something was decided, asked with where it was ("and at which summit"): when, as the decision's card gives both.

    "when did nato recognise cyberspace as a domain of operations and at which summit"
                                 -> "when did nato recognise cyberspace as a domain of operations"
    "when and at which summit did nato recognise cyberspace as a domain"  -> "when did nato recognise cyberspace as a domain"

Read whole, the summit asked after took the question over (the summit's card, not the decision's). A decision's or
pledge's card has its day and the gathering it came from. Tried only on questions starting with "when" that hold
"which" or "what".
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_GATHERING = r"(?:summit|meeting|conference|gathering|event|city|place|venue)"
_AFTER = lazy_pattern(rf"^(?P<when>when .+?) (?:(?:and|&|plus) )?(?:at|in|during) (?:which|what) {_GATHERING}$")
_BETWEEN = lazy_pattern(rf"^when (?:and|&|plus) (?:at|in|during) (?:which|what) {_GATHERING} (?P<rest>(?:did|was|were|is|has|have) .+)$")


def when_with_where(text: str) -> str:
    """``text`` (normalised) asking when and at which gathering, as when; other text as it is."""
    if not text.startswith("when ") or (" which " not in text and " what " not in text):
        return text
    if after := _AFTER.match(text):
        return after["when"]
    if between := _BETWEEN.match(text):
        return f"when {between['rest']}"
    return text
