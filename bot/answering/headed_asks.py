"""Asks listed under a headline that names what they are about: each ask put whole, of that subject.

    "quick qs on the rome pledge conf: 1) when was it 2) who co-hosted"   -> "when was <Rome 2022>", "who co-hosted <Rome 2022>"
    "wales summit 2014 1) dates 2) where exactly 3) what came out of it"  -> "when was <Wales>", "where exactly <Wales>", ...
    "NICC - what is it - when announced - where based"                    -> what the NICC is, when it was announced, where based
    "kajsa ollongren - role? - which event?"                             -> her card: every ask is one it answers
    "colonial pipeline attack:\\n- did nato say anything\\n- date"          -> the headline's miss, said once

The headline ends at a colon, a dash between spaces, a line's end or the first "1)"; it asks nothing itself (no
question word, no question mark) and names something: what answering it alone leads with is the subject, and a
headline the knowledge lacks ("I have no ...") is the reply. Each ask is short; one that points back ("when was it",
"anything agreed there") or only asks ("dates", "who co-hosted") is put of the subject ("he" the person the ask before
named: "2) was rutte there 3) what did he say"), one that names its own is asked as typed. Several words, a claim
("..., right?"), quoted words or two subjects ("berlin + tirana: ...") make no headline: ``several`` and the routes
read those. Pure; a message with no colon, dash, line or "1)" pays a few substring tests.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..patterns import lazy_pattern
from ..reply import ItemRef, Reply
from .bare_asks import ask_about, bare_ask, they_said
from .follow_ups import follow_up, points_back
from .lookup import Lookup
from .own_antecedent import names_an_entry
from .places import places_in
from .search import normalize
from .several import join_replies

Answer = Callable[..., Reply]
_HEAD = lazy_pattern(r"^\s*(?P<head>[^:?\n()]{2,90}?)(?:\s*:\s*|\s+[-\u2013\u2014]+\s+|\s*\n\s*|\s+(?=\(?1[).]\s))(?P<rest>\S.*)$", re.S)
_SPLIT = lazy_pattern(r"\s*(?:\n\s*(?:[-\u2022*]\s*)?|(?:^|\s)\(?\d{1,2}[).]\s+|\s[-\u2013\u2014]+\s|\?+\s*|\s*[/,;+&]\s*)\s*")
#: What opens an ask.
_ASKING = frozenset("who whom whose what whats when where which how why did does do is was were are can could any anything "
                    "full exact tell give list at in".split())
#: A headline holding one of these asks, claims or compares: no subject put first.
_NOT_A_SUBJECT = frozenset("who whom whose what whats when where which how why did does do is was were are can could "
                           "right correct yes true vs versus compare comparing contrast and give list show tell table me".split())
_IN_WORD = lazy_pattern(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")  # "stoltenberg's": an apostrophe, not a quotation mark
_LEAD_INS = frozenset("and so ok also quick qs q questions question couple few two three things re about on regarding ref".split())
#: Words that never make an ask of their own: "pls", "tl;dr".
_NOISE = frozenset("pls please thx thanks ty tl dr tldr short quick each".split())
#: What an entry's own card answers: an ask made only of these gets the card.
_CARD = frozenset("what whats is are was it they this who she he role job title position which event events conf conference conferences "
                  "s the a an of her his their its tl dr tldr pls please exactly".split())
#: What a quote's own reply answers (its words, who said them, where and when): "who/when/where", "exact words + date".
_QUOTE_CARD = _CARD | frozenset("when where date day year exact exactly words wording full quote verbatim at what event occasion "
                                "did say said in on".split())
_MOST_WORDS = 9
_FEW_WORDS = 4  # of each ask not put as a list: "when was it, which sites, who claimed it"
_QUOTES = frozenset("'\"\u201c\u201d\u2018\u2019")
_NUMBERED = lazy_pattern(r"(?:^|\s)\(?\d[).]\s")
_DASH = lazy_pattern(r"\s[-\u2013\u2014]+\s")


def headed_asks(text: str) -> tuple[str, list[str], bool] | None:
    """The headline (its lead-in dropped), its asks and whether they are put as a list (numbered, one a line, after two
    or more dashes), or None when ``text`` is not a headline followed by two or more
    asks put as a list: numbered, one a line, after two or more dashes, or a few words each ("who/when/where")."""
    if not (":" in text or " - " in text or "\n" in text or "1)" in text or " \u2013 " in text) or (head := _HEAD.match(text)) is None:
        return None
    words = normalize(head["head"]).split()
    while words and words[0] in _LEAD_INS:
        words = words[1:]  # "quick qs on the rome pledge conf"
    if not words or len(words) > 10 or not _NOT_A_SUBJECT.isdisjoint(words) or set("+&/,").intersection(head["head"]):
        return None  # a question, a claim ("the conference at tirana was ..."), or two subjects ("berlin + tirana")
    if not _QUOTES.isdisjoint(_IN_WORD.sub("", text)):
        return None  # quoted words: asked of as a quote (``quoted_words``)
    asks = [a for a in (p.strip(" .!-") for p in _SPLIT.split(head["rest"]) if p) if a and not set(normalize(a).split()) <= _NOISE]
    if len(asks) < 2 or len(asks) > 6 or not all(_asks(a) for a in asks):
        return None
    listed = "\n" in head["rest"] or _NUMBERED.search(head["rest"]) is not None or len(_DASH.findall(text)) > 1
    if not listed and ("?" in head["rest"].rstrip("? ") or any(len(normalize(a).split()) > _FEW_WORDS for a in asks)):
        return None  # "tirana conf - that was in albania? the dateline says brussels": a remark, not a list
    return " ".join(words), asks, listed


def answer_headed(lookup: Lookup, text: str, today: dt.date, answer: Answer) -> Reply | None:
    """One reply to the asks under a headline, each of what it names; None for any other message."""
    if (headed := headed_asks(text)) is None:
        return None
    headline, asks, listed = headed
    head = answer(lookup, headline, today, whole=False)
    if not head.ok or not head.items:
        leans = all(points_back(a) or not _names_its_own(lookup, a) for a in asks)  # "- who - what did he say at tirana"
        return head if leans and head.title.startswith("I have no") else None  # "colonial pipeline attack: ...": said once
    subject = head.items[0]
    if subject.type not in ("event", "person", "pledge", "initiative", "quote") or not listed and subject.type in ("pledge", "initiative"):
        return None  # "NICC: agreed when, at which summit?": one ask of a decision, put in parts (``several``, the routes)
    card = _QUOTE_CARD if subject.type == "quote" else _CARD
    if all(set(normalize(a).split()) <= card for a in asks):
        return head  # "kajsa ollongren - role? - which event?": her card answers each
    if subject.type == "quote" and not all(set(normalize(a).split()) <= card or _names_its_own(lookup, a) for a in asks):
        return None  # "stoltenberg on china in berlin: - did he call china an enemy": read whole
    several = subject.type != "event" and sum(i.type == "event" for i in head.items) > 1  # "last year's ncdc": its words pick the edition
    carded, last = False, head
    parts: list[tuple[str, Reply]] = []
    for ask in asks:
        if set(normalize(ask).split()) <= card or several and not _EACH.isdisjoint(normalize(ask).split()):  # "where was each one"
            if not carded:
                parts.append((f"what is {headline}", head))
            carded = True
            continue
        people = tuple(i for i in last.items if i.type == "person")  # "2) was rutte there 3) what did he say": he is Rutte
        question = _of_words(ask, headline) if several else put_of(lookup, ask, subject, headline, today, people, last.title)
        parts.append((question, last := answer(lookup, question, today, whole=False)))
    return join_replies(parts)


def put_of(lookup: Lookup, ask: str, subject: ItemRef, headline: str, today: dt.date, people: tuple[ItemRef, ...] = (), title: str = "") -> str:
    """``ask`` put whole, of ``subject``: its pointer replaced ("he" one of the ``people`` the ask before named, in its
    ``title``), or the subject added to a bare ask; as typed when it names its own."""
    if _names_its_own(lookup, ask):
        return ask  # "what was agreed at vilnius": of its own
    if points_back(ask) and (pointed := follow_up(lookup, ask, subject, today, people, title)) is not None:
        return pointed
    if (said := they_said(lookup, ask, subject)) is not None:
        return said
    if bare_ask(ask) and (asked := ask_about(lookup, ask, subject)) is not None:
        return asked
    if subject.type == "event" and not _SAYING.isdisjoint(normalize(ask).split()):
        return f"{ask} at {headline}"  # "what did he say" at the tirana conf
    return f"{ask} {headline}"  # "what campaign that photo of stoltenberg": in the asker's words


def _of_words(ask: str, headline: str) -> str:
    """A bare ask put of the headline's own words: "where" -> "where was last year's ncdc"."""
    words = set(normalize(ask).split())
    return f"when was {headline}" if words <= _BARE_WHEN else f"where was {headline}" if words <= _BARE_WHERE else f"{ask} {headline}"


_SAYING = frozenset("say said says speak spoke quote quotes quotable".split())
_EACH = frozenset("each every all".split())
_BARE_WHEN = frozenset("when date dates day days month year exactly".split())
_BARE_WHERE = frozenset("where location city place venue country exactly".split())


def _asks(ask: str) -> bool:
    """Whether ``ask`` asks something: opens with a question word, is a bare ask ("dates", "who co-hosted") or one the
    card answers ("role", "job title"); "correct" or "stoltenberg on 5g" asks nothing of a headline."""
    words = normalize(ask).split()
    return 0 < len(words) <= _MOST_WORDS and (words[0] in _ASKING or bare_ask(ask) or set(words) <= _QUOTE_CARD) and _CHECKED.isdisjoint(words)


_CHECKED = frozenset("right correct yes true".split())  # "..., right?": a claim checked, not an ask


def _names_its_own(lookup: Lookup, ask: str) -> bool:
    """Whether ``ask`` names a place or an entry of its own: "what was agreed at vilnius"."""
    return bool(places_in(ask)) or names_an_entry(lookup, normalize(ask))
