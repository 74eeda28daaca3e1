"""A message typed with no marks at all, read again with the comma and question mark its asker left out.

People on phones, in a hurry or dictating drop every mark, and the clause a mark would have ended runs on into the
question: the lead, the quoted words or the claim is read as part of what is asked, and nothing matches.

    "we are all in this together who said that and when"   -> "we are all in this together, who said that and when?"
    "ugh meeting number 4 today who opened the berlin conference" -> "..., who opened the berlin conference?"
    "the tirana conf how many months back was it"          -> "the tirana conf, how many months back was it?"
    "ecole militaire which cyber event took place there"   -> "ecole militaire, which cyber event took place there?"

Only a miss is read again, so an answer found as typed never changes; the reading with marks goes through every step
and check a typed one does, so a name the knowledge lacks is still an honest miss.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..patterns import lazy_pattern
from ..reply import Reply
from .best_guess import FOUND_NOTHING
from .lookup import Lookup
from .topics.declared_claims import QUESTION_OPENERS

#: Any mark that ends or splits a clause: a message holding one was split by its asker already.
_MARKS = lazy_pattern(r"[,.;:?!\"\u201c\u201d\u2018\u2019\-\u2013\u2014()/+]")
_BREAKS_TRIED = 3  # clause breaks read again, first first: each is a whole answer's work, paid only by a miss
_LEAST_WORDS = 5  # a shorter message is one clause
#: Words that open a question wherever they stand; "is", "did" and the like open one only now and then.
_ASKING = frozenset("who whom whose what whats when where which how why".split())
#: Words a clause does not end with: "sikorski spoke at which conference" is one question.
_LEADING_ON = frozenset("at in on by of from to for with about into during after before since until and or but the a an".split())


def with_marks_restored(lookup: Lookup, reply: Reply, text: str, today: dt.date, answer: Callable[..., Reply] | None) -> Reply:
    """``reply``, or where it found nothing and ``text`` has no marks, ``answer``'s first reply that finds something to
    the message with a comma before a word that opens a question and a question mark at its end."""
    if answer is None or not reply.title.startswith(FOUND_NOTHING) or _MARKS.search(typed := text.strip()):
        return reply
    words = typed.split()
    if len(words) < _LEAST_WORDS:
        return reply
    openers = _ASKING if words[0].lower() in QUESTION_OPENERS else QUESTION_OPENERS  # "which pledge did nato agree": one ask
    breaks = [at for at in range(1, len(words) - 1) if words[at].lower() in openers and words[at - 1].lower() not in QUESTION_OPENERS | _LEADING_ON]
    for at in sorted(breaks, key=lambda at: words[at].lower() not in _ASKING)[:_BREAKS_TRIED]:  # "who" before "are"
        retried = answer(lookup, f"{' '.join(words[:at])}, {' '.join(words[at:])}?", today)
        if retried.kind != "not_found":
            return retried
    return reply

