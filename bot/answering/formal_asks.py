"""A written question's formal lead put the way the rest of the answering reads it, on the text as typed.

    "Is it the case that Grant Shapps addressed the London conference?"  -> "is it true that Grant Shapps addressed ..."
    "Is it accurate to say that Berlin 2023 was the first conference?"   -> "is it true that Berlin 2023 was the first ..."
    "Whether, and if so when, NATO recognised cyberspace as a domain."   -> "when NATO recognised cyberspace as a domain."
    "Whether the Wales Summit declared cyber defence part of ..."        -> "is it true that the Wales Summit declared ..."
    "To ask the Secretary of State for Defence, when the NICC ..."       -> "when the NICC ..."
    "Is the date of that conference known?"                             -> "when was that conference held?"
    "Could you confirm the dates of the NATO Summit in Vilnius?"         -> "when was the NATO Summit in Vilnius held?"
    "In calendar year 2024, which conferences ...?"                      -> "In 2024, which conferences ...?"
    "Is there a distinction between X and Y?"                            -> "what is the difference between x and y"
    "How long has Mr Rutte now been Secretary General?"                  -> "How long has Mr Rutte been Secretary General?"
    "Is it the case that Mr Geoana delivered the keynote?"               -> "is it true that Mr Geoana gave the keynote?"

Parliamentary questions open with these leads; the claim checks read only "is it true that" (``claims``), and the
question words only at the start. Pure; a message without a cue word costs a few substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .difference_asks import DIFFERENCE_PREFIX, difference_ask
from .search import normalize

_START = r"(?:^|(?<=[.!?:;] ))\W*"  # the lead opens the message or one of its sentences
_SAY = r"(?:say|state|claim|suggest|report|assert)"
#: "is it the case that", "is it accurate to say that", "would it be correct to state that": "is it true that".
_CHECK_LEAD = lazy_pattern(
    rf"{_START}(?:is it (?:the case|a fact|(?:accurate|correct|right|fair|true) to {_SAY})|would it be (?:accurate|correct|right|fair|true) to {_SAY}"
    r"|would it be (?:accurate|correct|right|true)(?= that)) (?:that )?", re.IGNORECASE)
#: "Whether, and if so when, X": when X. "Whether or not X", "Whether X": is it true that X.
_WHETHER_WH = lazy_pattern(rf"{_START}whether,? and,? if so,? (?P<wh>when|where|by whom|how|in which year|in what year|at which summit|who|which|what),? ", re.IGNORECASE)
_WHETHER = lazy_pattern(rf"{_START}whether,? (?:or not,? )?(?!or\b|and\b)", re.IGNORECASE)
#: "To ask the Secretary of State for Defence, what ...": the question after the addressee.
_TO_ASK = lazy_pattern(r"^\W*to ask (?:the |his majesty's |his majesty s )?[\w',& ]{0,100}?,? (?=(?:whether|what|when|which|who|where|how|if)\b)", re.IGNORECASE)

#: "is the date of X known", "are the dates of X recorded", "is the venue of X a matter of record": the detail asked.
_DETAIL_KNOWN = lazy_pattern(rf"{_START}(?:is|are) (?:the )?(?:exact |precise )?(?P<detail>dates?|day|venue|location|place|city|hosts?|host country|organi[sz]ers?) (?:of|for) (?P<what>[^?.]+?)"
                             r" (?:actually |now |publicly )?(?:known|recorded|available|documented|on record|a matter of (?:public )?record|confirmed|given anywhere)(?P<end>[?.]|$)", re.IGNORECASE)
#: "could you confirm the dates of X", "please state the venue of X": the detail asked, not a claim to check.
_DETAIL_CONFIRMED = lazy_pattern(rf"{_START}(?:(?:could|can|would|will) you (?:please |kindly )?|please |kindly )?(?:confirm|verify|state|provide|give|supply)(?: me| us)? (?:the )?(?:exact |precise )?"
                                 r"(?P<detail>dates?|day|venue|location|place|city|hosts?|host country|organi[sz]ers?) (?:of|for) (?P<what>[^?.]+?)(?:,? please)?(?P<end>[?.]|$)", re.IGNORECASE)
_DETAIL_ASKED = {"date": "when was {} held", "dates": "when was {} held", "day": "when was {} held", "venue": "where was {} held", "location": "where was {} held",
                 "place": "where was {} held", "city": "where was {} held", "host": "who hosted {}", "hosts": "who hosted {}", "host country": "who hosted {}"}

_PRECEDING_YEAR = lazy_pattern(r"\b(?:(?:in|during|over) )?the (?:preceding|previous|prior) (?:calendar )?year\b", re.IGNORECASE)  # "in the preceding year": last year
_CALENDAR_YEAR = lazy_pattern(r"\b(?:(?:in|during|within|over) )?(?:the )?calendar year (?=(?:19|20)\d\d\b)", re.IGNORECASE)
#: "how long has X now been", "has X so far been": the adverb between the subject and "been" dropped.
_ADVERB_BEEN = lazy_pattern(r"\b(?P<has>has|have) (?P<who>[\w.' -]{1,40}?) (?:now|so far|thus far|currently|to date) (?=(?:been|served|held|led)\b)", re.IGNORECASE)
#: "delivered the keynote", "delivers an address": gave; the claim checks read "gave the keynote".
_DELIVERED = lazy_pattern(r"\bdeliver(?P<ending>ed|s)?(?= (?:the|a|an|his|her|their|its) (?:\w+ )?(?:keynote|speech|address|remarks|statement|opening)\b)", re.IGNORECASE)
_GAVE = {"ed": "gave", "s": "gives", None: "give"}
#: "what was the date of Mr Rutte's appointment as Secretary General": when he was appointed.
_DATE_OF_OFFICE = lazy_pattern(r"^\W*(?:(?:what|which) (?:was|is) |please (?:give|state|confirm) |could you (?:give|state|confirm) )?the (?:exact |precise )?date of "
                               r"(?P<who>[\w .'-]{2,40}?)(?:'s|’s| s) (?P<noun>appointment|election|nomination|taking office|inauguration)\b", re.IGNORECASE)
_OFFICE_ASKED = {"appointment": "when was {} appointed", "election": "when was {} elected", "nomination": "when was {} nominated",
                 "taking office": "when did {} take office", "inauguration": "when did {} take office"}
#: "which body decides ...", "what authority approves ...": who does.
_WHICH_BODY = lazy_pattern(r"^\W*(?:which|what) (?:body|bodies|organ|authority|institution|council|committee) (?=(?:decides?|approves?|authori[sz]es?|agrees?|has to|must|can|is responsible|are responsible|takes?|signs?)\b)", re.IGNORECASE)
#: "the next scheduled conference", "the forthcoming summit": the next one.
_NEXT_PLANNED = lazy_pattern(r"\b(?:next (?:scheduled|planned|forthcoming|upcoming|expected)|(?<=the )(?:forthcoming|upcoming))\b", re.IGNORECASE)
#: "in what capacity did X attend Y": took part in it (attending alone reads as a question of attendance).
_CAPACITY_ATTEND = lazy_pattern(r"\b(?P<asked>(?:in )?(?:what|which) (?:capacity|role) (?:did|does|will) .{1,60}?) attend(?:ed)?(?: at)? ", re.IGNORECASE)


def _detail_asked(found: re.Match) -> str:
    return _DETAIL_ASKED.get(found["detail"].lower(), "who organised {}").format(found["what"]) + (found["end"] or "?")


def formal_asked(text: str) -> str:
    """``text`` with its formal lead as the answering reads it (see the module docstring); other text as it is."""
    low = text.lower()
    for cues, step in _STEPS:
        if any(cue in low for cue in cues):  # each step only where its own words are: most questions pass none
            text = step(text)
    return text


_STEPS = (
    (("to ask",), lambda text: _TO_ASK.sub("", text, count=1)),
    (("appointment", "election", "nomination", "taking office", "inauguration"),
     lambda text: _DATE_OF_OFFICE.sub(lambda m: _OFFICE_ASKED[m["noun"].lower()].format(m["who"]), text, count=1)),
    (("known", "record", "available", "documented", "confirmed", "anywhere"), lambda text: _DETAIL_KNOWN.sub(_detail_asked, text, count=1)),
    (("confirm", "verify", "state", "provide", "give", "supply"), lambda text: _DETAIL_CONFIRMED.sub(_detail_asked, text, count=1)),
    (("calendar year",), lambda text: _CALENDAR_YEAR.sub("in ", text)),
    (("preceding", "previous", "prior"), lambda text: _PRECEDING_YEAR.sub("last year", text)),
    ((" been", " served", " held", " led"), lambda text: _ADVERB_BEEN.sub(r"\g<has> \g<who> ", text, count=1)),
    (("deliver",), lambda text: _DELIVERED.sub(lambda m: _GAVE[m["ending"]], text)),
    (("distinction", "distinguish"), lambda text: asked if (asked := difference_ask(normalize(text))).startswith(DIFFERENCE_PREFIX) else text),
    (("body", "bodies", "organ", "authority", "institution", "council", "committee"), lambda text: _WHICH_BODY.sub("who ", text, count=1)),
    (("scheduled", "planned", "forthcoming", "upcoming", "expected"), lambda text: _NEXT_PLANNED.sub("next", text)),
    (("capacity", "role"), lambda text: _CAPACITY_ATTEND.sub(r"\g<asked> take part in ", text, count=1)),
    (("is it", "would it be"), lambda text: _CHECK_LEAD.sub("is it true that ", text, count=1)),
    (("whether",), lambda text: _WHETHER.sub("is it true that ", _WHETHER_WH.sub(lambda m: f"{m['wh'].lower()} ", text, count=1), count=1)),
)
