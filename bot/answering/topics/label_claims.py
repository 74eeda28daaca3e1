"""A name, title or label put on something in quotation marks, asked about: checked as a claim, not as a quote.

    "modern diplomacy calls geoana 'NATO Secretary General'. accurate?"      -> "geoana was nato secretary general": No, Deputy
    "copy desk has tirana 2025 down as the 'cyber defence pledge conference'" -> No: the NATO Cyber Defence Conference series
    "our stringer wrote that berlin 2023 was 'NATO's first ever cyber defence conference'. true??" -> only partly (Paris 2018)

The quoted words state nothing themselves (no claim verb, or a noun phrase: a sentence is ``quoted_claims``'s); the words before
them put the label on a subject ("calls X", "has X down as", "X was"). Words a person is said to have used
("stoltenberg called china 'a challenge'") stay quote questions, and so does a claim naming nothing the knowledge
holds. Tried only when the message quotes something, so most questions pay one character test.
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from ..claims import CLAIM_PREFIX, CLAIM_VERB
from ..lookup import Lookup
from ..marked_answers import quotes_an_answer
from ..quoted import quoted_spans
from ..search import normalize
from .claim_checks import answer_claim

#: Verbs that put a label on what follows them: "calls X '…'", "has X down as '…'", "refers to X as '…'".
_LABELLING = frozenset("call calls called describe describes described refer refers referred list lists listed label labels labelled "
                       "labeled name names named bill bills billed style styles styled has had have dub dubs dubbed term terms termed".split())
_BE = frozenset("was is were are".split())
#: Verbs of reporting before "X was '…'": the subject starts after them ("the article says berlin was '…'").
_SAYING = frozenset("say says said claim claims claimed write writes wrote report reports reported state states stated".split())
#: What stands between the subject and the label: "X down as the '…'", "X in as a '…'".
_BETWEEN = frozenset("the a an as down in to".split())
#: Words after the quotation that ask whether it holds.
_CHECKING = frozenset("accurate right correct true ok okay wrong confirm legit fine so yes isnt isn t really".split())
_ARTICLES = frozenset("a an the".split())
_QUESTION_WORDS = frozenset("what whats which who where when how".split())
_MOST_SUBJECT = 6  # words
_MOST_LABEL = 8  # words: a longer quotation is a sentence, not a label


def answer_label_claim(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The claim check of a label quoted in ``text`` (as typed) and put on a subject, or None."""
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return None
    spans = quoted_spans(text)
    if len(spans) != 1:
        return None
    label, whole = normalize(spans[0]), normalize(text)
    if quotes_an_answer(spans, whole.replace(label, " ", 1)):  # "my kid's answer was 'X', right?": X checked, not a label on "my kid"
        return None
    if not label or len(label.split()) > _MOST_LABEL or (at := whole.find(label)) <= 0:
        return None
    if CLAIM_VERB.search(label) and label.split()[0] not in _ARTICLES:  # "a brussels based centre" names; "was agreed" states
        return None
    after = whole[at + len(label):].split()
    if _CHECKING.isdisjoint(after) and not text.rstrip().endswith("?"):
        return None
    subject = _labelled(lookup, whole[:at].split(), today)
    if subject is None:
        return None
    reply = answer_claim(lookup, f"{CLAIM_PREFIX}{subject} was {label}", today)
    if reply is None or reply.kind != "answer" or not reply.title.startswith(("No:", "Yes:", "Only partly:")):
        return None  # a claim the knowledge does not settle: the other steps answer
    return reply


def _labelled(lookup: Lookup, before: list[str], today: dt.date) -> str | None:
    """The subject the words before a quoted label put it on, or None when they put it on nothing or are someone's words."""
    words = list(before)
    while words and words[-1] in _BETWEEN:
        words.pop()
    if words and words[-1] in _BE:  # "... berlin 2023 was '…'": the subject is just before
        words.pop()
        start = max((n + 1 for n, w in enumerate(words) if w == "that" or w in _LABELLING or w in _SAYING), default=0)  # "article says X was"
        start = max(start, len(words) - _MOST_SUBJECT)
    else:
        verb = max((n for n, w in enumerate(words) if w in _LABELLING), default=-1)
        if verb < 0 or len(words) - verb - 1 > _MOST_SUBJECT:
            return None
        if lookup.named(" ".join(words[:verb]), on=today).people:
            return None  # "stoltenberg called china '…'": words he used, the quote checks'
        start = verb + 1
    subject = " ".join(w for w in words[start:] if w not in ("the",)) if start < len(words) else ""
    return subject if subject and not set(subject.split()) <= _QUESTION_WORDS else None  # "what is the '…'": a name asked about
