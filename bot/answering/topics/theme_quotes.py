"""A line asked for by its theme, as a speechwriter asks: the quotes (or written lines) that best say it, best first.

    "got a good line about money?"                               -> Stoltenberg's "more money, more expertise" (Rome)
    "anything on russia? ideally something short and punchy"     -> the shortest line that holds russia
    "solidarity theme pls, something like 'nobody is left on their own'"  -> Rutte's "No one stands alone in NATO"
    "5g / not buying network kit from authoritarian states - got anything quotable?"  -> the digital backbone line
    "is there a line on unity from a european minister?"          -> a minister's line on unity, not an SG's
    "something about cyber going from a nuisance to a strategic problem?"  -> the 2016 op-ed, whose lines hold it

Only a message that asks for a line ("a line on X", "a quote about X", "anything on X", "X theme") and checks
nothing (who said it, its exact words, where it was said: other routes' questions). A theme no line holds
enough of is left to the other routes. Candidates come from the index's postings, never a scan of every quote.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ...knowledge.model import Event, Pledge, Quote
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..per_load import PerLoad, per_load
from ..places import PLACES
from ..quote_pool import quotes_sharing
from ..quoted import quoted_question
from ..normalizing import normalize, word_set
from ..thing_nouns import KIND_NOUNS
from ..theme_words import COMMON, FILLER, theme_groups
from .events import event_reply
from .named_phrase import named_as_phrase
from .pledges import pledge_reply
from .quote_replies import quote_reply

_CUES = frozenset("line lines quote quotes quotable quotation soundbite soundbites something anything theme".split())
#: The clause asks for a line on something: "a line on", "quote about", "anything on", "china line", "solidarity theme".
_NOUN = r"(?:lines?|quotes?|quotations?|soundbites?)"
_ON = r"(?:about|on|for|from|regarding|comparing|defending|that|saying|along|to say)"
#: An indefinite line: "a line on X", "any good quote about X", "a china line", "china line please", "anything on X", "X theme",
#: "anything quotable";
#: "the line about X" and "his quotes from Y" point to lines already known, which other routes check or list.
_ASKS = lazy_pattern(rf"\b(?:a|an|any|another|some)(?: (?:good|great|nice|decent|short|punchy|usable|strong|quotable))? (?:{_NOUN} {_ON}\b|[a-z0-9]+ {_NOUN}\b)"
                     rf"|\b(?:something|anything)(?: quotable)? {_ON}\b|\b[a-z0-9]+ theme\b|\b(?:anything|something) quotable\b")
#: A terse ask, the theme and the noun and nothing but asking words after: "china line please, short".
_TERSE = lazy_pattern(rf"^(?!(?:the|that|this|his|her|their|its|my|our|your|which|what|whose|one|each)\b)[a-z0-9]+ {_NOUN}\b")
#: Words of a clause that check or place a line rather than ask for one: other routes answer those.
_CHECKS = frozenset("exact exactly verbatim wording word original english translated translation attribute attributed cite safe real "
                    "correct accurate article op ed said source sources verified dodgy official right true published wrote "
                    "write written".split())
#: Words of an asking clause that ask for a day's events, not a line: "anything on this day?", "anything on 16 may".
_DAYS = frozenset("day days date dates today tonight yesterday tomorrow week month year years history anniversary ago happened event events "
                  "each january february march april may june july august september october november december".split())
#: Words opening a clause that asks about a line, not for one: "who said …", "did he …", "where was that".
_CHECK_LEADS = frozenset("who whose whom did does is are was were can could when where which".split())
_CLAUSES = lazy_pattern(r"[.?!;:]+|\s[-–—/]+\s|\s/|/\s")
#: A gathering the line was said at: "from the pledge conference", "at the summit" (not "for a tech summit speech").
_AT_GATHERING = lazy_pattern(r"\b(?:at|from|in|during) (?:the |a |this |that |last |their )?(?:[a-z0-9]+ ){0,3}?(?:conference|conf|summit|meeting)s?\b")
_NUMBER = lazy_pattern(r"\b\d+\b")  # a day or a year: "anything on 16 may", "in 2019"
#: A line asked for by name: "a line on", "quotable", "solidarity theme" (not a bare "anything on").
_LINE_ASKED = lazy_pattern(rf"\b{_NOUN}\b|\bquotable\b|\btheme\b")
_SHORT = frozenset("short punchy snappy brief crisp pithy".split())
_NOT_SG = lazy_pattern(r"\bnot (?:quote |use |cite )?(?:an? |the )?(?:sg|secretary general|nato chief)\b")
#: A minister's line asked for, not the minister the line is for: "from a european minister", "by a minister".
_FROM_MINISTER = lazy_pattern(r"\b(?:from|by) (?:an? |the |any |some )?(?:[a-z]+ )?ministers?\b")
_SHARE = 0.34  # of the theme's word groups the best line holds at least
_TOPIC_ONLY = 0.8  # a group held only by a line's topics, not its words
_SHOWN = 3


def answer_theme_quote(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The lines that best fit the theme ``text`` asks for (``question``: as understood), or None for another question."""
    if _CUES.isdisjoint(word_set(question)) and _CUES.isdisjoint(normalize(text).split()) or question.startswith(("who said ", "who talked about ")):
        return None  # most questions; "i remember X saying something about Y, who was it": whose line, not lines on Y
    if (quoted := quoted_question(text)) is not None and quoted.asks:
        return None  # "'one for all ...' isn't actually a stoltenberg quote, is it?": those words checked, not lines on them
    clauses = [normalize(part) for part in _CLAUSES.split(text)]
    asking = [c for c in clauses if c and not _CUES.isdisjoint(c.split())]
    if not any(_ASKS.search(c) or _is_terse(c) for c in asking) or any(_checks(c) or _names_place(c) or _names_gathering(lookup, c) for c in clauses) or any(_on_a_day(c) for c in asking):
        return None
    groups = theme_groups(" ".join(asking))
    groups = groups or theme_groups(" ".join(clauses))  # "i want to convey that … any line for that?", "5g kit - got anything quotable?"
    found = lookup.named(question, on=today)
    named = [p for p in found.people if found.role or not set(normalize(p.name).split()).isdisjoint(word_set(question))]  # not "minister" alone
    names = {w for person in named for w in normalize(person.name).split()}
    groups = [g for g in groups if g[0] not in names]
    if not groups or _unknown_thing(lookup, groups, asking):
        return None
    speakers = _speakers(lookup, named, question)
    if speakers is not None and not speakers:
        return None  # someone no line is by: the "no quote by" routes say so
    ranked = _ranked(lookup, groups, speakers, short=not _SHORT.isdisjoint(word_set(question)))
    if not ranked:
        return None
    best = ranked[0][1]
    if not isinstance(best, Quote):
        if _names_an_entry(lookup, " ".join(asking)):
            return None  # "anything on the nicc", "anything on cyber coalition": that entry, not a piece that mentions it
        return pledge_reply(lookup, best) if isinstance(best, Pledge) else event_reply(lookup, best)
    quotes = [q for _, q in ranked if isinstance(q, Quote)][:_SHOWN]
    return quote_reply(lookup, quotes, _title(groups, len(quotes)))


