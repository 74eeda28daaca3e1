"""A NATO gathering, pledge or initiative put under another organisation's name: NATO's entry, with a word that it is NATO's.

    "when was the EU cyber defence pledge conference in rome"     -> the Rome Pledge Conference; "This is NATO's, not the EU's."
    "Was the first EU Cyber Defence Conference held in Brussels"  -> "No: ... held 9 November 2023 in Berlin", likewise
    "Europol's Cyber Coalition exercise - when did that start?"   -> Cyber Coalition, first held November 2008
    "what did rutte say about spending at the OSCE meeting in albania" -> his words at Tirana
    "when was the EU council summit in vilnius, july 2024?"       -> "I have no summit in Vilnius in 2024", and the
                                                                     knowledge covers NATO, not the EU

Only the organisation's name is taken out, and only where a word of NATO's own gatherings and programmes follows it
("conference", "summit", "pledge", "cyber defence", "cyber coalition", "integrated", "ministers", "meeting",
"campaign" ...): "the EU NIS2 directive", "UN OEWG talks", "the EU cyber solidarity act", "ENISA's director" keep
it, and are the honest misses of ``mentions.find_other_body`` and the routes. "UN" and "EU" are read in capitals or
after "the" (Italian "un summit", Portuguese "eu" are no organisation). Pure; a question naming none of the
organisations pays one regular-expression search.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from ..patterns import lazy_pattern
from ..reply import Block, Reply
from .constraints import missed
from .lookup import Lookup
from .mentions import other_body_thing
from .places import PLACES
from .search import normalize

#: The organisations a NATO entry is mistaken for, as typed (lower case) -> as written, with its article.
_OWNERS = {
    "eu": "the EU", "european union": "the EU", "un": "the UN", "united nations": "the UN", "osce": "the OSCE",
    "enisa": "ENISA", "europol": "Europol", "interpol": "Interpol", "g7": "the G7", "g20": "the G20",
    "european commission": "the European Commission",
}
_ANY_OWNER = r"(?i:european union|united nations|european commission|osce|enisa|europol|interpol|g7|g20)|EU|UN|(?<=the )(?i:eu|un)"
#: Words of NATO's own gatherings and programmes after the organisation's name ("the EU <these>").
_NATO_THINGS = (r"cyber[ -]?defen[cs]e|cyber pledge|cyber conferences?|cyber coalition|cyber summit|cyber rapid|pledge|pledges|conferences?|conf"
                r"|summits?|council summit|coalition|integrated|ministers|ministerial|meeting|campaign|rapid reaction|malware|virtual"
                r"|['‘’\"]?protect the future")
_MISOWNED = lazy_pattern(rf"\b({_ANY_OWNER})(?:['’]s\b|s['’])?(?: (?i:council|commission))? (?=(?i:{_NATO_THINGS})\b)")  # "the EU council summit"
#: The organisation before a place's gathering: "UN wales summit 2014", "the EU vilnius summit".
_MISOWNED_AT = lazy_pattern(rf"\b({_ANY_OWNER})(?:['’]s\b|s['’])? (?=(\w+) (?i:summit|summits|conference|conferences|pledge|cyber|meeting)\b)")
_CUE = lazy_pattern(rf"\b(?:{_ANY_OWNER})\b")
_THEIRS_CUE = lazy_pattern(r"(?i)\b(?:eu|un|european union|united nations|osce|g7|g20|imf|world bank|african union|asean|wto|enisa|europol|interpol)\b")


class Misowned(NamedTuple):
    text: str  # the question without the organisation's name
    owner: str  # "the EU", "Europol"


def misowned(typed: str) -> Misowned | None:
    """``typed`` with the other organisation taken off the NATO entry it names, or None when it names none so."""
    if _CUE.search(typed) is None:
        return None
    if (found := _MISOWNED.search(typed)) is None:
        found = next((m for m in _MISOWNED_AT.finditer(typed) if m[2].lower() in PLACES), None)  # "the UN wales summit"
        return Misowned(" ".join(f"{typed[:found.start()]}{typed[found.end():]}".split()), _OWNERS[found[1].lower()]) if found else None
    return Misowned(" ".join(_MISOWNED.sub("", typed).split()), _OWNERS[found[1].lower()])


def as_nato_entry(reply: Reply, owner: str) -> Reply:
    """``reply`` with a note that what it answers is NATO's, not ``owner``'s (on a miss: that the knowledge covers NATO)."""
    found = reply.kind in ("answer", "list") and bool(reply.items) and not reply.title.startswith(("I have no", "Nothing", "There is no"))
    note = f"This is NATO's, not {_possessive(owner)}: the knowledge covers NATO." if found else f"The knowledge covers NATO, not {owner}."
    return replace(reply, blocks=(Block(note), *reply.blocks))


def answered_as_nato(lookup: Lookup, text: str, today: dt.date, answer: Callable[[Lookup, str, dt.date], Reply]) -> Reply:
    """``answer`` to ``text``, read without another organisation's name on a NATO entry it names (then with the note)."""
    if (owned := misowned(text)) is None:
        theirs = other_body_thing(normalize(text)) if _THEIRS_CUE.search(text) else None  # "the EU AI act": no NATO entry
        return missed(lookup, theirs, [], []) if theirs else answer(lookup, text, today)
    return as_nato_entry(answer(lookup, owned.text, today), owned.owner)


def _possessive(owner: str) -> str:
    return f"{owner}'s"
