"""Messages that ask two or more things at once: split into their questions, each answered alone, joined in one reply.

    "berlin + rome: who spoke at each?"         -> "who spoke at berlin", "who spoke at rome"
    "NICC? where based, when agreed"             -> "where based nicc", "when agreed nicc"
    "who hosted rome and the hague?"             -> "who hosted rome", "who hosted the hague"
    "when and who hosted the hague one"          -> "when was the hague one", "who hosted the hague one"
    "berlin + tirana: dates & main speaker each" -> four questions, each subject's asks together

A message is split only where every piece names a subject the knowledge has or asks with its own
question word ("state and non state actors" is one phrase: "non state actors" neither names nor asks);
words in quotation marks are never split. A message that asks one thing pays a set test and returns None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from ..patterns import lazy_pattern
from ..reply import Block, Reply
from . import several_messages
from .bare_asks import ask_about, bare_ask
from .own_antecedent import names_an_entry
from .asked_and_checked import asks_what_they_said, pointed_at, points_nowhere, said_there, split_pair
from .listed_asks import listed_questions
from .lookup import Lookup
from .phrasing import sentences
from .places import places_in
from .search import normalize

#: What a message must hold to ask several things: a separator word (its words) or character (its text).
SEPARATOR_WORDS = frozenset("and each both also plus".split())
SEPARATOR_CHARS = frozenset("+&/;,")
_QUOTES = frozenset("'\"\u201c\u201d\u2018\u2019")
_ASKS_WHAT = lazy_pattern(r"(?:what|who) (?:s|is|are|was|were) ")  # "what is the nicc", "who is geoana": the card's first sentence too
_IN_WORD = lazy_pattern(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")  # "what's", "rutte's": an apostrophe, not a quotation mark
#: Question words: a piece that asks on its own begins with one.
WH = frozenset("when where who whom what which how whats".split())
#: What a terse ask names ("dates", "speakers", "location"): a piece of these and a subject asks ("vilnius summit dates").
ASK_NOUNS = frozenset("date dates day days month year location city place venue country host hosts hosted cohosts co "
                      "speaker speakers spoke based agreed decided announced issued adopted signed published launched established founded".split())
#: A verb a piece asks with when it has nothing else but a pointer: "when did allies agree it" asks of the subject before.
_DONE_TO_IT = frozenset("agree decide announce issue adopt sign publish launch establish found exist".split())  # "since when does it exist"
ASK_WORDS = WH | ASK_NOUNS | frozenset("was were is are did does do speak hosting held".split())
_BARE_WHEN = frozenset("when date dates day days month year which what".split())
_BARE_WHERE = frozenset("where location city place venue which what".split())
#: Words that stand for each subject ("who spoke at each"), for the subject ("when was it agreed"), for the piece before
#: ("dates + when were they announced").
_EACH = frozenset("each both".split())
_IT = frozenset("it that this".split())
#: A bare "what" or "which" asks what a thing is, not its date or place ("what's the nicc").
_WHAT_IS = frozenset("what which whats s is are was the a an".split())
_BEFORE = frozenset("they them those".split())
#: Words that are neither subject nor ask.
_FILLER = frozenset("the a an of at in on for to by with from main key top lead nato allies s one ones conference conferences conf "
                    "confs summit summits event events pls please pl thx ty thanks exactly exact again too".split())
_KINDS = frozenset("conference conferences conf confs summit summits exercise".split())
#: A message holding one of these is one question put with an alternative or an aside, not several.
_ONE_QUESTION = frozenset("or besides like since given but than between he she his her him article articles piece op ed".split())
_COMPARING = frozenset("first earlier earliest before after older oldest newer newest later compare comparing compared "
                       "contrast difference differences differ different versus vs common".split())
_SEGMENT = lazy_pattern(r"\s*(?:[.!?:;]+(?:\s+|$)|\s[-\u2013\u2014]+\s)\s*")
_PIECE = lazy_pattern(r"\s*(?:[+&/,;]|\band\b|\bas well as\b|\balso\b|\bplus\b)\s*")
_LEADING = frozenset("and so also then".split())
_TOPIC_LEADS = frozenset("for regarding concerning".split())  # a piece so opened names the subject, never asks
MAX_PARTS = 6
#: Content words a piece opening with its own question word may hold: "who were the two ministers in the news about the hague".
_MOST_ASKED = 6
Answer = Callable[..., Reply]  # answer(lookup, question, today, whole=False): one question, never split again


class Piece(NamedTuple):
    text: str  # normalised
    subject: str  # the words that name something ("" for none)
    asks: bool
    place: bool = False  # the subject is a place ("rome", "the hague")
    long: bool = False  # more content words than a short ask holds: a question of its own, never lent an ask or a subject


def asks_several(text: str, words: set[str]) -> bool:
    """The cheap gate: ``words`` are the normalised question's."""
    return not (SEPARATOR_WORDS.isdisjoint(words) and SEPARATOR_CHARS.isdisjoint(text))


