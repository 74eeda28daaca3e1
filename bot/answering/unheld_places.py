"""A question placed where the knowledge holds no gathering at all: never answered with a gathering held elsewhere.

"sources for the oslo conference", "was rutte still dutch prime minister at the oslo conference?" and "who was secretary
general during the oslo conference" were answered of the Rome conference, the one their other words fit: the routes that
answered them read the place as a word. Asked again of every public-table row with its city replaced by Oslo, 382 of
1,846 replies answered without a word of Oslo. As the last check of a question's reply (like ``public_figures``):

    without_unheld_place(lookup, "sources for the oslo conference", <the Rome conference's sources>)
        -> "I have no event in Oslo." with the entries the reply named offered
    without_unheld_place(lookup, "was the 2022 pledge conference held in oslo?", "No: ... in Rome")  -> as it is

Only cities named as where a gathering was held ("the oslo conference", "a summit in oslo"), at none of which an
event of the knowledge was held; a reply that says the place itself stands ("..., not in Oslo"), and so does a
verdict on a claim ("No: ... in Rome" to "was the rome conference held in milan?"). A miss that never names the place
("The knowledge names no conferences where Jens Stoltenberg spoke", to "didn't stoltenberg speak at a conference in
madrid?") is one too: the place is what is missing, so it is said first.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import Reply
from . import event_index
from .constraints import at_place
from .lookup import Lookup
from .messages import COVERS_NATO, NOTHING_MATCHES
from .places import SERIES_WORDS, Place, locations_in
from .search import normalize
from .topics.general import not_found
from .unheld_names import offered, said_in


_GATHERINGS = ("conference", "conf", "summit", "meeting", "pledge conference", "cyber defence conference", "speech", "address", "keynote")
_VERDICTS = ("No", "Only partly", "Not quite", "Partly")  # a correction; never "Yes" of another gathering


def without_unheld_place(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply``, or where ``text`` places its question where no event was held and the reply never says that place,
    the honest miss: "I have no event in Oslo."."""
    if reply.kind not in ("answer", "list", "not_found") or reply.title.startswith(_VERDICTS) and not reply.title.startswith(NOTHING_MATCHES) or not (places := locations_in(normalize(text))):
        return reply  # "was the rome conference held in milan?": "No: ... in Rome" settles the claim the place was in
    if COVERS_NATO in reply.title:
        return reply  # "interpol's cybercrime summit in oslo": another body's gathering, wherever it was
    held = [holds_events(lookup, place) for place in places]
    if any(held) or not all(place.is_city for place in places) or not any(_gathering_at(normalize(text), normalize(p.name)) for p in places):
        return reply  # "my wife is from delft; the hague conference ...": a city where one was held is asked of
    echoing = reply.kind == "not_found" and not reply.title.startswith(NOTHING_MATCHES)  # "I have no article about “madrid summit”": missed there
    said = said_in(reply) + (f"{normalize(reply.title)} " if echoing else "")
    if reply.kind == "answer" and not reply.title.startswith(("I have no", "There is no", "No ")):  # "What Kajsa Ollongren said in the 2024 pledge conference in amsterdam": the place asked, echoed
        said = _ECHOED.sub(" ", said.replace(normalize(text), " "))
    if any(f" {normalize(place.name)} " in said for place in places):
        return reply
    year = next((f" in {w}" for w in normalize(text).split() if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")), "")
    return not_found(f"I have no event in {places[0].name}{year}.", "", offered(lookup, reply) or ("events",))  # "lisbon summit 2010": in Lisbon in 2010


def holds_events(lookup: Lookup, place: Place) -> bool:
    """Whether any event of the knowledge was held at ``place``."""
    return any(at_place(e, place) for e in event_index.with_words_of(lookup.event_index, place.name))


#: A gathering put in a city, as a question asks it and an answer's title may echo it: "pledge conference in amsterdam".
_ECHOED = lazy_pattern(r"\b(?:conference|conf|summit|meeting|speech|address|keynote)s? (?:held )?in \S+")


def _gathering_at(text: str, city: str) -> bool:
    """Whether normalised ``text`` names a gathering by ``city``: "the oslo conference", "the munich security
    conference", "a summit in oslo", "the conference held in oslo" (not "the 2021 pledge conf was in riga", a claim of
    where one was)."""
    named = " ".join(w for w in text.split() if w not in SERIES_WORDS) if f"{city} " in text else text  # "munich security conference"
    return any(f"{city} {g}" in named or f"{g} in {city}" in text or f"{g}s in {city}" in text or f"{g} held in {city}" in text
               for g in _GATHERINGS)


