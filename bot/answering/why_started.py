"""Why something was started, asked of a series, a body or a pledge: what it is, since its entry says what it is for.

    "why was the nato cyber defence conference series started"   -> "what is the nato cyber defence conference series"
    "why annual nato cyber defence conference was started"        -> "what is annual nato cyber defence conference"
    "why did nato create the nicc"                                -> "what is the nicc"
    "why did rutte speak by video"                                -> unchanged (no founding asked)
    "why they call berlin the first nato cyber defence conference" -> "is it true that berlin was the first nato cyber defence conference"

Read as "when was it started", the reply gives a first edition and a date, not the reason; the entry's summary
(agreed where, bringing together whom) is what the knowledge holds of why. Why something is called the first of a kind
is the claim checked: the first of its series, and what of that kind came before ("if rome was already in 2022"). Pure; a question not opening with
"why" costs one string test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_FOUNDED = r"(?:started|created|set up|launched|established|founded|begun|introduced|made|start|create|launch|establish|found|introduce|make)"
_WHY_STARTED = lazy_pattern(rf"^why (?:(?:was|were|is|are) (?P<x>.+?) {_FOUNDED}|(?P<x2>.+?) (?:was|were|is|are) {_FOUNDED}"
                            rf"|(?:did|does) (?:nato|the allies|allies|the alliance|they|leaders) {_FOUNDED} (?P<x3>.+?))(?: at all| in the first place| then)?$")

#: "why is berlin called the first nato cyber defence conference", "why do they call x the first annual conference if ...".
_WHY_FIRST = lazy_pattern(r"^why (?:(?:is|was) (?P<x>.+?) (?:called|named|described as|billed as)|(?:(?:do|does|did) )?(?:they|nato|people|the article|the press|everyone|you|u)"
                          r" (?:call|calls|called|name|names|named) (?P<x2>.+?)) (?:the |a )?(?P<first>(?:very )?first(?: [a-z]+){1,6}?)"
                          r"(?: (?:if|when|since|though|although|while|given|as|because|seeing) .*)?$")


def why_started(text: str) -> str:
    """``text`` (normalised) as "what is <x>" when it asks why <x> was started; else unchanged."""
    if not text.startswith("why "):
        return text
    if " first " in text and (first := _WHY_FIRST.match(text)):
        return f"is it true that {first['x'] or first['x2']} was the {first['first']}"
    if not (asked := _WHY_STARTED.match(text)):
        return text
    return f"what is {asked['x'] or asked['x2'] or asked['x3']}"
