"""The rest of a sentence the knowledge keeps as two lines: "no one stands alone in NATO - what was the rest of it?"

    "rutte's line 'no one stands alone in nato' - what was the rest of that sentence?"
        -> "we all stand together in this digital age against those who would do us harm", then the first half
    "how does stoltenberg's 'no one stands alone' line continue?" -> likewise

A source that splits one sentence with "he said" gives two quotes; each one's note names the other's words. When the
question asks how a line goes on and the reply is about a line whose other half the knowledge holds, the other half
comes first. A question without a word for the rest pays one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import Reply
from .lookup import Lookup
from .search import normalize

_CUES = frozenset("rest continue continues continued continuation finish finishes end ends ending next after before remainder".split())
_ASKS_REST = lazy_pattern(r"\b(?:the rest|continu\w*|how (?:does|did) (?:it|that|the (?:line|sentence|quote)) (?:end|finish|go on)|finish(?:es)? the"
                          r"|ends?|ending|what (?:came|comes|did (?:he|she|they) say) (?:next|after|before)|remainder)\b")


def with_rest_of_line(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply`` led by the other half of its first quote's sentence, when the question (``text`` as typed) asks how the
    line goes on."""
    words = set(normalize(text).split())
    if _CUES.isdisjoint(words) or not reply.items or reply.items[0].type != "quote" or not _ASKS_REST.search(normalize(text)):
        return reply
    quote = lookup.knowledge.quotes[reply.items[0].id]
    rest = next((q for q in lookup.quotes_of(lookup.knowledge.people[quote.speaker]) if q is not quote and q.event == quote.event
                 and normalize(quote.text) in normalize(q.note or "") and normalize(q.text) in normalize(quote.note or "")), None)
    if rest is None:
        return reply
    from .topics.quote_replies import quote_reply  # here: the topics import the answering steps

    first, second = (rest, quote) if "second half" in (quote.note or "").lower() else (quote, rest)
    return quote_reply(lookup, [rest, quote], f"The whole sentence: “{first.text}, {second.text}”")
