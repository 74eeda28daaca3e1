"""Whether a country was the (only) host, asked with "host" as a noun, put as the hosting claim the checks read.

    "was italy the only host"                              -> "was it hosted by italy alone"
    "was italy the only host of the rome pledge conference" -> "was the rome pledge conference hosted by italy alone"
    "were the dutch one of the hosts"                      -> "was it hosted by the dutch"
    "was romania a co-host of the hague one"               -> "was the hague one hosted by romania"
    "did italy host it alone", "was it hosted only by italy" -> "was it hosted by italy alone"
    "was italy the only host country for the rome one or was somebody else involved too"
                                                            -> "was the rome one hosted by italy alone"
    "why did romania co host the hague conference"          -> "was the hague conference hosted by romania" (no reason
                                                               recorded: the premise checked, "why did germany ..." a no)

With no event named, "it" is the last event talked about (``follow_ups``). A yes to "the only host"
must not be given for one of several hosts: "alone" keeps the check honest. Tried only when "host"
is in the text; the host must be a place or NATO. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES
from .search import normalize

_AGENT = r"(?P<agent>(?:the )?[a-z]+(?: (?!the |a |an |one |also |among |co )[a-z]+)?)"
_OF_EVENT = r"(?: (?:of|for|at) (?P<event>.+?))?"
_AGENT_TOO = _AGENT.replace("?P<agent>", "?P<agent_too>")
#: The other side of the choice, which the check answers too: "... or was somebody else involved too".
_OR_ELSE = r"(?: or (?:was|were|did|is|are|had) (?:there )?(?:somebody|someone|anyone|anybody|others?|another (?:country|one|ally))(?: else)?\b[a-z ]*)?"
#: "was italy the only host (of X)", "were the dutch the sole hosts".
_ONLY_HOST = lazy_pattern(rf"^(?:was|were|is) {_AGENT} (?:the )?(?:only|sole|single|one and only) (?:host|hosts|host country|host nation|organi[sz]er|organi[sz]ers){_OF_EVENT}{_OR_ELSE}$")
#: "was italy a host (of X)", "were the dutch one of the hosts", "was romania a co host".
_A_HOST = lazy_pattern(rf"^(?:was|were|is) {_AGENT} (?:a|an|one of the|among the|also a) (?:co )?(?:host|hosts|organi[sz]er|organi[sz]ers){_OF_EVENT}$")
#: "did italy host it alone", "did italy host the rome one on its own".
_HOST_ALONE = lazy_pattern(rf"^(?:did|does) {_AGENT} (?:host|organi[sz]e|run) (?P<event>it|that|this|.+?) (?:alone|by itself|on (?:its|their) own|solo){_OR_ELSE}$")
#: "was it hosted only by italy", "was it only hosted by italy".
_ONLY_BY = lazy_pattern(r"^(?P<was>was|were|is) (?P<event>.+?) (?:only hosted|hosted only|solely hosted|hosted solely|hosted just|just hosted) by (?P<agent>.+)$")

#: "why did romania co host the hague conference", "why was romania co hosting it": the knowledge records who hosted, not why.
_WHY_HOST = lazy_pattern(rf"^why (?:(?:did|does|do) {_AGENT} (?:co )?host|(?:was|were|is|are) {_AGENT_TOO} (?:(?:co )?hosting|(?:a |the )?(?:co )?hosts?(?: of| for)?))"
                         r" (?P<event>(?!(?:it|that|this|them)\b)\S.*?)(?: (?:at all|in the first place|then|too|as well))?$")


def sole_host(text: str) -> str:
    """``text`` (normalised) as "was <event> hosted by <country> (alone)" when it asks so with "host" as a noun;
    why someone hosted, as who hosted (what the knowledge records of it)."""
    if "host" not in text:
        return text
    if text.startswith("why ") and (why := _WHY_HOST.match(text)) and _is_host(why["agent"] or why["agent_too"]):
        return f"was {why['event']} hosted by {why['agent'] or why['agent_too']}"  # a premise the check says yes or no to
    if (match := _ONLY_BY.match(text)) and _is_host(match["agent"]):
        return f"{match['was']} {match['event']} hosted by {match['agent']} alone"
    for pattern, alone in ((_ONLY_HOST, " alone"), (_A_HOST, ""), (_HOST_ALONE, " alone")):
        if (match := pattern.match(text)) and _is_host(match["agent"]):
            return f"was {match['event'] or 'it'} hosted by {match['agent']}{alone}"
    return text


def _is_host(named: str) -> bool:
    return named.removeprefix("the ") in PLACES or named in ("nato", "the alliance")


def sole_host_typed(text: str) -> str:
    """``sole_host`` of text as typed: the text as typed unless it is such an ask."""
    if "host" not in text.lower():
        return text
    normalised = normalize(text)
    asked = sole_host(normalised)
    return text if asked == normalised else asked
