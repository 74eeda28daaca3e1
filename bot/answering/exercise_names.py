"""Military and cyber exercises in the news whom a question may name and the knowledge may not hold.

People who know the field ask by an exercise's name ("when was locked shields in 2024", "did nato run crossed swords
in tallinn"). The question's other words ("exercise", "2024") found the one exercise the knowledge records, or a
conference that year, and the reply never said the name asked about ("I have no exercise in 2024."). Like the threat
names (``threat_names``), this is a list of names people ask about, kept to names no common word shares:

    exercises_named(lookup, "Locked Shields exercise, when was it in 2024?")  -> ["Locked Shields"]
    exercises_named(lookup, "when was cyber coalition 2016")                  -> []

``without_unheld_exercise`` turns a reply that never names the one asked about into the honest miss: "I have no
Locked Shields exercise: the knowledge never mentions it", with the exercises it does record. A name the
knowledge's text holds is left to the other steps.
"""

from __future__ import annotations

from ..reply import Reply
from .lookup import Lookup
from .search import normalize
from .topics.general import not_found
from .unheld_names import listed_names_in, offered, said_in

#: Normalised name as typed -> the name as written: NATO, CCDCOE, EU and national exercises known by a name.
EXERCISES = {
    "locked shields": "Locked Shields", "crossed swords": "Crossed Swords", "steadfast defender": "Steadfast Defender",
    "steadfast jupiter": "Steadfast Jupiter", "trident juncture": "Trident Juncture", "trident jupiter": "Trident Jupiter",
    "defender europe": "Defender Europe", "cyber storm": "Cyber Storm", "cyber flag": "Cyber Flag", "cwix": "CWIX",
    "baltops": "BALTOPS", "cold response": "Cold Response", "dynamic mongoose": "Dynamic Mongoose", "cyber phalanx": "Cyber Phalanx",
    "cyber europe": "Cyber Europe", "baltic sentry": "Baltic Sentry", "brilliant jump": "Brilliant Jump",
}
_FIRST_WORDS = frozenset(name.split()[0] for name in EXERCISES)


def exercises_named(lookup: Lookup, text: str) -> list[str]:
    """The names of ``EXERCISES`` that ``text`` names and the knowledge's text does not, as written, in order."""
    return listed_names_in(lookup, text, EXERCISES, _FIRST_WORDS)  # most questions: one set test


def without_unheld_exercise(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply``, or where ``text`` names one of ``EXERCISES`` the knowledge lacks and the reply never says it, the honest
    miss: "I have no Locked Shields exercise: the knowledge never mentions it"."""
    if not (named := exercises_named(lookup, text)) or all(f" {normalize(name)} " in said_in(reply) for name in named):
        return reply
    recorded = sorted({event.series or event.name for event in lookup.knowledge.events.values() if event.kind == "exercise"})
    more = f"The exercise{'s' if len(recorded) > 1 else ''} it does record: {', '.join(recorded)}." if recorded else ""
    return not_found(f"I have no {named[0]} exercise: the knowledge never mentions it", more, ("events", *offered(lookup, reply)))