def _ranked(lookup: Lookup, groups: list[tuple[str, ...]], speakers: set[str] | None, *, short: bool) -> list[tuple[float, object]]:
    """(score, line) for the lines holding enough of ``groups``, best first; a line's score is the weight of the groups it holds."""
    weights = [0.3 if g[0] in COMMON else 1.0 for g in groups]
    least = _SHARE * sum(weights)
    forms = [tuple({f for w in g for f in (w, f"{w}s", w[:-1] if w.endswith("s") else w)}) for g in groups]
    pool = quotes_sharing(lookup, forms, 1 / len(forms))
    scored = []
    for n, quote in enumerate(pool):
        if speakers is not None and quote.speaker not in speakers:
            continue
        said = set(normalize(f"{quote.text} {quote.original or ''}").split())
        about = set(normalize(" ".join(quote.topics)).split())
        score = sum(w * (1.0 if said.intersection(f) else _TOPIC_ONLY if about.intersection(f) else 0.0)
                    for w, f in zip(weights, forms))
        score += 0.1 * bool(said.intersection(g[0] for g in groups))  # the asker's own word, not only one like it
        if score >= least and score > 0:
            scored.append((-score, "heading" in (quote.note or "").lower(), len(quote.text) if short else 0, n, quote))
    if speakers is None:
        for n, (words, line) in enumerate(written_lines(lookup)):
            score = sum(w for w, f in zip(weights, forms) if words.intersection(f))
            if score >= least and score > 0:
                scored.append((-score, False, 0, len(pool) + n, line))
    return [(-score, line) for score, *_, line in sorted(scored, key=lambda s: s[:4])]