def answer_several(lookup: Lookup, text: str, words: set[str], today: dt.date, answer: Answer) -> Reply | None:
    """One reply to every question ``text`` asks, each answered by ``answer``; None when it asks one thing."""
    if len(listed := listed_questions(text)) > 1:  # "1) ... 2) ...", "who was sg on d1, and who on d2"
        return join_replies(answered_in_turn(lookup, listed[:MAX_PARTS], today, answer))
    if listed:  # "1) when was the pledge agreed? 2) at which summit?": one ask in two parts, read as said at once
        return answer(lookup, listed[0], today)
    if not asks_several(text, words) or not _COMPARING.isdisjoint(words) or not _QUOTES.isdisjoint(_IN_WORD.sub("", text)) or "=" in text:
        return None
    questions = split_questions(lookup, text)
    if len(questions) < 2:
        return _asked_and_checked(lookup, text, today, answer)  # "who hosted tirana and did rutte go there in person"
    return join_replies([(q, answer(lookup, q, today, whole=False)) for q in questions[:MAX_PARTS]])


def answered_in_turn(lookup: Lookup, questions: list[str], today: dt.date, answer: Answer) -> list[tuple[str, Reply]]:
    """Each of a list's ``questions`` answered; one that only asks ("1) who said X 2) date") asked of what the answer
    before it led with ("when was <X> said")."""
    parts: list[tuple[str, Reply]] = []
    for question in questions:
        if parts and (last := parts[-1][1]).ok and last.items and bare_ask(question) and not (places_in(question) or names_an_entry(lookup, normalize(question))):
            question = ask_about(lookup, question, last.items[0]) or question
        parts.append((question, answer(lookup, question, today, whole=False)))
    return parts


def _asked_and_checked(lookup: Lookup, text: str, today: dt.date, answer: Answer) -> Reply | None:
    """A question and a yes-or-no one joined by "and", each answered (``asked_and_checked``); None for any other message."""
    if (pair := split_pair(text)) is None:
        return None
    first = answer(lookup, pair[0], today, whole=False)
    if asks_what_they_said(pair[1]):  # "which polish minister was there, and what did he or she say": the first's miss is the answer
        return first if first.kind == "not_found" else (join_replies([(pair[0], first), (said, answer(lookup, said, today, whole=False))])
                                                         if (said := said_there(lookup, first, pair[1])) is not None else None)
    if not first.ok or points_nowhere(check := pointed_at(lookup, pair[1], first)):
        return None  # the first part missed, or the second points at one of several: not read as a pair
    if not (checked := answer(lookup, check, today, whole=False)).ok:
        return None  # the check alone misses ("has any source carried it"): the message is read whole
    return join_replies([(pair[0], first), (check, checked)])


