"""A follow-up asking who else took part: "who else spoke?" after an answer about an event that named someone.

    after "did baerbock speak at the berlin conf" (Annalena Baerbock spoke at First annual NATO Cyber Defence Conference)
    "who else spoke?"           -> "who spoke at First annual NATO Cyber Defence Conference besides Annalena Baerbock"
    after "what did rutte say in tirana" (his quotes)
    "who else spoke there"      -> "who spoke at NATO Cyber Defence Conference 2025 besides Mark Rutte"
    after "who spoke for nato at tirana" (NATO at NATO Cyber Defence Conference 2025: Mark Rutte)
    "and who else was there"    -> "who was at NATO Cyber Defence Conference 2025 besides Mark Rutte"
    after "when was the berlin conference"
    "who opened together with stoltenberg" -> "who opened First annual NATO Cyber Defence Conference besides stoltenberg"

"Else" leaves out the people the last answer was about: those of its people its title names
(the rest it merely listed). Only a message that asks nothing but that is read this way;
"who else said that" asks for other speakers of a line and is left to the quote routes.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

#: "who else spoke", "and who else was there", "anyone else speak?", "who else gave a speech there"
_WHO_ELSE = lazy_pattern(r"^(?:and |so |ok |okay |oh )?(?:who|anyone|anybody|someone|somebody) else (?P<verb>spoke|speak|talked|talk|presented"
                         r"|gave (?:a )?speech(?:es)?|give (?:a )?speech(?:es)?|was (?:there|at it|on stage)|were there|went|attended|took part|"
                         r"showed up|show up|was on stage)(?: there| at it| at (?:that|this|the) (?:conference|event|summit|meeting|one|conf))?$")
_SPOKE = frozenset("spoke speak talked talk presented gave give".split())
#: "and who opened together with stoltenberg?", "who spoke alongside rutte": someone else, named by the one beside them.
_WHO_BESIDE = lazy_pattern(r"^(?:and |so |ok |okay |oh )?who (?P<verb>opened|spoke|hosted|co ?hosted|welcomed|presented|gave (?:a )?speech(?:es)?)"
                           r"(?: it| there| at it)? (?:together with|alongside|along with|with|beside|besides|next to|as well as) (?P<who>\S+(?: \S+)?)$")
_BESIDE_CUES = frozenset("with alongside beside besides next".split())


def who_else(lookup: Lookup, text: str, subject: ItemRef, people: tuple[ItemRef, ...], title: str) -> str | None:
    """``text`` asked of the event the conversation is about, besides the people its last answer was about; else None."""
    if subject.type not in ("event", "quote"):
        return None
    if "else" not in text.lower():
        return _beside(lookup, normalize(text), subject)
    if (match := _WHO_ELSE.match(normalize(text))) is None:
        return None
    said, event = _talked_of(lookup, subject)  # after a quote: its event, besides its speaker
    if event is None:
        return None
    speaker = lookup.knowledge.people.get(said.speaker) if said is not None else None
    about = [speaker.name] if speaker else [person.name for ref in people if (person := lookup.item(ref)) is not None and person.name in title]
    verb = "spoke at" if match["verb"].split()[0] in _SPOKE else "was at"
    return f"who {verb} {event.name}" + (f" besides {' and '.join(about)}" if about else "")


def _beside(lookup: Lookup, asked: str, subject: ItemRef) -> str | None:
    """"who opened together with stoltenberg" after an event -> "who opened <event> besides stoltenberg"."""
    if _BESIDE_CUES.isdisjoint(asked.split()) or (match := _WHO_BESIDE.match(asked)) is None:
        return None
    if (event := _talked_of(lookup, subject)[1]) is None:
        return None
    verb = "spoke at" if match["verb"].split()[0] in _SPOKE else match["verb"]
    return f"who {verb} {event.name} besides {match['who']}"


def _talked_of(lookup: Lookup, subject: ItemRef):
    """(the quote, its event) after a quote; (None, the event) after an event."""
    said = lookup.item(subject) if subject.type == "quote" else None
    return said, lookup.knowledge.events.get(said.event) if said is not None and said.event else lookup.item(subject) if said is None else None
