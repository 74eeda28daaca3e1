"""The one entry a text names best, for "what is X?" and for a text no route took ("cyber coalition").

    "what is the nicc"        -> the NICC (named outright in its name or aliases)
    "what is cyber shield"    -> an honest miss (``unnamed_things``): no entry has "shield", and "cyber" alone is no name
    "no one stands alone"     -> the quote holding those words (when quotes are asked for)

An entry named outright wins; otherwise the item whose text holds the words, unless the text names something
the knowledge lacks or only mentions (``unnamed_things.unnamed_reply``).
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Quote
from ...reply import Reply
from ..held_names import WHOLLY, holding, unheld
from ..lookup import Lookup
from .. import event_messages, unnamed_messages as say
from ..parts import without_parts
from ..places import AMBIGUOUS, PLACES
from ..phrasing import shorten
from ..quote_pool import quote_holding_phrase
from ..search import normalize
from ..thing_nouns import unmet_noun
from ...reply import ItemRef
from ...patterns import lazy_pattern
from .alliance_topics import alliance_topic_quotes
from .established_by import itself_not_its_decision
from .initiative_itself import itself_not_its_occasion
from .events import answer_events_list, event_reply
from .general import follow_up, not_found, nothing_about
from .initiatives import initiative_reply
from .people import person_reply
from .pledges import pledge_reply
from .quotes import not_misattributed, quote_reply
from .title_holders import titled, titles_reply
from .unnamed_things import BARE_WORDS, NAMED_OUTRIGHT, unnamed_reply
from .when_where import several_fit
from .claim_subjects import DECISION_VERB

ANY_ITEM = ("pledge", "initiative", "event", "person", "quote")
_TYPES = {"Pledge": "pledge", "Initiative": "initiative", "Event": "event", "Person": "person", "Quote": "quote"}


#: "the article says oslo": what an unnamed article is said to say is the question, not the word "article" (Article 5).
_FRAME = lazy_pattern(r"^(?:the|an|that|this|one|some) (?:article|piece|report|story|release|press release|op ed|oped) (?:says?|said|mentions?|mentioned"
                      r"|claims?|claimed|states?|stated|reports?|reported|has|had)(?: that)? (?=\S)")


#: A gathering by a kind and where it was: "the event in estonia", "a gathering in tirana", "the conference in london" (two).
_GATHERING_THERE = lazy_pattern(r"^(?:the |a |an |that )?(?:(?P<kind>conference|summit)|conf|event|gathering|forum|get together|get-together|meeting|do|thing) (?P<at>(?:in|at) \S.*)$")


#: Who made a thing: the entry answering must be that thing, by its name, not one whose text mentions it.
_WHO_MADE = lazy_pattern(r"^who (?:founded|created|set up|established|started|launched|built) (?:the )?(?P<thing>\S.*)$")


def about_anything(lookup: Lookup, text: str, today: dt.date, types: tuple[str, ...] = ANY_ITEM) -> Reply:
    """The one item the text names best, of one of ``types``."""
    text = _FRAME.sub("", text)
    city = _only_a_city(text)  # "tell me about rome": the gathering held there, not a decision whose text says "Rome"
    if (gathering := _GATHERING_THERE.match(f"event in {city}" if city else text)) and AMBIGUOUS.isdisjoint(gathering["at"].split()) and (there := several_fit(lookup, f"{gathering['kind'] or 'event'} {gathering['at']}", today)):  # "the gathering in estonia": the one held
        return event_reply(lookup, there[0]) if len(there) == 1 else answer_events_list(  # there, though no name says "gathering"
            lookup, there, event_messages.several_fit(len(there), shorten(text, 60)))
    named = lookup.named(text, on=today)
    held = titled(lookup, text) if named.role is None else []  # "secretary general": the post's holder today
    if len({person for person, _ in held}) > 1:
        return titles_reply(lookup, held, text)  # "which minister?", "the defence minister?": a title alone names no one of them
    if named.people and not named.rest:
        return person_reply(lookup, named.people[0], others=named.people[1:])
    things = tuple(t for t in types if t != "quote")
    text = without_parts(text) or text  # "the pledge text": the pledge, not an entry whose summary says "text"
    # A thing named outright (in its name or aliases) wins; otherwise the quote holding the words.
    if len(text.removeprefix("nato ").split()) <= BARE_WORDS and (missed := unnamed_reply(lookup, text, "", types, mentioned=len(text.split()) == 1)) is not None:
        return missed  # "cyber shield": not the entries that only share "cyber"; "nato: baltic undersea cable sabotage" too
    if founded := _WHO_MADE.match(text):  # "who founded the ccdcoe": the thing by its name, not an entry that only mentions it
        if (item := lookup.best(founded["thing"], things, min_coverage=NAMED_OUTRIGHT)) is None:
            return nothing_about(lookup, founded["thing"])
    else:
        item = (lookup.best(text, things, min_coverage=NAMED_OUTRIGHT) or _holding_verbatim(lookup, text, types)
                or not_misattributed(lookup.best(text, types), named.people, text))
    if item is None and (plain := DECISION_VERB.sub(" ", text)) != text:  # "was cyber declared a domain": as "recognised"
        item = lookup.best(plain, things)
    if (spoken := alliance_topic_quotes(lookup, text, item)) is not None:
        return spoken  # "what has nato said about china": no decision holds it, its speakers' words do
    if item is None:
        return nothing_about(lookup, text)
    item = itself_not_its_occasion(lookup, itself_not_its_decision(lookup, item, text), text)  # "what is nato s cyber centre": the centre, not the decision to set it up; "... campaign, stoltenberg with ...": the campaign
    if unheld(lookup, normalize(text), item):  # "estonia 2007 cyber attacks": not a line on attacks said in Berlin in 2023
        if (item := holding(lookup, normalize(text), (lookup.item(h.ref) for h in lookup.hits(text, types, limit=10, min_coverage=WHOLLY)))) is None:
            return nothing_about(lookup, text)
    if (noun := unmet_noun(text, (getattr(item, "name", ""), *getattr(item, "aliases", ())), getattr(item, "kind", "") or "", getattr(item, "summary", "") or "")) is not None \
            and not _quote_about(item, noun):  # "who gets the authority to respond under the new concept": a line on the concept
        return not_found(say.no_such_kind(noun, shorten(text, 60)), suggestions=(follow_up(lookup, ItemRef(_TYPES[type(item).__name__], item.id), item),))
    kind = type(item).__name__
    if kind == "Pledge":
        return pledge_reply(lookup, item)
    if kind == "Initiative":
        return initiative_reply(lookup, item)
    if kind == "Event":
        return event_reply(lookup, item)
    if kind == "Person":
        return person_reply(lookup, item)
    return quote_reply(lookup, [item], f"Quote with “{shorten(text, 60)}”")


def _only_a_city(text: str) -> str | None:
    """The city ``text`` is nothing but ("rome", "the hague"), else None: a country may be a theme ("russia")."""
    words = normalize(text).split()
    name = " ".join(words[1:] if words[:1] == ["the"] and " ".join(words[1:]) not in PLACES else words)
    return name if name in PLACES and PLACES[name].is_city and name not in AMBIGUOUS else None


def _holding_verbatim(lookup: Lookup, text: str, types: tuple[str, ...]):
    """The first quote holding ``text`` word for word ("we are all in this": little words the index does not rank by), or None."""
    if "quote" not in types or len(normalize(text).split()) < VERBATIM_LEAST:
        return None
    return quote_holding_phrase(lookup, normalize(text))


VERBATIM_LEAST = 3  # words a text has at least to be looked for word for word


def _quote_about(item, noun: str) -> bool:
    """Whether ``item`` is a quote on ``noun`` (by its topics), which a question may name the way it names an entry."""
    return isinstance(item, Quote) and noun in normalize(" ".join(item.topics)).split()