def split_questions(lookup: Lookup, text: str) -> list[str]:
    """The questions ``text`` asks, each whole; one or none when it asks one thing."""
    pieces: list[Piece] = []
    for segment in _SEGMENT.split(text.lower()):
        found = [_piece(lookup, p) for p in _PIECE.split(segment) if normalize(p)]
        if any(p is None for p in found):
            if len(found) > 1:
                return []  # "state and non state actors": one phrase, not two things
            continue  # chatter: "ok queue empty lol", "ty"
        pieces.extend(found)
    if len(pieces) < 2 or any(not (_ONE_QUESTION.isdisjoint(p.text.split()) and _COMPARING.isdisjoint(p.text.split())) for p in pieces):
        return []
    if any(p.long for p in pieces) and not all(p.subject and p.asks for p in pieces):
        return []  # "when & where did nato recognise cyberspace as a domain": one question asked two ways
    subjects = [p for p in pieces if p.subject and not p.asks]
    asks = [p for p in pieces if p.asks and not p.subject]
    whole = [p for p in pieces if p.subject and p.asks]
    if not whole:
        if len(subjects) > 1 and not all(p.place for p in subjects) and not any(_EACH & set(a.text.split()) for a in asks):
            return []  # "the one in germany with stoltenberg and the foreign minister": one subject, described
        return list(dict.fromkeys(_compose(a, s.subject) for s in subjects for a in asks)) if subjects and asks else []
    noun = next((w for p in pieces for w in p.text.split() if w in _KINDS), "")
    questions = []
    for n, piece in enumerate(pieces):
        near = _nearest(pieces, n)
        if piece.subject:  # "who hosted rome and the hague": the hague takes rome's ask
            if piece not in whole and not (piece.place and near.place and "," not in text):  # "..., estonia?": a guess
                return []  # "who gave the opening speech at the hague, ollongren?": a guess, not a second subject
            subject = _with_kind(piece.subject, noun)
            ask = Piece(" ".join(near.text.replace(near.subject, " ", 1).split()), "", True)
            questions.append(_compose(ask, subject, plain=piece.text if piece in whole else near.text.replace(near.subject, subject, 1)))
        else:
            questions.append(_compose(piece, _with_kind(near.subject, noun), before=pieces[n - 1].text if n else near.text))
    return list(dict.fromkeys(questions))


def _with_kind(subject: str, noun: str) -> str:
    """"the berlin and tirana conferences": each place takes the kind of event the message names."""
    return f"{subject} {noun.rstrip('s')}" if noun and places_in(subject) and not _KINDS.intersection(subject.split()) else subject


def _piece(lookup: Lookup, raw: str) -> Piece | None:
    words = normalize(raw).split()
    while words and words[0] in _LEADING:
        words = words[1:]
    if not words:
        return None
    content = [w for w in words if w not in ASK_WORDS and w not in _FILLER and w not in _EACH and w not in _IT and w not in _BEFORE]
    if content and set(content) <= _DONE_TO_IT and not _IT.isdisjoint(words):
        content = []  # "when did allies agree it": when the subject before was agreed
    rest = set(words).difference(content)
    asks = words[0] in WH or words[:1] in (["at"], ["in"], ["during"], ["on"], ["since"]) and words[1:2] and words[1] in WH or (bool(rest & ASK_NOUNS) and rest <= ASK_NOUNS | _FILLER | _EACH)
    asks = asks and words[0] not in _TOPIC_LEADS  # "for 2021 conference hosted by estonia, which ...": what is asked about
    bare = not asks and rest <= _FILLER
    if not (asks or bare) or len(content) > (_MOST_ASKED if asks and words[0] in WH else 4 if asks else 3) or (asks and not content and len(words) > 5):
        return None
    subject = _subject(lookup, words, content) if any(not w.isdigit() for w in content) else ""  # a year alone names no subject
    if not subject and (not asks or content):
        return None  # "and who at the 2022 one": a year asked of the subject before, not a question of its own
    return Piece(" ".join(words), subject, asks, bool(subject and places_in(subject)), len(content) > 4)


