"""Hindi word order put into English order, clause by clause, for ``hinglish_reading``.

Read word by word, a Hinglish question keeps the asking word and the verb at its end and marks who did it with
"ne" ("stoltenberg ne | in·berlin about·china what said"). Each clause gets the asking word back at its start, the
verb with "did" where English asks so, the subject after them, what was done after the verb and the where/when/
about phrases (bound into one word, shown "·" here) last:

    "rome pledge conference | when | was held"           -> "when was rome pledge conference held"
    "stoltenberg ne | in·berlin about·china | what | said" -> "what did stoltenberg say in berlin about china"
    "NATO ne | cyberspace domain | when | declared"       -> "when did NATO declare cyberspace domain"
    "rome conference | who | hosted"                      -> "who hosted rome conference"
    "vilnius summit | in·june·2023 | was held | right"     -> "vilnius summit was held in june 2023, right"
    "rutte's quote | tell me"                             -> "tell me rutte's quote"

Pure; table-tested in tests/test_hinglish.py.
"""

from __future__ import annotations

from typing import NamedTuple

#: Kinds of what the reader reads: an asking word, a verb, a where/when/about phrase, the end of a subject ("ne"),
#: a yes/no mark ("kya" last), a tag ("na": right), an imperative ("batao"), "and", a word as typed.
ASK, VERB, PHRASE, SUBJECT_END, YES_NO, TAG, IMPERATIVE, AND, WORD = "ask verb phrase ne yes-no tag imperative and word".split()
#: A clause begun inside a clause ("jisme": in which), kept where it is typed.
RELATIVE = "relative"

_COPULAS = frozenset("is are was were".split())
#: Asking words that are the subject themselves ("who hosted", "what happened"): no "did" after them.
_SUBJECT_ASKS = frozenset(("who", "whose", "what happened"))


class Piece(NamedTuple):
    """One word or phrase read: its English, its kind and, for a past verb, the form "did" asks with."""

    english: str
    kind: str = WORD
    base: str = ""


def ordered(clause: list[Piece], asked: bool = False) -> str:
    """One clause's pieces in English order (see the module's examples); ``asked``: a question mark ends it."""
    imperatives = [p for p in clause if p.kind == IMPERATIVE]
    if imperatives and not any(p.kind == ASK for p in clause):
        return _joined(imperatives[0].english, *(p.english for p in clause if p.kind != IMPERATIVE))
    asking = [p for p in clause if p.kind == ASK]
    verbs = [p for p in clause if p.kind == VERB]
    if not asking and not verbs:
        return _words(clause)
    if not asking:
        return _stated(clause, verbs[0], asked)
    return _asked(clause, asking[0], verbs[0] if verbs else None)


def _words(pieces: list[Piece]) -> str:
    return " ".join(p.english for p in pieces if p.kind not in (SUBJECT_END, YES_NO) and p.english)


def _parts(clause: list[Piece], *skipped: Piece) -> tuple[str, str, str]:
    """(subject, object, phrases) of a clause: before "ne" the subject, after it the object; phrases apart."""
    end = next((n for n, p in enumerate(clause) if p.kind == SUBJECT_END), -1)
    subject, done, phrases = [], [], []
    for n, piece in enumerate(clause):
        if piece in skipped or piece.kind in (SUBJECT_END, YES_NO, TAG, VERB, ASK) or not piece.english:
            continue
        (phrases if piece.kind == PHRASE else done if end >= 0 and n > end else subject).append(piece.english)
    return " ".join(subject), " ".join(done), " ".join(phrases)


def _stated(clause: list[Piece], verb: Piece, asked: bool) -> str:
    """A clause with no asking word: a statement, "did ..." asked yes or no, or one checked with a tag."""
    subject, done, phrases = _parts(clause)
    tag = ", right" if any(p.kind == TAG for p in clause) else ""
    copula = not verb.base and verb.english.partition(" ")[0] in _COPULAS
    if any(p.kind == YES_NO for p in clause) or asked and not tag and copula:
        if verb.base:
            return _joined("did", subject, verb.base, done, phrases)
        first, _, rest = verb.english.partition(" ")
        return _joined(first, subject, rest, done, phrases)
    return _joined(subject, verb.english, done, phrases) + tag


def _asked(clause: list[Piece], asking: Piece, verb: Piece | None) -> str:
    """A clause asked with an asking word: it first, then the verb and the subject as English asks."""
    after = clause.index(asking) + 1
    named = []  # "kya naya concept aaya": what new concept came; "kya quote diya": what quote did he give
    while after < len(clause) and clause[after].kind == WORD and clause[after].english:
        named.append(clause[after])
        after += 1
    subject, done, phrases = _parts(clause, *named)
    asked = " ".join([asking.english, *(p.english for p in named)])
    if verb is None:
        return _joined(asked, subject, done, phrases)
    if asking.english in _SUBJECT_ASKS or named and not subject and verb.base:
        return _joined(asked, verb.english, subject, done, phrases)
    if verb.base == "say" and subject in ("this", "it"):
        return _joined(asked, "was", subject, "said", done, phrases)  # "kis date ko bola tha ye": on which date was this said
    if verb.base:
        return _joined(asked, "did", subject or "they", verb.base, done, phrases)
    first, _, rest = verb.english.partition(" ")
    if first in _COPULAS or first in ("will", "has"):
        return _joined(asked, first, subject or ("" if rest or done or named else "it"), rest, done, phrases)
    return _joined(asked, verb.english, subject, done, phrases)


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)
