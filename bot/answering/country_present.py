"""Whether a country took part in a gathering, asked as people ask it, put as the question the participants route knows.

    "was china at the tirana conference"           -> "who represented china at the tirana conference"
    "did ukraine speak at the hague conference"    -> "who represented ukraine at the hague conference"
    "did the us attend rome"                       -> "who represented the us at rome"
    "was albania there in berlin"                  -> "who represented albania at berlin"
    "was serbia invited to the tirana conference"  -> "who represented serbia at the tirana conference" (an invitation is not recorded)
    "was moldova one of the partner countries at the hague conference" -> "who represented moldova at the hague conference"
    "what role did romania play at the 2024 pledge conference" -> "who represented romania at the 2024 pledge conference"
    "which minister of romania assisted the hague conference"  -> "who represented romania at the hague conference"
    "who was the prime minister of estonia at the 2021 conference" -> "who was estonia prime minister at the 2021 conference"

The reply names who was there for that country, or says the knowledge records nobody for it: never the
gathering's card as if it answered. A person ("was rutte at tirana") is not rewritten. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_ASKED = lazy_pattern(
    r"^(?:was|were|did|has|had|is|are) (?P<country>(?:the )?[a-z]+(?: [a-z]+)??) (?:ever |even |actually |really |also )?(?:at|in|present at|there at|there in|present in|represented at"
    r"|(?:attend|take part in|participate in|speak at|send (?:anyone|anybody|someone|a delegation|delegates|(?:a|an|any|its|their) (?:[a-z]+ )?(?:minister|ministers|official|officials|representative|representatives|speaker|envoy|delegate|diplomat)) to|come to)|attended|taken part in|spoken at|invited to|invited at|asked to come to"
    r"|(?:one )?(?:of|among) the (?:[a-z]+ )?(?:countries|nations|states|partners|participants|delegations|attendees) (?:at|in))"
    r" (?P<event>\S.*)$"
)


#: "what role did romania play at the 2024 pledge conference": its part there, as who represented it (and whether it hosted).
_ROLE = lazy_pattern(r"^what (?:role|part) did (?P<country>(?:the )?[a-z]+(?: [a-z]+)??) (?:play|have|take) (?:at|in|during) (?P<event>\S.*)$")


#: "which minister of romania attended the hague conference", "what official of the uk spoke in london": who represented it.
_WHICH_OF = lazy_pattern(r"^(?P<ask>which|what|who was the) (?P<role>(?P<kind>[a-z]+ )?(?:minister|ministers|official|officials|delegate|delegates|representative|representatives|speaker|speakers|envoy|diplomat))"
                         r" (?:of|from) (?P<country>(?:the )?[a-z]+(?: [a-z]+)??) (?:attended|spoke at|spoke in|spoke|took part in|participated in|was at|was in|went to|came to|represented it at|at|in) (?P<event>\S.*)$")


def country_present(text: str) -> str:
    """``text`` put as "who represented <country> at <event>" when it asks whether a country was at one; else unchanged."""
    if not text.startswith(("was ", "were ", "did ", "has ", "had ", "is ", "are ", "what ", "which ", "who was the ")):
        return text
    if (asked := _ASKED.match(text) or _ROLE.match(text) or (_WHICH_OF.match(text) if " of " in text else None)) is None:
        return text
    place = PLACES.get(asked["country"].removeprefix("the "))
    if place is None or place.is_city:
        return text
    if asked.groupdict().get("kind") and asked["ask"] == "who was the":  # "who was the prime minister of estonia at the 2021 conference":
        return f"who was {asked['country']} {asked['role']} at {asked['event']}"  # that office's holder, not everyone for estonia
    return f"who represented {asked['country']} at {asked['event']}"
