"""The last step of answering: when no route understood a question, the one entry it plainly names.

People phrase questions in more ways than routes can list ("the Tirana thing -
who hosted it?", "somebody said our collaboration is the cornerstone - who?").
When the routed answer is a plain miss, this looks at what the question names
and holds: a quote whose words it carries, or the single event its place,
series and year fit. Only a clear winner is returned, and the caller still
checks it against every constraint the question names (``guard``), so a guess
never turns an honest miss into a different entry presented as the answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..reply import Reply
from . import messages
from .constraints import could_meet, unmet
from .event_index import in_series
from .lookup import Lookup
from .mentions import find_mentions
from .named_card import asks_overview, named_card
from .common_words import COMMON_WORDS
from .places import places_in
from .search import STOPWORDS, normalize, tokens
from .topics.declared_claims import QUESTION_OPENERS
from .topics.events import event_reply
from .topics.quotes import answer_who_said
from .understanding import guard
from ..patterns import lazy_pattern

#: A quote is guessed only when the question carries this many of its words.
QUOTE_WORDS = 4


#: How the misses that found nothing a question names open (not "I have no conference in Oslo", which did).
FOUND_NOTHING = (messages.NOTHING_MATCHES, messages.NO_QUOTE_SAYS)
_NO_ENTRY = "I have no entry for"  # a lead's word taken for a name: "sorry was afk the warsaw summit when was it"


def guessed_if_missed(lookup: Lookup, reply: Reply, question, today: dt.date, text: str = "") -> Reply:
    """``reply``, or where it found nothing the question names, the best guess that meets every constraint named
    (``text``: the message as typed, whose overview words the question may have lost)."""
    if reply.kind != "not_found" or not reply.title.startswith(FOUND_NOTHING):
        return reply
    guess = best_guess(lookup, question, today, quotes_searched=reply.title.startswith(messages.NO_QUOTE_SAYS)) or _overview(lookup, question, text, today)
    guarded = guard(lookup, guess, question) if guess is not None else None
    return guarded if guarded is not None and guarded.kind != "not_found" else reply


def as_one_clause(lookup: Lookup, reply: Reply, text: str, question: str, today: dt.date, answer: Callable[..., Reply] | None) -> Reply:
    """``reply``, or where it found nothing and the clause it answered left out a day or a year the message names,
    ``answer``'s reply to the whole message read as one clause, if that finds something
    ("the 9th of october 2025, what was happening?")."""
    if answer is None or not reply.title.startswith(FOUND_NOTHING) or (flat := normalize(text)) == question:
        return reply
    dropped = set(tokens(flat)) - set(tokens(question))
    if not any(w[:1].isdigit() for w in dropped):
        return reply  # only a day or a year left out is read back in: other words may name what the knowledge lacks
    retried = answer(lookup, flat, today, whole=False)
    return retried if retried.kind != "not_found" else reply


#: Words that make what follows the question a further ask ("son nom svp", "i need his exact words"), not a remark.
_ASKS_IN_REST = frozenset("quote quotes quoted words wording line lines name nom names date dates day when where who what which how why "
                          "source sources exact exactly verbatim summary title role".split())


def first_question_only(lookup: Lookup, reply: Reply, text: str, today: dt.date, answer: Callable[..., Reply] | None) -> Reply:
    """``reply``, or where it found nothing and the message goes on after its first "?" with words that name nothing
    ("Can you explain X? Keep it simple please, it's for 15 year olds"), ``answer``'s reply to the message up
    to that "?", if that finds something. What follows may not name anything: "when was it? the oslo one" asks of Oslo."""
    if answer is None or not reply.title.startswith(FOUND_NOTHING) or not 0 < (end := text.find("?") + 1) < len(text.rstrip(" ?!.")):
        return reply
    rest = text[end:]
    if not _ASKS_IN_REST.isdisjoint(normalize(rest).split()) or find_mentions(lookup, normalize(rest), today).constraints \
            or (named := lookup.named(rest, on=today)).people or named.role:
        return reply  # "... ? I need a direct quote", "... ? his name please": a second ask, not a remark
    retried = answer(lookup, text[:end], today, whole=False)
    return retried if retried.kind != "not_found" else reply


#: Where a message typed with no marks starts asking after a lead: "help me out | when was ...", "i m compiling a
#: timeline | could you tell me ...".
_ASKS_LATER = lazy_pattern(r"(?<=\S) (?:who|whom|whose|what|when|where|which|how|could you|can you|would you|tell me|please tell me|pls tell me)\b")
_MARKS = lazy_pattern(r"[,.;:?!\-\u2013\u2014()]")
ASKED_LEAST = 3  # words the question after a lead has at least
#: A lead is the asker's ("i m compiling a timeline", "we are preparing a newsletter", "help me out", "sorry was afk"),
#: or of ordinary words naming nothing ("question 5", "quick check for the timeline").
_ASKER = frozenset("i im we me us my our help sorry pls please hi hey hello ok okay".split())


def asked_later(lookup: Lookup, reply: Reply, text: str, today: dt.date, answer: Callable[..., Reply] | None) -> Reply:
    """``reply``, or where it found nothing and the message, typed with no marks to split it, starts asking only after a
    lead ("help me out when was the rome pledge conf"), ``answer``'s reply to the message from there, if that finds
    something. A message with marks is split by them (``question_text.question_clause``)."""
    if answer is None or not reply.title.startswith((*FOUND_NOTHING, _NO_ENTRY)) or _MARKS.search(text.strip().rstrip("?!. ")):
        return reply
    flat = normalize(text)
    if (later := _ASKS_LATER.search(flat)) is None or len((asked := flat[later.start() + 1:]).split()) < ASKED_LEAST:
        return reply
    lead = flat[:later.start()].split()
    if lead[0] in QUESTION_OPENERS or _ASKER.isdisjoint(lead) and not all(w in COMMON_WORDS or w in STOPWORDS or w.isdigit() for w in lead) \
            or lookup.named(" ".join(lead), on=today).people or places_in(" ".join(lead)):
        return reply  # "what is locked shields and who won it": one question; "sikorski spoke at which ...": a name, no lead
    retried = answer(lookup, asked, today, whole=False)
    return retried if retried.kind != "not_found" else reply


def best_guess(lookup: Lookup, question, today: dt.date, quotes_searched: bool = False) -> Reply | None:
    """The reply about the one entry ``question`` (an understood ``Question``) plainly names, or None.
    ``quotes_searched``: the routed answer already looked for a quote holding the words, so no second search."""
    if not quotes_searched and len(tokens(question.text)) >= QUOTE_WORDS:  # question.text is normalised already
        said = answer_who_said(lookup, question.text)
        if said.kind == "answer":
            return said
    if not _asks_what_a_card_says(question) or _names_the_unknown(lookup, question, today):
        return None  # "how many attended", "what did X say there", "did Zelensky speak": not on the card
    if (event := only_event(lookup, question.mentions)) is not None:
        return event_reply(lookup, event, question.focus)
    return None


#: Words that ask for an entry's overview, which its card gives.
_OVERVIEW = lazy_pattern(r"\b(?:summary|summarise|summarize|overview|about|details|info|information|recap|rundown|describe|explain)\b")
#: Words that ask for something a card does not hold: what was said, counts, reasons.
_NOT_ON_CARD = lazy_pattern(r"\b(?:say|said|says|saying|quote|quotes|quoted|words|remarks|statement|how many|how much|why|weather)\b")


def _overview(lookup: Lookup, question, text: str, today: dt.date) -> Reply | None:
    """The card of the one event, else the one other entry, that ``text`` (as typed) asks an overview of, or None."""
    if not asks_overview(text):
        return None  # most misses
    event = only_event(lookup, question.mentions)
    return event_reply(lookup, event, None) if event is not None else named_card(lookup, text, today)


def _names_the_unknown(lookup: Lookup, question, today: dt.date) -> bool:
    """Whether the question holds a word the knowledge has never seen (a name it lacks), other than asking words."""
    return any(not _OVERVIEW.fullmatch(word) for word in lookup.named(question.text, on=today).unknown)


def _asks_what_a_card_says(question) -> bool:
    return not _NOT_ON_CARD.search(question.text) and (question.focus is not None or bool(_OVERVIEW.search(question.text)))


def only_event(lookup: Lookup, mentions):
    """The single event that a place, series, kind, edition or year named fits, if exactly one does."""
    if not (mentions.places or mentions.year or mentions.series):
        return None
    # from the event index, never a scan of every event: a large knowledge has hundreds of thousands
    pool = could_meet(lookup, mentions) if mentions.places or mentions.year else in_series(lookup.event_index, mentions.series)
    fits = [e for e in pool if (mentions.kind is None or e.kind == mentions.kind) and not unmet(e, mentions)]
    return fits[0] if len(fits) == 1 else None
