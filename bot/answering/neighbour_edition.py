"""A follow-up that asks about the edition before or after the event just talked about, put with its own ask
or with a comment: the neighbour edition named in its place.

    after an answer about the 2025 annual conference
    "and the edition before that, who hosted?"    -> "who hosted NATO Cyber Defence Conference 2024"
    "who hosted the one before it?"               -> "who hosted NATO Cyber Defence Conference 2024"
    "and the year after? same series, I mean"     -> "NATO Cyber Defence Conference 2026" (a miss when none was held)
    "who was named as the following year's host?" -> "who hosted NATO Cyber Defence Conference 2024"
    "and the next one after that where was it"    -> "where was it NATO Cyber Defence Conference 2024" (dictated: no comma)
    "and the year before, who spoke for the uk"   -> "who spoke for the uk at NATO Cyber Defence Conference 2024"
    "which country hosted the edition right after it?", "who hosted the following edition?"
                                                  -> "which country hosted NATO Cyber Defence Conference 2026" ("when is
                                                     the next one?" asks what is coming up: only a past ask takes "next")

The bare forms ("and the one before?") are ``follow_ups.other_edition``'s; here a clause naming the neighbour
must end where the phrase does or point back ("before that"), so "the conference after berlin" names its own
event. Clauses that neither name the neighbour nor ask ("same series I mean", "not the pledge ones") are dropped.
Pure: reads the last answer's subject only.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .follow_ups import other_edition
from .lookup import Lookup
from .search import normalize

_CLAUSES = lazy_pattern(r"[,;?!.]+|\s[-\u2013\u2014]+\s|\s(?=(?:where|when|who) (?:was|were|is|did|hosted|spoke)\b)")  # dictated: no comma before the ask
_NEIGHBOUR = lazy_pattern(r"\b(?:the )?(?:(?:year|edition|one|conference|conf) (?:after|before)|(?:next|following|previous|preceding|prior) "
                          r"(?:one|edition|year|conference|conf)(?: (?:after|before))?)(?: (?:that|this|it))?(?: one)?$")
#: "the next one after that": the side said twice, read once ("the next one").
_SAID_TWICE = lazy_pattern(r"\b((?:next|following|previous|preceding|prior) (?:one|edition|conference|conf)) (?:after|before) (?:that|this|it)$")
_POINTING = lazy_pattern(r"^(?P<ask>.*?)\b(?:the )?(?P<phrase>(?:year|edition|one|conference|conf) (?:after|before)) (?:that|this|it)(?: one)?\b(?P<after>.*)$")
#: "the following year's host", "the next edition's venue", "the next host": a fact of the neighbour edition.
_FACT_OF = lazy_pattern(r"\b(?P<side>next|following|previous|preceding|prior)(?: (?:year|edition|conference|conf|one)(?: s)?)? (?P<fact>hosts?|host country|venue|city|dates?|speakers?)\b")
_AFTER = ("next", "following")
_FACT_ASKS = {"host": "who hosted", "host country": "who hosted", "venue": "where was", "city": "where was", "date": "when was", "speaker": "who spoke at"}
_LEAD = lazy_pattern(r"^(?:(?:and|so|ok|okay|then|hmm|what about|how about)\s+)+")
#: "the edition right after it": "right", "immediately" only say it is the neighbour.
_RIGHT = lazy_pattern(r"\b(?:right|immediately|directly|just|straight) (?=after\b|before\b)")
#: "who hosted the following edition?", "where was the previous one?", "which country hosted the next one?" (a past ask:
#: "when is the next one?" asks what is coming up): the neighbour named at the end of a clause that asks.
_ASKED_OF = lazy_pattern(r"^(?P<ask>.*?)\b(?:the )?(?P<side>next|following|previous|preceding|prior) (?:one|edition|conference|conf)$")
_PAST_ASK = frozenset("was were did hosted cohosted organised organized spoke held took ran".split())
#: Words that ask: a clause holding one is a question; others around the neighbour are comments.
_ASKS = frozenset("who whom when where which what how host hosts hosted cohosted organised organized spoke speak speakers "
                  "opened date dates venue city place country held".split())


def neighbour_asked(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """``text`` with the edition next to ``subject`` named in place of "the edition before that"; None when it names
    no neighbour, or only a bare one (``other_edition``'s)."""
    lowered = text.lower()
    if subject.type != "event" or not any(w in lowered for w in ("before", "after", "next", "previous", "prior", "following", "preceding")):
        return None
    clauses = [c for c in (normalize(part) for part in _CLAUSES.split(text)) if c]
    for n, clause in enumerate(clauses):
        bare = _RIGHT.sub("", _LEAD.sub("", clause))
        if (match := _NEIGHBOUR.match(bare)) and (edition := other_edition(lookup, _SAID_TWICE.sub(r"\1", match[0]), subject)):
            asks = [c for c in clauses[:n] + clauses[n + 1 :] if not _ASKS.isdisjoint(c.split())]
            if len(clauses) == 1:
                return None  # "and the one before?": other_edition's
            return f"{_at_the_end(_LEAD.sub('', asks[0]))} {edition}" if asks else edition
        if (match := _FACT_OF.search(bare)) and (edition := other_edition(lookup, "the one after" if match["side"] in _AFTER else "the one before", subject)):
            return f"{_FACT_ASKS[match['fact'].removesuffix('s')]} {edition}"  # "who was named as the following year's host": who hosted it
        if (match := _POINTING.match(bare)) and not _ASKS.isdisjoint(match["ask"].split()):
            if (edition := other_edition(lookup, f"the {match['phrase']} that", subject)):
                return f"{match['ask']}{edition}{match['after']}"  # "who hosted the one before that?"
        if (match := _ASKED_OF.match(bare)) and not _ASKS.isdisjoint(words := match["ask"].split()) and (match["side"] != "next" or not _PAST_ASK.isdisjoint(words)):
            if (edition := other_edition(lookup, "the one after" if match["side"] in _AFTER else "the one before", subject)):
                return f"{match['ask']}{edition}"  # "which country hosted the following edition?"
    return None


#: An ask that ends on the party it is asked for ("who spoke for the uk", "anyone from romania"): the edition follows with "at".
_PARTY_LAST = lazy_pattern(r"\b(?:for|from|representing) (?:the )?\S+$")


def _at_the_end(ask: str) -> str:
    """``ask`` ready for the edition's name: "who spoke for the uk" -> "who spoke for the uk at"; "who hosted" as it is."""
    return f"{ask} at" if _PARTY_LAST.search(ask) else ask
