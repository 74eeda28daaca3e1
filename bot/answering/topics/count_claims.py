"""A count claimed of an entry ("hague delegates 150 - confirmed?", "were there 700 participants at cyber coalition 2016"):
checked against the figure the entry's own text gives.

    "hague conf: 150 delegates, right?"                    -> "Yes: More than 150 delegates from 50 Allied and partner countries attended …"
    "did 200 delegates attend the hague conference"        -> "No: the knowledge says More than 150 delegates …"
    "is the 50 countries figure for the hague legit"       -> "Yes: … from 50 Allied and partner countries …"
    "berlin had ~1500 attendees right?"                    -> the knowledge records no count of those at Berlin
    "were there 40 speakers at the berlin conference"      -> None: no figure of speakers; the speakers routes name them

The figure must stand with the same noun (a number, up to three words, the noun: "150 delegates", "50 Allied and partner
countries"). Never a yes for the entry alone: the count is what is asked. Tried only when the question holds a number that
is no year and a count noun.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from .. import event_messages
from .events import event_reply
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, sentences, source_refs

#: Count nouns, each with the forms a text may write it in.
_PRESENT_FORMS = "delegates?|participants?|attendees?|people"  # those present, however a text counts them
_NOUNS = {"delegates": _PRESENT_FORMS, "delegate": _PRESENT_FORMS, "participants": _PRESENT_FORMS, "participant": _PRESENT_FORMS,
          "countries": "countries|nations", "nations": "countries|nations", "allies": "allies", "attendees": _PRESENT_FORMS,
          "people": _PRESENT_FORMS, "speakers": "speakers?", "members": "members?"}
_NUMBER = lazy_pattern(r"\b(?!(?:19|20)\d\d\b)(\d{1,3}(?:,\d{3})*|\d+)\b")
_ASKS_WHICH = frozenset("which what when where who".split())
_CLAIM_WORDS = lazy_pattern(r"\b(?:is it true that|is it right that|is that|confirmed|confirm|legit|right|true|correct|really|actually|figure|number|count"
                            r"|were there|was there|did|attend|attended|showed up|show up|turned up|took part|at|in|for|of|the|is|was|were|there"
                            r"|like|about|around|roughly|approx|approximately|some|nearly|almost|over|headcount|turnout|attendance|had|have|has|i assume"
                            r"|i think|i guess|assume|guess|ish)\b")
#: Nouns of those present: an event whose text counts none of them was not counted, and the reply says so.
_PRESENT = frozenset("delegates delegate participants participant attendees people".split())
_MOST_WORDS_BETWEEN = 3
#: A figure with its noun, in an entry's text: "150 delegates", "50 Allied and partner countries".
_FIGURES = {noun: lazy_pattern(rf"\b(\d[\d,]*)(?: [\w-]+){{0,{_MOST_WORDS_BETWEEN}}}? (?:{forms})\b") for noun, forms in _NOUNS.items()}


def answer_count_claim(lookup: Lookup, question: str) -> Reply | None:
    """Whether the count the question claims is the entry's own figure; None when it claims no count of an entry."""
    words = question.split()
    noun = next((w for w in words if w in _NOUNS), None)
    if noun is None or not _ASKS_WHICH.isdisjoint(words) or not any(w.isdigit() for w in words) or (number := _NUMBER.search(question)) is None:
        return None
    rest = " ".join(w for w in _CLAIM_WORDS.sub(" ", question).split() if w != noun and w != number[1])
    kinds = ("event",) if noun in _PRESENT else ("pledge", "event", "initiative")  # "rome had 400 delegates": the gathering, not its call
    entry = lookup.best(rest, kinds) if rest else None
    if entry is None:
        return None
    claimed = number[1].replace(",", "")
    figure = _FIGURES[noun]
    said = [(s, m[1].replace(",", "")) for s in sentences(" ".join(filter(None, (getattr(entry, "summary", None), getattr(entry, "notes", None)))))
            for m in figure.finditer(s)]
    if not said and noun in _PRESENT and isinstance(entry, Event):  # "berlin had ~1500 attendees right?": nobody counted them
        return replace(event_reply(lookup, entry), kind="not_found", title=event_messages.not_counted(entry.name))
    if not said:
        return None  # no figure of that noun: the entry's routes say what it records ("were there 40 speakers at berlin": who spoke)
    sentence = next((s for s, n in said if n == claimed), None)
    title = f"Yes: {sentence}" if sentence else f"No: the knowledge says {said[0][0]}"
    return Reply("answer", title, blocks=(Block(f"{entry.name}: {sentence or said[0][0]}"),), items=item_refs([entry]),
                 sources=source_refs(lookup.knowledge, [entry]), suggestions=(f"sources {entry.id}",))
