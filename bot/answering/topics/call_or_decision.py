"""Whether something was an Allied decision or one person's call: "Stoltenberg's 'recommit' in Rome - a decision or just a call?".

    "was the rome recommit an allied decision or just stoltenberg calling for it" -> "A call by Jens Stoltenberg, not an Allied decision"
    "was the cyber defence pledge a decision or just a call?"                      -> "An Allied decision: ..., by Allied Heads of ..."

The knowledge's entry says who made it (``Pledge.by``); a call or statement by one
person says so in brackets ("Jens Stoltenberg, NATO Secretary General (a call, not
an Allied decision)"). Tried only when the question holds a word of deciding and
one of calling (``DECIDING``, ``_CALLING``).
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from .. import quote_messages
from ..lookup import Lookup
from ..search import normalize
from .pledges import pledge_reply
from ...patterns import lazy_pattern

#: Words of the Allies deciding, and of one person calling or asking: a question holding one of each is tried here.
DECIDING = frozenset("decision decisions decide decided agreed agreement commit committed commitment commitments binding".split())
_CALLING = frozenset("call calls calling called urge urged urging appeal statement just only recommit asking ask asked request "
                     "requested plea wish suggestion suggested".split())
_ONLY = frozenset({"just", "only"})
_ONE_PERSON = ("(a call", "(a statement")
_ASKING = DECIDING | (_CALLING - {"recommit"}) | frozenset("allied allies nato alliance was it that or by him her his a an the did do "
                                                           "actual actually really real thing stuff bit".split())


#: "was his 'more money' thing an actual allied decision?": whether something was decided, asked without a word of calling.
_FIELD_ONLY = lazy_pattern(r"\b(?:month|year|date|day|city|town|place|country|countrie|name|surname|venue)s? only\b")
_WAS_IT_DECIDED = lazy_pattern(r"^(?:was|is|were)\b.*\b(?:an?|the) (?:actual |real |official |formal |binding )?(?:allied |nato |alliance )?"
                               r"(?:decision|commitment|agreement)\b")


def answer_call_or_decision(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """The entry the question names, led by whether the Allies decided it or one person called for it; else None."""
    typed = _FIELD_ONLY.sub(" ", normalize(typed))  # "... city only": how to answer, not "only a call"
    words = set(question.text.split()) | set(typed.split())
    if "or" not in words:  # "just" and "only" weigh one thing against another ("or just a call"), not "just double checking"
        words -= _ONLY
    if words.isdisjoint(DECIDING) or words.isdisjoint(_CALLING) and not _WAS_IT_DECIDED.search(question.text):
        return None
    pledge = next((p for said in (normalize(typed), question.text)  # the clause asked, when chatter around it hides the entry
                   if (p := lookup.best(" ".join(w for w in said.split() if w not in _ASKING), ("pledge",))) is not None), None)  # "call" names none
    if pledge is None:
        return None
    by = pledge.by
    if any(mark in by for mark in _ONE_PERSON):
        kind = "call" if "(a call" in by else "statement"
        title = quote_messages.not_decided(kind, by.split(",")[0].split(" (")[0], pledge.name)
    else:
        title = quote_messages.decided_by(by, pledge.name)
    return pledge_reply(lookup, pledge, headline=title)
