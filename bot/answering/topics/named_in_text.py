"""Who someone is, when the knowledge names them only inside one entry's text: "who is cyber berkut".

The group that claimed the 2014 DDoS on NATO's websites is no person of the
knowledge, and "There is nobody called “cyber berkut”" is true but no help:
the one sentence that names it is the whole of what the knowledge knows, so
it is the answer, with the entry it comes from. A name typed as one word
("cyberberkut") is read as the words it joins. A name in several entries'
texts, or in none, is left to the usual miss.
"""

from __future__ import annotations

from ...knowledge.model import Event, Initiative, Pledge
from ...reply import Reply
from ..common_words import COMMON_WORDS
from ..lookup import Lookup
from ..phrasing import event_label, item_refs, sentences
from ..search import normalize
from ..spelling import split_joined

_TEXT_FIELDS = ("summary", "notes")
_LEAD = frozenset("the a an this that these those".split())


def answer_named_in_text(lookup: Lookup, name: str) -> Reply | None:
    """The entry whose text alone names ``name`` (as asked after "who is"), with the sentence naming it; else None."""
    words = [w for w in normalize(name).split() if w not in _LEAD]
    if not words or len(words) > 4 or all(w in COMMON_WORDS for w in words):
        return None
    phrase = " ".join(_split_joined(lookup, words))
    found = [(entry, sentence) for entry in _candidates(lookup, phrase) if (sentence := _sentence_naming(entry, phrase))]
    if len(found) != 1:
        return None
    entry, sentence = found[0]
    label = event_label(entry) if isinstance(entry, Event) else entry.name
    shown = next((s for s in _as_typed(sentence, phrase)), phrase)
    return Reply("answer", f"“{shown}” is no person in the knowledge; only {label} names it: {sentence}", items=item_refs([entry]),
                 suggestions=(f"{'event' if isinstance(entry, Event) else type(entry).__name__.lower()} {entry.name}",))


def _split_joined(lookup: Lookup, words: list[str]) -> list[str]:
    """``words`` with one the knowledge lacks read as two it holds: "cyberberkut" -> "cyber berkut"."""
    vocabulary = lookup.index.vocabulary
    return " ".join(w if w in vocabulary else split_joined(w, vocabulary) or w for w in words).split()


def _candidates(lookup: Lookup, phrase: str) -> list[Event | Initiative | Pledge]:
    hits = lookup.hits(phrase, ("event", "initiative", "pledge"), limit=5, min_coverage=0.9)
    return [lookup.item(h.ref) for h in hits]


def _sentence_naming(entry, phrase: str) -> str | None:
    """The first sentence of ``entry``'s text holding ``phrase`` as whole words, not in its name (that is no mention)."""
    if f" {phrase} " in f" {normalize(entry.name)} ":
        return None
    for field in _TEXT_FIELDS:
        for sentence in sentences(getattr(entry, field, None)):
            if f" {phrase} " in f" {normalize(sentence)} ":
                return sentence.strip()
    return None


def _as_typed(sentence: str, phrase: str):
    """``phrase`` as the sentence writes it ("Cyber Berkut"), if its words stand there in order."""
    words = sentence.replace('"', " ").replace("“", " ").replace("”", " ").split()
    size = len(phrase.split())
    for n in range(len(words) - size + 1):
        if normalize(" ".join(words[n : n + size])) == phrase:
            yield " ".join(words[n : n + size]).strip(".,;:")