def _subject(lookup: Lookup, words: list[str], content: list[str]) -> str:
    """The words of ``words`` that name a place, event, person or initiative of the knowledge, from first to last."""
    phrase = " ".join(content)
    if not places_in(phrase) and lookup.best(phrase, ("event", "initiative", "person", "pledge"), min_coverage=0.75) is None:
        return ""
    first, last = words.index(content[0]), len(words) - 1 - words[::-1].index(content[-1])
    while last + 1 < len(words) and words[last + 1] in _KINDS:  # "the 2026 nato cyber defence conference"
        last += 1
    for before in (3, 2):  # "this year s cyber defence conference": the year counted from today is part of what is named
        if first >= before and words[first - before] in ("this", "last", "next") and words[first - before + 1] == "year":
            first -= before
            break
    return " ".join(words[first:last + 1])


def _nearest(pieces: list[Piece], n: int) -> Piece:
    """The piece naming a subject and asking nearest before ``n`` (else after it)."""
    before = [p for p in pieces[:n] if p.subject and p.asks]
    return before[-1] if before else next(p for p in pieces[n:] if p.subject and p.asks)


def _compose(ask: Piece, subject: str, before: str = "", plain: str = "") -> str:
    """One ask about one subject: "who spoke at each" + berlin -> "who spoke at berlin"; "dates" + berlin -> "when was berlin"."""
    words = ask.text.split()
    if set(words) <= _WHAT_IS:
        return plain or f"what is {subject}"  # "what s the nicc and when was it agreed": what it is, not when
    if plain and not (set(words) <= _BARE_WHEN | _FILLER or set(words) <= _BARE_WHERE | _FILLER):
        return plain  # a piece that asks about its own subject: as typed
    if any(w in _EACH for w in words):
        return " ".join(subject if w in _EACH else w for w in words)
    if any(w in _IT for w in words):
        return " ".join(subject if w in _IT else w for w in words)
    if before and any(w in _BEFORE for w in words):
        return " ".join(before if w in _BEFORE else w for w in words)
    if set(words) <= _BARE_WHEN | _FILLER:
        return f"when was {subject}"
    if set(words) <= _BARE_WHERE | _FILLER:
        return f"where was {subject}"
    return f"{ask.text} {subject}"


def join_replies(parts: list[tuple[str, Reply]]) -> Reply:
    """One reply: a line per part (its own answer or its own miss), every part's items in order, sources merged."""
    lines = tuple(Block(several_messages.part_line(_line(reply, _ASKS_WHAT.match(q) is not None)), item=reply.items[0] if reply.ok and reply.items else None)
                  for q, reply in parts)
    items = tuple(dict.fromkeys(i for _, reply in parts if reply.ok for i in reply.items))
    sources = tuple(dict.fromkeys(s for _, reply in parts if reply.ok for s in reply.sources))
    missed = [q for q, reply in parts if not reply.ok]
    if len(missed) == len(parts):  # every part missed: each miss said once ("I have no conference in 2026." asked twice)
        return Reply("not_found", parts[0][1].title, blocks=tuple(b for b in dict.fromkeys(lines[1:]) if b != lines[0]), items=items)
    title = several_messages.answered(len(parts), len(missed))
    suggestions = tuple(dict.fromkeys(s for _, reply in parts for s in reply.suggestions))[:3]
    return Reply("answer", title, blocks=lines, items=items, sources=sources, suggestions=suggestions)


def _line(reply: Reply, what_is: bool = False) -> str:
    """A part's answer in one line: its title, and the words of a quote it shows (or, asked what it is, its first sentence)."""
    quoted = next((b for b in reply.blocks if b.style == "quote"), None)
    if reply.ok and quoted is not None and isinstance(quoted.text, str):
        return several_messages.with_quote(reply.title, quoted.text)
    if what_is and reply.ok and reply.blocks and reply.blocks[0].style == "text" and isinstance(reply.blocks[0].text, str):
        return several_messages.with_summary(reply.title, sentences(reply.blocks[0].text, most=1)[0])
    return reply.title