def _speakers(lookup: Lookup, named, question: str) -> set[str] | None:
    """The ids of the people whose lines may answer: those named, else ministers when a minister's line is asked
    for, none of the secretaries general when one is not; None: anyone's."""
    quoted = lookup.quote_speakers
    if named:
        return {p.id for p in named} & set(quoted)
    people = lookup.knowledge.people
    ministers = _FROM_MINISTER.search(question) is not None
    not_sg = _NOT_SG.search(question) is not None
    if not (ministers or not_sg):
        return None
    return {p for p in quoted if p in people and (not ministers or _held(people[p], "minister")) and not (not_sg and _held(people[p], "secretary general"))}


def _held(person, title: str) -> bool:
    return any(title in role.title.lower() for role in person.roles)


_WRITTEN = PerLoad("topics.theme_quotes.written")  # per knowledge load (``per_load``)


class _Written(NamedTuple):
    """What the step reads of the entries, built once per load: the written lines, and the place words of gatherings' names."""

    lines: list[tuple[frozenset[str], Event | Pledge]]
    gathering_places: frozenset[str]


def written_lines(lookup: Lookup) -> list[tuple[frozenset[str], Event | Pledge]]:
    """The pieces someone wrote and the pledges, with the words of what they say: lines no quote entry holds."""
    return per_load(_WRITTEN, lookup, _build_written).lines


def _build_written(lookup: Lookup) -> _Written:
    knowledge = lookup.knowledge
    pieces = [(frozenset(normalize(e.summary or "").split()), e) for e in knowledge.events.values() if e.kind == "publication"]
    pledges = [(frozenset(normalize(f"{p.name} {p.summary or ''} {' '.join(p.commitments)}").split()), p) for p in knowledge.pledges.values()]
    places = frozenset(w for e in knowledge.events.values() for w in normalize(e.name).split() if w in PLACES)  # "wales": the Wales Summit
    return _Written(pieces + pledges, places)


def _is_terse(clause: str) -> bool:
    return _TERSE.match(clause) is not None and FILLER.issuperset(clause.split()[2:])


def _checks(clause: str) -> bool:
    words = clause.split()
    leads = words[:1] if words[1:2] != ["there"] else []  # "is there a line on …" asks for one
    return not (_CHECKS.isdisjoint(words) and _CHECK_LEADS.isdisjoint(leads)) or _AT_GATHERING.search(clause) is not None


def _on_a_day(clause: str) -> bool:
    return not _DAYS.isdisjoint(clause.split()) or _NUMBER.search(clause) is not None


def _names_place(clause: str) -> bool:
    """Whether a clause names a city, where a line was said ("from berlin"): a country may be the theme ("on russia")."""
    return any(w in PLACES and PLACES[w].is_city for w in clause.split())


def _unknown_thing(lookup: Lookup, groups: list[tuple[str, ...]], asking: list[str]) -> bool:
    """Whether "anything on <it>" (no line asked for by name) asks of a kind of thing no entry holds a word for: "anything
    on ukraine's it army" asks of the army, not of lines on ukraine (the routes' honest miss)."""
    head = groups[-1]
    return head[0] in KIND_NOUNS and not any(_LINE_ASKED.search(c) for c in asking) and not any(w in lookup.index.vocabulary for w in head)


def _names_an_entry(lookup: Lookup, asking: str) -> bool:
    """Whether the asking words name an initiative, pledge or gathering by its name or alias ("the nicc")."""
    return any(named_as_phrase(lookup, asking, kind) is not None for kind in ("initiative", "pledge", "event"))


def _names_gathering(lookup: Lookup, clause: str) -> bool:
    """Whether a clause names a place a gathering is named after ("anything on wales": the Wales Summit), not a theme."""
    return not per_load(_WRITTEN, lookup, _build_written).gathering_places.isdisjoint(clause.split())


def _title(groups: list[tuple[str, ...]], shown: int) -> str:
    theme = " ".join(g[0] for g in groups if g[0] not in COMMON) or " ".join(g[0] for g in groups)
    return f"Lines on “{theme}”, best fit first" if shown > 1 else f"A line on “{theme}”"

