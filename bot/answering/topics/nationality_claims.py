"""A claim of a person's nationality, or of the country they stood for: "odobescu is dutch, right?", "was ollongren a romanian
official?", "odobescu represented bulgaria at the hague".

    "luminita odobescu was a dutch official, right"  -> No: Luminița Odobescu is Foreign Minister of Romania
    "is ollongren dutch"                              -> Yes: Kajsa Ollongren is Minister of Defence of the Netherlands

The country is read from the titles of the person's roles ("Foreign Minister of Romania", "German Federal Foreign
Minister"); a person whose titles name no country gets the card alone, with no yes or no, when their summary names the country
claimed, else the honest miss that the knowledge does not record it. The country claimed is never
read as the place of an event ("dutch" is not The Hague conference). Only a claim made of a demonym or country and a few
words for a person or post is this kind; a post named ("latvian prime minister") must be in a title of theirs in that country.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Person
from ...reply import Reply
from .. import check_messages
from ..lookup import Lookup
from ...patterns import lazy_pattern
from ..phrasing import join_words
from ..places import PLACES, places_in
from ..search import normalize
from .claim_people import Findings
from .people import person_reply

#: Words a nationality claim may hold beside its country: "was a dutch official", "is from romania".
#: Words of a post a nationality claim may name, checked against the person's titles: "latvian prime minister".
_POST_WORDS = frozenset("prime foreign defence defense president chancellor ambassador secretary general deputy vice head state "
                        "armed forces affairs".split())
_SPELLINGS = {"defence": "defense", "defense": "defence"}
_PERSON_WORDS = frozenset("is was are were a an the from of national citizen official officials politician diplomat person guy man woman lady "
                          "representative delegate minister really actually originally born right correct or herself himself themselves".split())


def nationality_claim(lookup: Lookup, person: Person, predicate: str, negated: bool) -> Reply | None:
    """The reply to a claim that ``person`` is of a country (``predicate``: the words after the name), or None."""
    found_places = places_in(predicate)
    claimed = {place.country for _, place in found_places if not place.is_city}
    if not claimed or len(claimed) != len(found_places):
        return None
    rest = set(normalize(predicate).split())
    for words, _ in found_places:
        rest -= set(words.split())
    post = rest - _PERSON_WORDS
    if not post <= _POST_WORDS:
        return None  # "at the dutch conference": an event
    titles = [role.title for role in person.roles]
    countries = {place.country for title in titles for _, place in places_in(normalize(title))}
    reply = person_reply(lookup, person)
    if not countries:  # "NATO Secretary General": the titles do not say; the summary may ("a Romanian diplomat")
        said = {place.country for _, place in places_in(normalize(person.summary or ""))}
        return reply if said & claimed else replace(reply, kind="not_found", title=check_messages.nationality_unrecorded(person.name))
    # "latvian prime minister": a role of theirs in that country whose title holds the words of the post named
    holds = any({p.country for _, p in places_in(normalize(role.title))} & claimed and post <= _words_of(role) for role in person.roles)
    fact = check_messages.holds_titles(person.name, join_words(titles))
    if len(claimed) > 1 and "or" in rest:  # "is kallas latvian or estonian": the one that holds
        there = sorted(claimed & countries)
        return replace(reply, title=check_messages.either_holds(there[0] if len(there) == 1 else None, fact))
    found = Findings()
    found.add(holds and claimed <= countries, fact)
    return found.lead(reply, negated)


def _words_of(role) -> set[str]:
    words = set(normalize(" ".join((role.title, *role.aliases))).split())
    return words | {_SPELLINGS.get(w, w) for w in words}


_ASKING = frozenset("is was are were".split())
_ASKS_OTHER = frozenset("what when where which how why whose did does do has have".split())
_WH = frozenset("what which who whom whose when where why how".split())


def answer_nationality(lookup: Lookup, question: str, today) -> Reply | None:
    """"is ollongren romanian?", "Luminita Odobescu - dutch official?": a person named, then a country or demonym
    (with a word for a post at most), asked without a claim's verb. None for any other question."""
    words = question.split()
    if words[:1] in (["where"], ["what"], ["which"]) and (origin := _ORIGIN_ASKED.match(question)):
        return _origin(lookup, origin["who"] or origin["of"] or origin["whose"], today)  # "where is stanica from", "what nationality is geoana"
    if not words or words[0] in _ASKS_OTHER | _WH or not any(w in PLACES for w in words):
        return None  # "what did odobescu say there, the romanian minister": what she said
    start = 1 if words[0] in _ASKING else 0
    at = next((n for n, (w, nxt) in enumerate(zip(words, [*words[1:], ""])) if n > start and (w in PLACES or f"{w} {nxt}" in PLACES)), None)
    if at is None:
        return None
    who = [w for w in words[start:at] if w not in ("a", "an", "the")]
    if not _ABOUT.isdisjoint(who):
        return None  # "rutte on iran": what he said about it, not his nationality
    named = lookup.named(" ".join(who), on=today) if who else None
    if named is None or len(named.people) != 1 or named.role or named.rest or named.unknown:
        return None
    return nationality_claim(lookup, named.people[0], " ".join(words[at:]), negated=False)


_ABOUT = frozenset("on re about regarding".split())
#: "where is roxana stanica from", "what nationality is ollongren", "which country is geoana from": the country asked, no claim.
_ORIGIN_ASKED = lazy_pattern(r"^(?:where (?:is|was|does) (?P<who>[a-z]+(?: [a-z]+){0,2}?) (?:from|come from|hail from|originally from)"
                             r"|what (?:nationality|country) (?:is|was) (?P<of>[a-z]+(?: [a-z]+){0,2}?)(?: from)?"
                             r"|which country (?:is|was|does) (?P<whose>[a-z]+(?: [a-z]+){0,2}?) (?:from|come from))$")


def _origin(lookup: Lookup, who_asked: str, today) -> Reply | None:
    named = lookup.named(who_asked, on=today)
    if len(named.people) != 1 or named.role or named.rest or named.unknown:
        return None
    person = named.people[0]
    titles = [role.title for role in person.roles if places_in(normalize(role.title))]
    reply = person_reply(lookup, person)
    if not titles:
        return replace(reply, kind="not_found", title=check_messages.nationality_unrecorded(person.name))
    return replace(reply, title=check_messages.holds_titles(person.name, join_words(titles)))


#: "odobescu represented bulgaria at the hague", "was there on behalf of belgium": a country someone is claimed to stand for.
_REPRESENTED = lazy_pattern(r"\b(?:represented|represents|represent|representing|on behalf of|spoke for|speaking for|attended for)\s+(?:the )?(?P<country>[a-z]+(?: [a-z]+)?)")


def represented_claim(lookup: Lookup, person: Person, predicate: str, negated: bool) -> Reply | None:
    """"odobescu represented bulgaria at the hague": No, the country her titles name; None when no country is claimed
    or her titles name none (then the event the claim names is checked as any other)."""
    if "represent" not in predicate and " for " not in predicate and "behalf" not in predicate or not (said := _REPRESENTED.search(predicate)):
        return None
    claimed = {place.country for _, place in places_in(said["country"]) if not place.is_city}
    countries = {place.country for role in person.roles for _, place in places_in(normalize(role.title))}
    if not claimed or not countries:
        return None
    found = Findings()
    found.add(claimed <= countries, check_messages.holds_titles(person.name, join_words([role.title for role in person.roles])))
    return found.lead(person_reply(lookup, person), negated)
