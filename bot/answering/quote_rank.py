"""Ranking a speaker's quotes by the words of a question: "what did rutte say about investment".

A word counts when a quote holds it or its typo's correction and, for a topic (not
words someone is claimed to have said), any of the knowledge's other forms of it
("recommitting" ~ "recommit", "threats" ~ "threat"), each topic word once;
ties keep file order, then the closer wording first.
"""

from __future__ import annotations

import datetime as dt

from rapidfuzz import fuzz

from ..knowledge.model import Event, Quote
from .inflections import base_of
from .lookup import Lookup
from .mentions import find_series
from .phrasing import trust_rank
from .places import HAPPENING_THERE, PLACES
from .quote_match import COMMON_WORDS
from .quote_pool import quotes_sharing
from .search import normalize, tokens

#: What a line asked for should be like, not what it is about: "her key quote", "his best line".
LINE_LIKES = frozenset("key main best top headline big favourite favorite quotable memorable usable good great strongest".split())
#: What form of a line is asked for, not what it is about: "the original english of his china quote" (a reply shows both);
#: "stoltenberg rome speech full quote" (a reply shows all of it).
LINE_FORMS = frozenset("original originally english wording phrasing verbatim exact actual precise untranslated full whole complete entire".split())
#: Words of a keyword query asking for every quote, not for quotes on a topic: "stoltenberg quotes list".
EVERY_ONE = frozenset("list all every full complete entire whole listing please pls".split())
FORM_LEAST = 5  # letters the shorter of two forms of a word has at least ("commit" ~ "committing", not "use" ~ "used")


def of_the_day(quotes: list[Quote], today: dt.date) -> Quote:
    """One quote, the same all day: rotated among the best-attested ones (verified words before translations)."""
    best = min(trust_rank(q) for q in quotes)
    pool = [q for q in quotes if trust_rank(q) == best]
    return pool[today.toordinal() % len(pool)]


def rank_quotes(lookup: Lookup, quotes: list[Quote], words: str, *, topics: bool = True, least: float = 0.5) -> list[Quote]:
    """The quotes that hold ``words`` (or, with ``topics``, carry them as a topic), best first; ties keep file order."""
    return [q for _, q in scored_quotes(lookup, quotes, words, topics=topics, least=least)]


def scored_quotes(lookup: Lookup, quotes: list[Quote] | None, words: str, *, topics: bool, least: float) -> list[tuple[float, Quote]]:
    """(share of the words held, quote) for the quotes holding at least ``least`` of ``words``, best first;
    ``quotes`` None: of every quote (those the index finds holding enough of the words, ``quote_pool``)."""
    query, groups, unknown, grouped, places = [], [], [], [], 0
    for token in tokens(normalize(words)):
        expanded = lookup.index.expand(token)
        query.extend(expanded or (() if topics else (base_of(token, lookup.index.vocabulary.__contains__) or token,)))  # claimed words nobody knows: not
        # held; a form of a word the knowledge has, that word ("recommitting": recommit)
        if topics and (group := {*expanded, *_forms(lookup, token), *_ALSO.get(token, ())}):
            groups.append(group)  # a topic word is held in any of its forms: "threats" by "threat"
            grouped.append(token)
        elif topics and token not in COMMON_WORDS:
            unknown.append(set())
            places += token in PLACES
    if places and grouped and COMMON_WORDS.issuperset(grouped):  # "iran cyber": a country no quote names, beside the subject's own
        groups = unknown  # words, which every line holds
    elif len(unknown) >= 2:  # "quantum encryption standards": a topic no quote holds, not the one word some line does
        groups += unknown
    if not query and not groups:
        return []
    if quotes is None:
        quotes = quotes_sharing(lookup, groups if topics else [(w,) for w in query], least)
    scored = []
    for n, quote in enumerate(quotes):
        text = normalize(" ".join((quote.text, *quote.topics)) if topics else quote.text)
        words = set(text.split())
        held = sum(not words.isdisjoint(g) for g in groups) / len(groups) if topics else sum(w in words for w in query) / len(query)
        if held >= least:
            ratio = fuzz.token_set_ratio(" ".join(query or sorted(set().union(*groups))), text, processor=None)
            scored.append((-held, -ratio, quote.variant_of is not None, n, quote))  # a sub-heading's wording after the body's
    return [(-held, q) for held, *_, q in sorted(scored)]


#: How alike two quotes' words are at least to be one line reported twice (an article's sub-heading and its body).
VARIANT_LEAST = 90


def with_variants(ranked: list[Quote]) -> list[Quote]:
    """The best of ``ranked`` and any other wording of that same line by the same speaker at the same time, next to it:
    neither wording is shown as the only one."""
    best = ranked[0]
    return [best, *(q for q in ranked[1:] if (q.speaker, q.event, q.said) == (best.speaker, best.event, best.said)
                    and fuzz.ratio(normalize(q.text), normalize(best.text), processor=None) >= VARIANT_LEAST)]


