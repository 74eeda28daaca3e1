"""The rest of a line asked for: the sentence a quote belongs to, in the question or after the quote was shown.

    "rutte's line 'no one stands alone in nato' - what was the rest of that sentence?"
        -> the whole sentence, "No one stands alone in NATO, we all stand together …", both halves shown
    after Rutte's "No one stands alone in NATO":
    "great. what's the rest of that sentence?" / "how does it go on?" / "and what did he say next?"
        -> "quote we all stand together in this digital age against …"

The knowledge keeps a sentence a source splits ("No one stands alone in NATO, he said, we all stand together …")
as two quotes of one speech, in the order they were said, each one's note naming the other's words. Pure; a
question without a word for the rest pays one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef, Reply
from .lookup import Lookup
from .normalizing import normalize, word_set

_CUES = frozenset("rest continue continues continued continuation finish finishes end ends ending next after then remainder go "
                  "half full whole complete".split())
_ASKS_REST = lazy_pattern(
    r"\b(?:the )?(?:rest|remainder|end|second half|other half) of (?:that|the|this|his|her|it)\b|\bthe rest\b|\bremainder\b|\bcontinu\w*"
    r"|\bhow (?:does|did) (?:it|he|she|(?:that|this|the|his|her) (?:sentence|line|quote)) (?:go on|continue|end|finish)\b"
    r"|\bwhat (?:comes|came|did (?:he|she|they|\w+(?: \w+)?) say) (?:next|after|before|then)(?:$| (?:that|this|it)\b)"
    r"|\b(?:full|whole|complete) (?:sentence|line)\b|\bfinish(?:es)? (?:the|that|this)\b|(?:^|\bthe )end$|\bending\b")

_WHOLE = lazy_pattern(r"\b(?:full|whole|complete|entire) (?:sentence|line|quote)\b")


def asks_rest(text: str) -> bool:
    """Whether ``text`` (as typed) asks how a line goes on."""
    flat = normalize(text)
    return not _CUES.isdisjoint(flat.split()) and _ASKS_REST.search(flat) is not None


def with_rest_of_line(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply`` led by the whole sentence of its first quote, when the question (``text`` as typed) asks how the line
    goes on and the knowledge holds the sentence's other half."""
    if not reply.items or reply.items[0].type != "quote" or not asks_rest(text):
        return reply
    quote = lookup.knowledge.quotes[reply.items[0].id]
    if (rest := other_half(lookup, quote)) is None:
        return reply
    from .topics.quote_replies import quote_reply  # here: the topics import the answering steps

    first, second = (rest, quote) if "second half" in (quote.note or "").lower() else (quote, rest)
    shown = [first, second] if _WHOLE.search(normalize(text)) else [rest, quote]  # "full sentence pls": in the order said; "the rest?": the rest first
    return quote_reply(lookup, shown, f"The whole sentence: “{first.text}, {second.text}”")


def other_half(lookup: Lookup, quote):
    """The quote holding the other half of the sentence ``quote`` is half of (each one's note names the other's words), or None."""
    person = lookup.knowledge.people.get(quote.speaker)
    return next((q for q in (lookup.quotes_of(person) if person is not None else ()) if q is not quote and q.event == quote.event
                 and normalize(quote.text) in normalize(q.note or "") and normalize(q.text) in normalize(quote.note or "")), None)


def rest_of_line(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """The command showing the line said right after the quote ``subject`` (a follow-up), when ``text`` asks for the
    rest of it; else None."""
    if subject.type != "quote" or not asks_rest(text):
        return None
    quote = lookup.item(subject)
    if quote is None or _asks_of_another(lookup, normalize(text), quote):
        return None
    return f"quote {later.text}" if (later := next_line(lookup, quote)) is not None else None


def next_line(lookup: Lookup, quote):
    """The quote said right after ``quote`` in the same speech, or None when it is the speech's last."""
    said = _same_speech(lookup, quote)
    later = said[said.index(quote) + 1:] if quote in said else []
    versions = {quote.id, quote.variant_of or quote.id}
    return next((q for q in later if (q.variant_of or q.id) not in versions), None)  # not its heading's wording


#: Words by which a message asks of a gathering or a term of office, not of a line: "what came after the tirana conference".
_OTHER_SUBJECTS = frozenset("conference conferences summit summits meeting meetings event events pledge tenure term".split())


def _asks_of_another(lookup: Lookup, question: str, quote) -> bool:
    """Whether ``question``, after ``quote`` was shown, asks of something else, with an "end" or "after" of its own: "when
    did stoltenberg's tenure end" (another person), "what came after the tirana conference" (a gathering)."""
    if not _OTHER_SUBJECTS.isdisjoint(word_set(question)):
        return True
    return any(person.id != quote.speaker for person in lookup.named_by_name(question).people)


def _same_speech(lookup: Lookup, quote) -> list:
    """The quotes of the speech ``quote`` is from (same speaker, source and occasion), in file order."""
    person = lookup.knowledge.people.get(quote.speaker)
    quotes = lookup.quotes_of(person) if person is not None else [quote]
    return [q for q in quotes if (q.source, q.event, q.said) == (quote.source, quote.event, quote.said)]
