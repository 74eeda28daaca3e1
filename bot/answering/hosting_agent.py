"""Who hosted, asked with the host doing it: "was berlin 2023 the german defence ministry hosting or the foreign ministry?".

Read as the claim the routes check (``claims``): "is it true that berlin 2023 was hosted by
the german defence ministry or the foreign ministry", so that the either/or check answers
with the host the knowledge records; "was italy organising rome 2022 alone" likewise.
Runs its patterns only when a word of ``_CUES`` is there; must not touch a question whose
"hosting" is a noun ("who is hosting next year").
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX

_CUES = frozenset("hosting organising organizing running".split())
_AGENT = r"(?P<agent>the .+?|[a-z]+(?: [a-z]+)?)"
_DOING_WORD = r"(?:hosting|organi[sz]ing|running)"
_ALONE = r" alone| by itself| on its own| together| jointly"
#: "was <event> <agent> hosting (it) (or <other>)"
_EVENT_FIRST = lazy_pattern(rf"^(?:was|is|were) (?P<event>.+?) {_AGENT} {_DOING_WORD}"
                            rf"(?: it| this| that| the (?:conference|event|summit|meeting))?(?P<rest> or .+|{_ALONE})?$")
#: "was <agent> hosting <event> (alone)", "was <agent> hosting that alone <event>" (a lead put after it)
_AGENT_FIRST = lazy_pattern(rf"^(?:was|is|were) {_AGENT} {_DOING_WORD} (?:(?:it|this|that)(?P<lead>{_ALONE})? )?(?!or )(?P<event>.+?)(?P<rest> or .+|{_ALONE})?$")


#: "was <event> run by nato itself or by the germans": who hosted it, asked with another verb.
_RUN_BY = lazy_pattern(r"^(?P<was>was|is|were) (?P<event>.+?) (?:run|organi[sz]ed|staged|put on|led) by (?P<a>.+?)(?: itself| themselves| alone)? or (?P<b>.+)$")


def hosting_agent(text: str) -> str:
    """"was X the dutch hosting (or Y)" -> "is it true that X was hosted by the dutch (or Y)"; other text as it is."""
    if " by " in text and " or " in text and (run := _RUN_BY.match(text)):
        return f"{run['was']} {run['event']} hosted by {run['a']} or {run['b']}"
    if _CUES.isdisjoint(text.split()):
        return text
    if match := _EVENT_FIRST.match(text) or _AGENT_FIRST.match(text):
        rest = match["rest"] or match.groupdict().get("lead") or ""
        return f"{CLAIM_PREFIX}{match['event']} was hosted by {match['agent']}{rest}"
    return text
