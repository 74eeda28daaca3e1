"""A follow-up naming one of the people the last answer listed by their country: "what did the romanian one say?".

    after "Speakers at The Hague 2024: Kajsa Ollongren, Luminița Odobescu, Mircea Geoană and Ernest Noorman"
    "what did the romanian one say?"     -> "what did Luminița Odobescu say?"
    "and the dutch minister, who is she" -> "and Kajsa Ollongren, who is she"
    "the nato guy - what was his role"   -> "Mircea Geoană - what was his role"
    after Odobescu's Hague quote, "and what did the dutch co-host say?" -> "and what did Kajsa Ollongren say?" (the quote's event)

The country (or NATO) is read as the participants route reads it; the person is the one of them whose role,
held at the event the conversation is about (after a quote, the event it was said at), is that country's. None when
no one or several fit. Bare ("and the dutch minister?"), it asks the last question again, of that one (``engine``):
after "what did the romanian one say", what Kajsa Ollongren said there.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .description_words import held_in
from .lookup import OTHER_OFFICE, Lookup
from .party_follow_ups import event_talked_of
from .places import AMBIGUOUS, PLACES
from .role_shorthand import ROLE_SHORTHAND
from .search import normalize

_ONE = lazy_pattern(r"\bthe (?P<who>[a-z]+(?: [a-z]+)??) (?:(?P<noun>one|guy|woman|man|lady|minister(?: of (?:defen[cs]e|foreign affairs))?|speaker|official"
                   r"|representative|delegate|co host|cohost|host)\b(?! (?:a|an|the|any|it|its|this|that)\b)"  # "did the netherlands ever host a ...": a verb
                   r"|(?=(?:there|too|speak|spoke|say|said|attend|attended)\b))")
_HOSTING = frozenset(("host", "co host", "cohost"))
#: A role alone, of someone at the event talked about: "did the pm speak" after the Tirana conference (Edi Rama).
_ROLE = lazy_pattern(r"\bthe (?P<role>pm|fm|sg|dsg|prime minister|foreign minister|defen[cs]e minister|deputy secretary general|secretary general"
                    r"|chancellor|president)\b")
#: A title alone, asked of the event talked about: "which minister?", "and the minister tho" after the Paris conference.
_BARE_ROLE = lazy_pattern(r"^(?:and |so |ok |okay )?(?:which|what|the) (?P<role>minister|ambassador|prime minister|foreign minister"
                          r"|defen[cs]e minister)(?: (?:tho|though|then|again|there|was it|was that))?$")


def one_of_them(lookup: Lookup, text: str, subject: ItemRef, people: tuple[ItemRef, ...], today: dt.date) -> str | None:
    """``text`` with "the <country> one" (or "the romanian there", "the pm") replaced by the one of ``people``, or of
    the people at the event talked about, who stood for that country or held that role; None when no one or several fit."""
    question = normalize(text)
    if (match := _ROLE.search(question) or _BARE_ROLE.match(question) or _ONE.search(question)) is None:
        return None
    if _COMPANION_BEFORE.search(question, 0, match.start()):
        return None  # "who opened it alongside the secretary general": the other one is asked, of "it" (``follow_ups``)
    if _SPEECH_NEXT.match(question, match.end()):
        return None  # "who gave the sg address there": whose speech, asked of the role (``role_speech``)
    from .topics.participants import find_party, people_at, role_then  # here: the topics import the follow-up steps

    event = event_talked_of(lookup, subject) if subject.type in ("event", "quote") else None  # after a quote: where it was said
    day = event.when.start.first_day() if event is not None else today
    if any(len(w) == 4 and w.isdigit() and int(w) != day.year for w in question.split()) or event is not None and any(
            w in PLACES and PLACES[w].is_city and not held_in(event, PLACES[w]) for w in question.split() if w not in AMBIGUOUS):
        return None  # "who was the sg in 2020", "what did the nato chief say in berlin", after tirana 2025: the role then and there
    there = [person for person, _ in people_at(lookup, event)] if event is not None else []
    them = there or [person for ref in people if (person := lookup.item(ref)) is not None]
    if len(them) < 2:
        return None
    if "role" in match.re.groupindex:
        role = set(ROLE_SHORTHAND.get(match["role"], match["role"]).replace("defense", "defence").split())
        fits = [p for p in them if (held := role_then(p, day)) is not None and _holds(role, set(normalize(held.title).split()))]
    elif (found := find_party(f"the {match['who']} official")) is not None:
        fits = [person for person in them if found[0].holds(role_then(person, day))]
        if len(fits) > 1 and (match["noun"] == "minister" or match["noun"] in _HOSTING):  # "the dutch minister", "the dutch co-host":
            fits = [p for p in fits if "minister" in normalize(getattr(role_then(p, day), "title", "")).split()]  # not the Dutch ambassador
    else:
        return None
    if len(fits) != 1:
        return None
    if (pronoun := _PRONOUN_ASKED.search(question, 0, match.start())) and _TAIL.fullmatch(question, match.end()):
        return f"{question[:pronoun.end(1)]} {fits[0].name}{question[pronoun.end():match.start()]}".strip()  # "did they say ...? the romanian one esp"
    asked = f"{question[:match.start()]}{fits[0].name}{' ' if match.group(0).endswith(' ') else ''}{question[match.end():]}".replace("  ", " ")
    return f"{asked} at {event.name}" if event is not None and _SPOKE_LAST.search(asked) else asked  # "did the pm speak": there


def _holds(role: set[str], title: set[str]) -> bool:
    """Whether a title of these words is the role asked ("the secretary general": not "Deputy Secretary General")."""
    return role <= title and OTHER_OFFICE.isdisjoint(title - role)


#: "did they say anything quotable? the romanian one esp": the one named after the question is who "they" asks of.
_PRONOUN_ASKED = lazy_pattern(r"\b(did|does|do|has|have|had|was|were|is|are|can|could) (?:they|he|she)\b")
_TAIL = lazy_pattern(r"\s*(?:(?:esp|especially|in particular|particularly|mostly|mainly|pls|please|thanks|thx)\s*)*")
_COMPANION_BEFORE = lazy_pattern(r"\b(?:alongside|together with|along with|besides|as well as|apart from|other than|next to) $")
_SPEECH_NEXT = lazy_pattern(r"(?: s)? (?:video )?(?:address|speech|keynote|remarks|message)\b")
#: A verb of speaking that ends the question, naming no place: "did the pm speak", "what did the fm say".
_SPOKE_LAST = lazy_pattern(r"\b(?:speak|spoke|say|said|talk|talked)$")


def said_there(lookup: Lookup, subject: ItemRef) -> str:
    """After a quote, the question it answered put plainly: "what did <its speaker> say at <its event>" ("" after anything
    else), for "and the dutch minister?" to be asked again of her."""
    quote = lookup.item(subject) if subject.type == "quote" else None
    speaker = lookup.knowledge.get("person", quote.speaker) if quote is not None else None
    event = event_talked_of(lookup, subject) if speaker is not None else None
    return f"what did {speaker.name} say at {event.name}" if event is not None else ""
