"""The ``event`` and ``sources`` commands held to every constraint their argument names, as questions are.

A command's argument names an edition, a place, a year or a series just as a
question does, and the nearest entry is never the answer to one the knowledge
lacks:

    answer_event_named(lookup, "2nd pledge conference", today)   -> London 2019 (the second edition)
    answer_event_named(lookup, "7th pledge conference", today)   -> "I have no seventh Cyber Defence Pledge Conference."
    answer_event_named(lookup, "madrid summit", today)           -> "I have no summit in Madrid." (not Wales)
    answer_event_named(lookup, "pledge conference 2023", today)  -> "I have no Cyber Defence Pledge Conference in 2023."
    answer_event_named(lookup, "latest summit", today)           -> Washington 2024, the most recent up to today
    answer_event_named(lookup, "the rome one", today)            -> Rome 2022 ("one" stands for the event)
    answer_event_named(lookup, "tirana 2024", today)             -> "I have no event in Tirana in 2024." (Tirana 2025 suggested)
    answer_sources_named(lookup, "bucharest summit", today)      -> "I have no summit in Bucharest."
    answer_sources_named(lookup, "1st pledge conf", today)       -> the sources of Paris 2018 (not of the Pledge)
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..command_flags import as_event_words
from ..lookup import Lookup
from ..understanding import Question, guard, understand
from ..unheld_places import without_unheld_place
from .series_edition import answer_edition
from .events import answer_event
from .general import answer_sources
from .named_event import no_such_event
from .sources_by import sources_asked, sources_by
from .timeline import answer_latest


def answer_event_named(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``event <query>``: the edition an ordinal names, the latest of a kind, else the event found, checked against the
    place, year and series named."""
    if not args.strip():
        return answer_event(lookup, args)  # the usage reply
    args = as_event_words(args)  # "event pledge 2023": the pledge conference of 2023, or none
    question = understand(lookup, args, today)  # once: both steps read it
    return _edition_or_latest(lookup, args, today, question) or _checked_event(lookup, args, question, today)


def answer_sources_named(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``sources <entry>``: the sources of the entry named, when it meets the place and year the argument names;
    ``sources from <publisher>``: those it published."""
    if (published := sources_by(lookup, args)) is not None:
        return published  # "sources from nato", "sources reuters"
    question = understand(lookup, args, today) if args.strip() else None
    if question is not None and (meant := _edition_or_latest(lookup, args, today, question)) is not None:
        return answer_sources(lookup, meant.items[0].id) if meant.kind == "answer" and meant.items else meant
    reply = answer_sources(lookup, args)
    if question is not None and reply.items and reply.items[0].type == "event":
        return guard(lookup, reply, question)  # "sources lisbon summit": "I have no summit in Lisbon."
    return without_unheld_place(lookup, args, reply)  # "sources oslo conference": not a Berlin line's


#: Sources asked for in words, by their publisher ("which sources are from nato") or none named ("source?"); routes of
#: ``questions.answer_question`` (those of an entry are ``questions._sources_of``).
SOURCE_ROUTES = (
    (r"(?:which|what|list|show|any) (?:of (?:the|your) )?sources (?:are |were |do you have |have you got )?(?P<rest>(?:from|by|published by) .+)", sources_asked),
    (r"(?:(?:what|which) (?:is|are|s) )?(?:the |any |your |a |got a )?(?:sources?|references?|links?|urls?)(?: (?:to|for) (?:that|this|it|the article))?(?: please| pls)?$",
     lambda lookup, match, today: answer_sources(lookup)),  # "source?", "link?" with no answer before it to point at
)


_LATEST = lazy_pattern(r"^(?:the )?(?:last|latest|most recent|newest|previous)\b")
_ONE = lazy_pattern(r"\b(?:one|ones)\b")


def _edition_or_latest(lookup: Lookup, args: str, today: dt.date, question: Question) -> Reply | None:
    """The reply about the edition an ordinal names ("2nd pledge conference") or the latest of a kind ("last summit"), else None;
    ``question`` is ``understand(lookup, args, today)``."""
    if _LATEST.match(question.text):  # "event latest summit": Washington 2024, not the word "summit" matched
        return answer_latest(lookup, question.text, today)  # "conf" read as "conference"
    if question.mentions.ordinal is not None and (question.mentions.series or question.mentions.loose_series):
        return answer_edition(lookup, question.mentions, None)  # "event 4th cyber defence conference": that edition or none
    return None


def _checked_event(lookup: Lookup, args: str, question: Question, today: dt.date) -> Reply:
    """The event ``args`` names (``question``: it understood), held to its constraints; "the rome one": "one" stands for
    the event, read without it."""
    reply = answer_event(lookup, args)
    if reply.kind == "not_found" and _ONE.search(args) and (bare := _ONE.sub(" ", args).strip()):
        reply = answer_event(lookup, bare)
    if reply.kind == "not_found" and not reply.items and (named := no_such_event(lookup, question.text, today)) is not None:
        return named  # "event tirana 2024": "I have no event in Tirana in 2024", the nearest as suggestions
    return guard(lookup, reply, question)
