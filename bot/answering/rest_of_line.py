"""After a quote, the rest of its sentence asked for: the next line of the same speech.

    after Rutte's "No one stands alone in NATO"
    "great. what's the rest of that sentence?"   -> "quote we all stand together in this digital age against …"
    "how does it go on?"                         -> the same
    "and what did he say next?"                  -> the same

The knowledge keeps a sentence an article splits ("No one stands alone in NATO, he said, we all stand together …")
as two quotes of one speech, in the order they were said; the next is the one by the same speaker, from the same
source and occasion, after it in the file. None when the quote is the speech's last. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_REST = lazy_pattern(
    r"\b(?:rest|remainder|end|second half|other half) of (?:that|the|this|his|her|it)\b(?: (?:sentence|line|quote|thought))?"
    r"|\bhow (?:does|did) (?:it|he|she|(?:that|this|the|his|her) (?:sentence|line|quote)) (?:go on|continue|end|finish)\b"
    r"|\bwhat (?:comes|came) (?:next|after(?: that| it)?)\b|\bwhat did (?:he|she|they) say (?:next|after that|then)\b"
    r"|\b(?:full|whole|complete) (?:sentence|line)\b|\bfinish (?:the|that|this) (?:sentence|line|quote)\b")


def rest_of_line(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """The command showing the line said right after the quote ``subject``, when ``text`` asks for the rest of it; else None."""
    if subject.type != "quote" or not _REST.search(normalize(text)):
        return None
    quote = lookup.item(subject)
    if quote is None:
        return None
    said = _same_speech(lookup, quote)
    later = said[said.index(quote) + 1:] if quote in said else []
    return f"quote {later[0].text}" if later else None


def _same_speech(lookup: Lookup, quote) -> list:
    """The quotes of the speech ``quote`` is from (same speaker, source and occasion), in file order."""
    person = lookup.knowledge.people.get(quote.speaker)
    quotes = lookup.quotes_of(person) if person is not None else [quote]
    return [q for q in quotes if (q.source, q.event, q.said) == (quote.source, quote.event, quote.said)]
