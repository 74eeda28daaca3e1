"""Which of two people said a line quoted in the message: whoever the knowledge says said it, with the line.

    "the 'digital frontiers of our alliance' line, was that Ollongren or Odobescu?"  -> Kajsa Ollongren said it (the quote)
    "the 'no one stands alone' line, was that rutte or stoltenberg?"                 -> Mark Rutte said it (the quote)

Only a message that quotes words and names two people or more with "or": the quoted words decide, never the first
name typed (a person's card, or the other person's, is no answer to whose line it is).
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from ..lookup import Lookup
from ..quoted import quoted_spans
from ..search import normalize
from .quotes import answer_who_said


def answer_either_speaker(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The speaker of the words ``text`` quotes when it asks which of the people it names said them; else None."""
    if " or " not in question or not (spans := quoted_spans(text)):
        return None  # most questions
    if len(lookup.named(question, on=today).people) < 2:
        return None
    reply = answer_who_said(lookup, normalize(max(spans, key=len)))
    return reply if reply.kind != "not_found" and any(i.type == "quote" for i in reply.items) else None
