"""Which article or source says something: the sources behind the entry that holds the words, led by them.

    "which of your articles says nato agreed cyber attacks could trigger article 5"
        -> the Berlin article (the source of Stoltenberg's words on Article 5), then the entry it backs
    "which sources in your collection mention the 2016 pledge from warsaw? all of them please"
        -> every source of the Cyber Defence Pledge: the seed articles first, then the references
    "which source calls rome the fourth pledge conference" -> Formiche, whose own note says so, then the others

A question asking for articles ("which article", "which piece") is answered with the seed articles only, or told
that none of them says it. A year or place the question names is a constraint: an entry that holds neither is no answer
("which article covers the 2007 cyber attacks on estonia" -> I have no source on that, not a Berlin line on attacks). Tried only when a message opens "which/what ... article/source ... <saying verb>".
"""

from __future__ import annotations

import re

from ...knowledge.model import Quote, Source
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..places import places_in
from ..phrasing import item_refs, quote_block, shorten, source_ids
from ..search import STOPWORDS, normalize
from .general import not_found

_ASKS = lazy_pattern(
    r"^(?:so |and |ok |okay )?(?:which|what) (?:one |ones )?(?:of (?:your|the|these|those|my) )?(?:\S+ )?(?P<noun>articles?|sources?|pieces?|seeds?|reports?|outlets?|references?)"
    r"(?: (?:in|of|from) (?:your|the|my) (?:\S+ )?(?:collection|knowledge|data|library|archive|files?|set))?"
    r" (?:says?|said|mentions?|mentioned|covers?|covered|talks? about|refers? to|calls?|called|reports?|reported|describes?|cites?|names?"
    r"|discuss(?:es)?|states?|claims?|claimed|has|have|carries|carry)\b(?: that)? (?P<rest>.+)")
#: "according to which source was the nicc agreed at washington", "based on what report did berlin take place on 9 november":
#: the same ask, the source put first (the words after it are looked up, in any order).
_ACCORDING = lazy_pattern(r"^(?:so |and |ok )?(?:according to|based on|on the basis of|per|on) (?:which|what) (?:\S+ )?(?P<noun>articles?|sources?|pieces?|reports?|references?|documents?)"
                          r"(?: (?:do|did|does) (?:you|it|nato) (?:base|say|know|get)(?: (?:it|that|this))?(?: on| from)?)? (?P<rest>\S.+)")
#: "where is the malware information-sharing platform mentioned", "in which piece is the nicc discussed", "where does the
#: cell come up in your sources": the same ask, put as where the thing is found.
_WHERE = lazy_pattern(r"^(?:so |and |ok )?(?:where|in (?:which|what) (?:one |ones )?(?:of (?:your|the|these|those) )?(?P<noun>articles?|sources?|pieces?|reports?|seeds?))"
                      r" (?:is|are|was|were|does|do|did|can i find) (?P<rest>\S.*?)(?: (?:get|gets|being))?"
                      r" (?:mentioned|cited|discussed|named|referred to|covered|described|reported|brought up|talked about|appears?|comes? up|shows? up"
                      r"|mention|cite|discuss|cover|describe|report)\b")
#: "sources for the nicc being agreed in washington": the sources route's words, put to a claim rather than an entry's name.
_SOURCES_FOR = lazy_pattern(r"^(?P<noun>sources?) for (?P<rest>\S.+)")
_CLAIM_VERBS = frozenset("agreed adopted decided held took signed launched established recognised recognized happened".split())
_WORDS_SAID = frozenset("said says say wrote line lines quote quotes words".split())  # words put as someone's: ``claimed_sources``
#: What trails the thing asked about: "... all of them please", "... i'd like every one".
_TAIL = lazy_pattern(r"\s+(?:(?:i d like|i would like|i want|i need|give me|list|show me) )?(?:(?:all|every|each) (?:of )?(?:them|one|ones)|please|pls|thanks)\b.*$")
_CLAIM_COVERAGE = 0.3  # the share of a claim's words an entry must hold when no entry holds half of them
_SEED_NOUNS = ("article", "piece", "seed", "report")
_ENTRY_TYPES = ("quote", "event", "pledge", "initiative", "person")
_NOUN_SAID = {"arti": "article", "piec": "article", "seed": "article", "repo": "report"}
_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
#: The fields of an entry (and of the gathering a quote was said at) that may hold a year or a place the question names.
_HOLDING = ("name", "aliases", "summary", "text", "notes", "note", "original", "city", "country", "venue", "hosts", "when", "said",
            "date", "established")


def sources_asked(question: str) -> re.Match | None:
    """The match of normalised ``question`` when it asks which source says something (its ``noun`` and ``rest``), else None."""
    if not question.startswith(("which ", "what ", "so ", "and ", "ok ", "according ", "based ", "on ", "per ", "sources ", "where ", "in ")):
        return None
    if (match := _ASKS.match(question) or _ACCORDING.match(question) or _WHERE.match(question)) is not None:
        return match
    return match if (match := _SOURCES_FOR.match(question)) is not None and claimed(match) else None


