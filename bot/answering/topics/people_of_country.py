"""The people of one country the knowledge holds: "which Dutch people are in your data?", "any Romanian officials?",
"people from estonia".

Nationality is read from the people's role titles ("Prime Minister of the Netherlands", "German
Federal Foreign Minister"); a country none of them belongs to gets an honest miss. Must not
answer a question naming an event ("which dutch officials spoke in the hague": the event's
participants answer it), nor one asking about a role ("who is the dutch defence minister").
"""

from __future__ import annotations

from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs
from ..places import PLACES, as_said
from .people import role_text
from ...patterns import lazy_pattern

_NOUNS = frozenset("people persons officials ministers politicians figures nationals names ones speakers romanians germans albanians "
                   "italians americans estonians lithuanians poles brits danes".split())
_ASKED = lazy_pattern(r"^(?:which|what|list|show|show me|give me|any|are there(?: any)?|who are the|name the|all|do you have(?: any)?|got any)"
                      r"(?: all)?(?: the| of the)? (?P<place>[a-z]+(?: [a-z]+)??) ?(?P<noun>people|persons|officials|ministers|politicians|figures"
                      r"|nationals|names|ones|speakers)?\b(?P<rest>.*)$")
#: The country named after the noun: "people from estonia", "which officials are from romania", "list the ministers of italy".
_FROM_ASKED = lazy_pattern(r"^(?:(?:which|what|list|show|show me|give me|any|all|who are the|name the)(?: all)?(?: the)? )?"
                           r"(?P<noun>people|persons|officials|ministers|politicians|figures|nationals)(?: (?:are|is|were|who are))?"
                           r" (?:from|of) (?:the )?(?P<place>[a-z]+(?: [a-z]+)??)\b(?P<rest>.*)$")
#: What the rest may say without naming an event: "are in your data", "do you have", "who else".
_ONLY_ASKS = frozenset("are is in your the data knowledge database file files records record do you u have got know of there who else also any "
                       "so far besides apart from mentioned named listed included covered on our system list lists".split())


def answer_people_of(lookup: Lookup, question: str) -> Reply | None:
    """The list of people of the country ``question`` names, or None for any other question."""
    words = question.split()
    if _NOUNS.isdisjoint(words):
        return None
    match = next((m for pattern in (_ASKED, _FROM_ASKED) if (m := pattern.match(question)) and _country(m)), None)
    if match is None:
        return None
    if any(w not in _ONLY_ASKS and w not in lookup.name_words for w in match["rest"].split()):
        return None  # "which dutch officials spoke at the hague": the event's participants
    place = _country(match)
    people = lookup.people_of(place.country)
    country = as_said(place.country)
    if not people:
        return Reply("not_found", f"The knowledge names no one from {country}", suggestions=("help who",))
    blocks = tuple(Block("", style="item", heading=f"{p.name}: " + "; ".join(role_text(r) for r in p.roles)) for p in people)
    title = f"{len(people)} {'person' if len(people) == 1 else 'people'} from {country} in the knowledge"
    return Reply("list", title, blocks=blocks, items=item_refs(people), sources=source_refs(lookup.knowledge, people))


def _country(match):
    """The country a match names with a noun of people ("dutch people", "people from estonia"), or None (a city)."""
    place = PLACES.get(match["place"]) or PLACES.get(match["place"].removesuffix("s"))
    return place if place is not None and not place.is_city and (match["noun"] or match["place"].endswith("s")) else None