#: Words people use for what the quotes' topics name another way: "what hostile activities did rutte list" is about threats.
_ALSO = {w: ("threat", "threats", "attacks") for w in "hostile malicious menace menaces danger dangers risk risks adversarial".split()} | {
    w: ("call",) for w in "urge urged urging appeal appealed appealing".split()} | {  # "what did he urge allies to do": his call
    w: ("investment", "invest", "investing", "spending", "spend", "money") for w in "money funding funds financing finance budget budgets".split()} | {
    w: ("recommit",) for w in "renew renewed renewing renewal reaffirm reaffirmed reaffirming recommitment recommiting".split()} | {  # "asked them to renew their commitment"
    w: ("dependence", "relying", "dependent") for w in "depend depends depending dependent dependency dependencies reliance reliant rely relied relies relying".split()}


def _forms(lookup: Lookup, token: str) -> tuple[str, ...]:
    """The knowledge's other forms of a word: "recommitting" -> ("recommit",), "threats" -> ("threat", "threats")."""
    vocabulary = lookup.index.vocabulary
    stems = tuple(stem for suffix in _SUFFIXES if token.endswith(suffix) and len(stem := token[: -len(suffix)]) >= 3 and stem in vocabulary)
    if len(token) <= FORM_LEAST:  # "spying" ~ "spy", "hacked" ~ "hack": a short stem the knowledge holds as a word;
        grown = tuple(f"{token}{x}" for x in ("ing", "s") if len(token) >= 4 and f"{token}{x}" in vocabulary)  # "work" ~ "working"
        return stems + grown
    root = next((token[: -len(x)] for x in _SUFFIXES if token.endswith(x) and len(token) - len(x) >= FORM_LEAST + 1), token)
    return stems + tuple(w for w in vocabulary.completions(token[:FORM_LEAST], limit=50)  # "exporting" ~ "exports"
                         if len(w) >= FORM_LEAST and (token.startswith(w) or w.startswith(root) and w[len(root):] in _INFLECTIONS))


_SUFFIXES = ("ing", "ed", "es", "s")
#: What may follow a word's root in another form of it: "exports" ~ "exporting", not "physics" ~ "physical".
_INFLECTIONS = frozenset(("", "e", "s", "es", "d", "ed", "ing", "er", "ers", "or", "ors", "ly", "ment", "ments"))


def held_in(event: Event, place: str) -> bool:
    """Whether ``event`` can be the one "in <place>" names: a place named only by countries must hold its country
    ("in ukraine" names no conference the text of one mentions), a series named must be its ("the 2025 pledge conference")."""
    if (series := find_series(normalize(place))) and normalize(series) != normalize(event.series or ""):
        return False
    places = [PLACES[w] for w in normalize(place).split() if w in PLACES]
    if cities := [p for p in places if p.is_city]:  # "the munich security conference": never the one in london
        return any(f" {normalize(p.name)} " in f" {normalize(event.city or '')} " for p in cities)
    if not places or len(places) < len(normalize(place).split()):
        return True  # words that are more than a country ("the pledge conference in estonia")
    return any(normalize(p.country) == normalize(event.country or "") for p in places)


#: Words that make "in <words>" where something was said: an event, a speech, a year ("in his tirana address", "in 2023").
SETTING_WORDS = frozenset("conference conferences summit summits pledge meeting event address speech remarks article op ed piece video message "
                          "statement talk appearance intervention recording session "
                          "interview panel opening keynote annual nato".split())


def names_a_setting(words: str) -> bool:
    """Whether "in <words>" says where or when words were said, not what about ("in cyberspace", "in practice",
    "during the war in ukraine")."""
    named = normalize(words).split()
    if named[:1] == ["the"]:
        named = named[1:]
    return not (named[:1] and named[0] in HAPPENING_THERE) and any(w in PLACES or w in SETTING_WORDS or w[:1].isdigit() for w in named)


_AROUND_SETTING = frozenset("the a an nato cyber defence defense annual first at in from during of s".split())


def setting_then_topic(words) -> str:
    """A role's quote asked with a city and a topic in any order ("sg china berlin") -> "in berlin about china"; the
    words as they are when they hold no city or nothing else."""
    cities = [w for w in words if w in PLACES and PLACES[w].is_city]
    topic = [w for w in words if w not in cities and w not in LINE_FORMS and w not in LINE_LIKES and w not in SETTING_WORDS and w not in _AROUND_SETTING]
    return f"in {' '.join(cities)} about {' '.join(topic)}" if cities and topic else " ".join(words)