def claimed(match: re.Match) -> bool:
    """Whether what a source is asked for is a claim ("the nicc was agreed in washington"), not an entry's name."""
    words = match["rest"].split()
    return not _CLAIM_VERBS.isdisjoint(words) and _WORDS_SAID.isdisjoint(words)


def answer_sources_saying(lookup: Lookup, question: str) -> Reply | None:
    """The sources that say what ``question`` (normalised) asks about, the ones it asks for first; None if it asks none."""
    if (match := sources_asked(question)) is None:
        return None
    rest = _TAIL.sub("", match["rest"])
    if not (hits := lookup.hits(rest, _ENTRY_TYPES, limit=3) or lookup.hits(rest, _ENTRY_TYPES, limit=3, min_coverage=_CLAIM_COVERAGE)):
        return None  # "... did the berlin conference take place on 9 november": a claim's other words dilute the entry's
    entry = lookup.item(hits[0].ref)
    if (unmet := _unmet(lookup, entry, rest)) is not None:
        return not_found(f"I have no {_NOUN_SAID.get((match['noun'] or '')[:4], 'source')} on “{rest}”: the nearest entry, "
                         f"{_entry_name(lookup, entry)}, says nothing of {unmet}", suggestions=("sources",))
    cited = [lookup.knowledge.sources[s] for s in source_ids(entry) if s in lookup.knowledge.sources]
    if (match["noun"] or "").startswith(_SEED_NOUNS):  # "which article": the seed articles only
        if not (cited := [s for s in cited if s.seed]):
            return not_found(f"None of the articles says that: the knowledge has {_entry_name(lookup, entry)} from other sources",
                             suggestions=("sources",))
    telling = set(rest.split()) - STOPWORDS - set(normalize(" ".join((getattr(entry, "name", ""), *getattr(entry, "aliases", ())))).split())
    saying = sorted((s for s in cited if telling & set(normalize(f"{s.title} {s.notes or ''}").split())),
                    key=lambda s: -len(telling & set(normalize(f"{s.title} {s.notes or ''}").split())))
    ordered = list(dict.fromkeys([*saying, *[s for s in cited if s.seed], *cited]))  # whose own words say it, the articles, the rest
    if not ordered:
        return None
    name = _entry_name(lookup, entry)
    blocks = tuple(Block("", style="item", heading=_line(s)) for s in ordered)
    if isinstance(entry, Quote):  # "which source says saceur was given the authority": the words it says it in, with their trust
        blocks = (*blocks, quote_block(lookup.knowledge, entry))
    items = item_refs([*ordered, entry])
    return Reply("list", f"{_count(ordered)} for {name}: {_titles(ordered[:3])}", blocks=blocks, items=items,
                 suggestions=("sources",))


def _entry_name(lookup: Lookup, entry) -> str:
    """"the words of Jens Stoltenberg (First annual NATO Cyber Defence Conference)", "Cyber Defence Pledge (NATO Warsaw Summit 2016)"."""
    at = lookup.knowledge.events.get(getattr(entry, "event", None) or "")
    if (speaker := getattr(entry, "speaker", None)) is not None:
        person = lookup.knowledge.people.get(speaker)
        name = f"the words of {person.name if person else speaker}"
    else:
        name = getattr(entry, "name", None) or entry.id
    return f"{name} ({at.name})" if at is not None else name


def _count(sources: list[Source]) -> str:
    return f"{len(sources)} source{'s' if len(sources) != 1 else ''}"


def _titles(sources: list[Source]) -> str:
    return "; ".join(f"“{s.title}” ({s.publisher})" if s.publisher else f"“{s.title}”" for s in sources)


def _line(source: Source) -> str:
    extras = ", ".join(p for p in (source.publisher, str(source.published) if source.published else None) if p)
    note = f" ({extras})" if extras else ""
    return shorten(f"{source.title}{note}" + (f": {source.notes}" if source.notes else ""), 220)


def _unmet(lookup: Lookup, entry, rest: str) -> str | None:
    """The first year or place ``rest`` names that ``entry`` holds nowhere (nor the gathering a quote was said at), or None."""
    years = _YEAR.findall(rest)
    places = places_in(rest)
    if not years and not places:
        return None  # most questions: nothing named to meet
    at = lookup.knowledge.events.get(getattr(entry, "event", None) or "")
    held = set(normalize(" ".join(_held(item) for item in (entry, at) if item is not None)).split())
    for year in years:
        if year not in held:
            return year
    for typed, place in places:
        if held.isdisjoint((typed, *normalize(f"{place.name} {place.country or ''}").split())):
            return place.name
    return None


def _held(item) -> str:
    """The text of ``item``'s fields that may hold a year or a place: names, texts, dates (``str`` of a date holds its year)."""
    values = (getattr(item, name, None) for name in _HOLDING)
    return " ".join(" ".join(map(str, v)) if isinstance(v, tuple) else str(v) for v in values if v)
