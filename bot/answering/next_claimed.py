"""Which gathering came next (or before), claimed and checked with "right?": asked as the next one, which the answer names.

    "after rome the next pledge conference was the hague right"          -> "when was the next pledge conference after rome"
    "when was the next pledge conference after rome was the hague right" -> the same ("quando?" after the claim)
    "where was the previous summit before vilnius was madrid"            -> "where was the previous summit before vilnius"
    "the next summit was in vilnius"                                     -> as typed (nothing to count from)
    "after berlin the next nato cyber defence conference was in london"  -> "when was the next nato cyber defence conference after berlin"
    "after rome the following cyber defence pledge conference was in the hague correct" -> "when was the next ... after rome"

The reply names the one that came next with its dates, which confirms or corrects the one claimed; read as a claim,
"after rome ... was the hague" matches no entry. Pure; called on normalised text by ``place_lead.place_last``; a text
without "next", "previous" or "following" costs one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_ORDERS = frozenset(("next", "previous", "following"))
_NEXT_CLAIMED = lazy_pattern(
    r"^(?:(?P<wh>when|where) (?:was|is) )?(?:is it true that )?(?:(?P<prep1>after|before) (?P<x1>(?:\S+ ){0,2}?\S+) )?the (?P<order>next|previous|following)"
    r" (?P<kind>(?:\S+ ){0,4}?(?:conference|summit|meeting))(?: (?P<prep2>after|before) (?P<x2>(?:\S+ ){0,2}?\S+))?"
    r" (?:was|is|came|took place in|was held in|was in) (?:the )?\S+(?: \S+)?(?: right| correct| no| yes| true)?$")


def next_asked(text: str) -> str:
    """Normalised ``text`` claiming which gathering came next after another, asked as which one did; else ``text``."""
    if _ORDERS.isdisjoint(word_set(text)) or not (claimed := _NEXT_CLAIMED.match(text)):
        return text
    counted_from = claimed["x1"] or claimed["x2"]
    if not counted_from:
        return text
    order = "next" if claimed["order"] == "following" else claimed["order"]  # "the following one after rome" is the next
    return f"{claimed['wh'] or 'when'} was the {order} {claimed['kind']} {claimed['prep1'] or claimed['prep2']} {counted_from}"
