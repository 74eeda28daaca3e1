"""The answering core: ``Engine(knowledge)`` parses text and answers commands and questions.

Built once per knowledge load (the search index is made here) and only read
afterwards. Pure: no I/O, no clock (``today`` is passed in), nothing logged
above DEBUG.

    >>> engine = Engine(load_knowledge(path))
    >>> engine.answer(engine.parse("who co-hosted the 2024 pledge conference?"), today=date(2026, 1, 5)).title
    'NATO Cyber Defence Pledge Conference 2024 was hosted by the Netherlands and Romania'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..errors import MisspeltCommand
from ..knowledge.model import Knowledge
from ..patterns import lazy_pattern
from ..reply import ItemRef, Reply
from ..request import Request
from .ask_again import ask_again, asked_after_miss, asked_of, without_exists_tail
from .before_or_after import before_or_after
from .else_decided import else_decided, sets_aside_there
from .raised_there import raised_there
from .thing_itself import the_thing_itself
from .year_shift import year_shifted
from .they_allies import they_as_allies
from .emphatic_self import without_emphatic_self
from .sole_host import sole_host_typed
from .bare_checks import bare_check
from .use_checks import use_check
from .completion import Choice, complete
from .asides import drop_asides
from .capacity_asked import capacity_asked
from .ago_asks import ago_asked
from .announced_follow_up import announced_asked
from .kind_pointer import kind_as_subject
from .time_from_last import time_from_last
from .bare_asks import ask_about, bare_ask, quote_asked, they_said
from .follow_ups import follow_up, other_edition, points_back
from .repairs import meant_instead
from .article_follow_ups import article_asked
from .sources_asked import pointed_sources, sources_asked
from .list_picks import picked_from_list
from .lookup import Lookup
from .more_asked import more_asked
from .another_quote import another_quote, other_line_there
from .own_antecedent import names_its_own, points_past_the_person
from .named_then_asked import named_first
from .neighbour_edition import neighbour_asked
from .other_languages import read_in_english
from .one_of_them import one_of_them, said_there
from .of_those import of_those
from .those_named import those_named
from .spelling import correct_spelling
from .ordinal_follow_up import edition_by_ordinal
from .parse import Command, parse
from .place_as_there import as_there
from .year_pointed import with_year_pointed
from .party_follow_ups import party_asked
from .same_speech import same_speech
from .rest_of_line import rest_of_line
from .quote_word_asks import word_of_quote
from .series_one_asks import gap_of_series, one_of_series
from .in_between import one_in_between
from .then_asked import at_that_time
from .place_within import within_its_city
from .quote_day import quote_day
from .verb_first import verb_first_ask
from .who_else import who_else
from .search import SearchIndex, normalize

__all__ = ["Choice", "Engine"]


_POINTERS = frozenset(("it", "that", "them", "this"))
_PERSON_NOUNS = frozenset("lady gentleman man woman fellow chap guy bloke".split())  # most messages: one set test, no pattern
_SELF_DESCRIBED = lazy_pattern(r"\b(?:the|that|this) (?:[a-z]+ (?:lady|gentleman|man|woman|fellow|chap|guy|bloke)|(?:lady|gentleman|man|woman|fellow|chap|guy|bloke) from [a-z]+)\b.*\b(?:he|she|his|her|him)\b")
#: After a quote, a whole question of its gathering's host ("and what did the dutch co-host say?"), not of a role ("the nato chief").
_HOST_ASKED = lazy_pattern(r"(?=.*\b(?:what|who|when|where|which|how|did|does|was|is)\b).*\bthe \w+ (?:co host|cohost|host)\b")


class Engine:
    """Parses and answers against one knowledge load; build a new one to reload."""

    def __init__(self, knowledge: Knowledge, index_later: Callable[[], SearchIndex] | None = None):
        """``index_later``: the search index, built elsewhere meanwhile (``awaited_index``); else built here."""
        self.knowledge = knowledge
        self.lookup = Lookup(knowledge, index_later)
        self._parsed: tuple[str, object, Command] | None = None  # the last text parsed: a request parses its text twice

    def warm(self) -> None:
        """Build now what the first question would otherwise build: the typo index, the day indexes, the articles' indexes."""
        from ..digests.content import day_index
        from .described_by_text import event_words
        from .described_events import host_names, own_place, venues
        from .described_people import role_words
        from .described_initiatives import by_kind
        from .initials import build_initials
        from .nicknames import build_nicknames
        from .sound_alike import build_sound_keys
        from .autocorrected import build_slip_names
        from .topics.article_checks import notes_index
        from .topics.article_scope import article_index
        from .topics.cohosted import cohosted_events, host_countries
        from .topics.established_by import initiatives_set_up
        from .topics.repeat_speakers import repeat_speakers
        from .topics.day_asks import naming_words
        from .topics.days import build_day_indexes
        from .topics.original_wording import translated_quotes
        from .topics.period_events import start_days
        from .topics.sizes import sized_events
        from .topics.theme_quotes import written_lines
        from .topics.topic_asks import initiative_words
        from .topics.written_words import build_texts
        from .seed_numbers import seed_articles
        from .topics.held_online import virtual_events
        from .topics.pictures import pictured_events
        from .acronyms import acronyms
        from .pattern_words import pattern_words
        from .unnamed import entry_words

        day_index(self.knowledge)
        build_day_indexes(self.lookup)
        initiative_words(self.lookup)
        cohosted_events(self.lookup)
        initiatives_set_up(self.lookup)
        repeat_speakers(self.lookup)
        host_countries(self.lookup)
        sized_events(self.lookup)
        naming_words(self.lookup)
        build_initials(self.lookup)
        build_nicknames(self.lookup)
        venues(self.lookup)  # the venues' words, for "the one at lancaster house"
        event_words(self.lookup)  # the events' own words, for "the conference that got postponed"
        host_names(self.lookup)
        own_place(self.lookup, [], 0)
        role_words(self.lookup)
        by_kind(self.lookup)
        build_texts(self.lookup)
        entry_words(self.lookup)
        translated_quotes(self.lookup)
        seed_articles(self.lookup)  # "the quote in seed 001": the article's name
        pictured_events(self.lookup)
        acronyms(self.lookup)  # a message in capitals keeps the knowledge's acronyms (``typed_form``)
        virtual_events(self.lookup)
        start_days(self.lookup)
        written_lines(self.lookup)  # the op-eds' and pledges' words, for "a line about money"
        pattern_words()  # the steps' own words, a swapped-letter typo's targets (``spelling.transposed``)
        notes_index(self.lookup)  # the articles' notes and what cites each article: ~0.1 s at 100,000 quotes,
        article_index(self.lookup)  # seconds had they read every quote's words (they read only the notes and ids)
        build_sound_keys(self.lookup)  # last, with what reads the index: it may still be on its way (``awaited_index``),
        build_slip_names(self.lookup)  # and everything above is built meanwhile
        self.lookup.index.vocabulary.build()

    def counts(self) -> dict[str, int]:
        """How many of each kind of entry the knowledge holds: ``{"events": 17, ...}``."""
        return self.knowledge.counts()

    def parse(self, text: str) -> Command:
        """Text -> Command; raises UsageError for a misspelt command ("qoute rutte").

        The last text parsed is remembered (``follow_up`` and then ``Bot`` parse the same text in one request);
        a raise is not."""
        vocabulary = self.lookup.index.vocabulary
        if (last := self._parsed) is not None and last[0] == text and last[1] is vocabulary:
            return last[2]
        command = parse(text, vocabulary=vocabulary)
        self._parsed = (text, vocabulary, command)
        return command

    def _is_command(self, text: str) -> bool:
        """Whether ``text`` is a command, or a near miss of one ("qoute rutte"), which is never a follow-up; "who set it
        up" points back ("it"), so it is no ``who`` command about someone called "set it up"; nor is "quote?" (theirs)."""
        try:
            command = self.parse(text)
        except MisspeltCommand:
            return True
        return command.name is not None and not (command.name == "who" and not _POINTERS.isdisjoint(command.args.split())) and not quote_asked(command, text)

    def _is_who(self, text: str) -> bool:
        """Whether ``text`` is the ``who`` command (a misspelt command is none: "qoute rutte" gets its "did you mean")."""
        try:
            return self.parse(text).name == "who"
        except MisspeltCommand:
            return False

    def follow_up(self, text: str, subject: ItemRef | None, today: dt.date, people: tuple[ItemRef, ...] = (), title: str = "",
                  asked: str = "", listed: tuple[ItemRef, ...] = (), more: str = "") -> str | None:
        """A question that points back ("who hosted it?") with ``subject`` in place of the pointer, or None; "he" or "she"
        after an answer about an event is one of the ``people`` that answer named (those its ``title`` names first);
        "and the 2024 one?" is the last question ``asked``, of 2024; after an honest miss (no ``subject``), only that;
        "anything else?" runs ``more``, the command showing what the last answer left out."""
        if (meant := meant_instead(text, asked, lambda meant: self.follow_up(meant, subject, today, people, title, asked, listed, more))):
            return meant  # "no, the 2014 one", "not that, the romanian one", "i typed 2021, meant 2019": what is meant, followed up
        if not sets_aside_there(text) and names_its_own(text, self.lookup) or points_past_the_person(text, subject):
            return None  # "the rome article skips the hosts. who organised it?": "it" is what the message names
        text = ago_asked(without_exists_tail(sole_host_typed(without_emphatic_self(read_in_english(drop_asides(text), normalize(text).split())))))  # "und wo war sie?": "and where was it?"; "albania itself": albania
        if not _PERSON_NOUNS.isdisjoint(words := normalize(text).split()) and _SELF_DESCRIBED.search(" ".join(words)):
            return None  # "the italian gentleman, what did he say?": "he" is the one the message describes, not the last answer's
        if (dated := with_year_pointed(self.lookup, text, subject)) != text:
            return dated  # "and the conference in london later that year": in the last entry's year, a question of its own
        if (itself := the_thing_itself(self.lookup, text, subject, asked)) is not None:
            return itself  # "and the summit itself?" after its announcement: the summit
        if (raised := raised_there(self.lookup, text, subject)) is not None:
            return raised  # "who brought that up in berlin", after a decision: its lines said there
        if (decided := else_decided(self.lookup, text, subject)) is not None:
            return decided  # "what else did they decide there", after the pledge: past it, at the summit it was agreed at
        text = they_as_allies(text, subject.type if subject else None)  # "when did they sign off on it", after the pledge: the Allies
        if subject is not None and subject.type == "event":  # "where in london exactly was it held", after london 2019: where in it
            text = within_its_city(text, getattr(self.lookup.item(subject), "city", None))
        if subject is not None and (day := quote_day(self.lookup, text, subject)) is not None:
            return day  # "what day of the week was it?" after a quote: the day its speaker spoke there
        if subject is not None and (compared := before_or_after(text, getattr(self.lookup.item(subject), "name", None))):
            return compared  # "was that before or after the london one": which came first, the last entry or that one
        if (counted := kind_as_subject(self.lookup, text, subject) or time_from_last(self.lookup, text, subject, people, title)) is not None:
            return counted  # "how many days from the last summit day to ...": the summit just talked about; "and days until the london one?"
        if (other := another_quote(self.lookup, text, subject) or other_line_there(self.lookup, text, subject)) is not None:
            return other  # "another one" after a quote: the next of the quotes drawn, not the same line again
        if (rest := more_asked(self.lookup, text, more, subject, asked)) is not None:
            return rest
        if (sources := pointed_sources(text, subject)) is not None:
            return sources  # "sources for that line?": a command's words, pointing back
        if (article := article_asked(self.lookup, text, subject)) is not None:
            return article  # "and when was it published?" after an article: asked of it, by its title
        if (announced := announced_asked(self.lookup, text, subject)) is not None:
            return announced  # "on which day he announced it?" after the summit: its announcement; "who announced the dates": not the command "who"
        text = as_there(self.lookup, text, subject)  # "and was he actually in tirana", after tirana's speakers: there
        if self._is_command(text):
            mended = correct_spelling(self.lookup, text) if subject is not None and self._is_who(text) else text
            if mended == text or self._is_command(mended):
                return None  # a command is never a follow-up; "who claimd responsibility" mended first: not the command "who"
            text = mended
        if not listed and (edition := edition_by_ordinal(self.lookup, text, subject, asked)) is not None:
            return edition  # "2nd one?" after "first pledge conf where": that edition of the series
        if (picked := picked_from_list(self.lookup, text, listed or people)) is not None:  # "tell me more about the second one",
            return picked  # "the last one, is it verified?"
        if (narrowed := of_those(self.lookup, normalize(text), listed) or one_in_between(text, asked)) is not None:
            return narrowed  # "which of those were before 2020?" after the pledge conferences: asked of that series
        if (first := named_first(text)) != text:  # "the pledge itself, which day was it issued": "it" is named in the message;
            return self.follow_up(first, subject, today, people, title, asked) if "there" in normalize(first).split() else None  # "what about rutte, did he speak there too": "there" still points back
        if subject is None:  # "who was sg at the wales summit?" missed: "and at vilnius?" asks it again; "who spoke there": its place
            return asked_after_miss(self.lookup, text, asked, today)
        if (capacity := capacity_asked(self.lookup, text, subject, people, title)) is not None:
            return capacity  # "and in what capacity?" after who opened the hague conference: the one named, there
        if (words_of := word_of_quote(self.lookup, text, subject)) is not None:
            return words_of  # "what mistake exactly?" after a quote: that quote, whole, with who said it where
        if (check := bare_check(text, subject) or use_check(text, subject)) is not None:  # "legit?", "safe to attribute to her?"
            return follow_up(self.lookup, check, subject, today, people, title)
        if (sources := sources_asked(text, subject)) is not None:  # "where is that from?": the sources of the last entry
            return sources
        if (one := one_of_them(self.lookup, text, subject, people, today)) is not None and ((again := ask_again(
                self.lookup, one, asked, today) or ask_again(self.lookup, one, said_there(self.lookup, subject), today)) is not None
                or subject.type != "quote" or _HOST_ASKED.match(normalize(text))):  # "what did the romanian one say?"
            return again or one  # "and the dutch minister?" after what the romanian one said: the last question, of her
        if (others := who_else(self.lookup, text, subject, people, title)) is not None:  # "who else spoke?": besides them
            return others
        if (turned := verb_first_ask(text, subject.type == "person")) is not None:  # "agreed at which summit": "at which summit was it agreed"
            return follow_up(self.lookup, turned, subject, today, people, title)
        if (said := they_said(self.lookup, text, subject)) is not None:  # "what did they say?" after an event: its quotes
            return said
        if bare_ask(text):  # "and who spoke?": the ask, about the last event
            return ask_about(self.lookup, text, subject)
        if (party := party_asked(self.lookup, text, subject)) is not None:  # "ok and who from nato spoke": at the last event
            return party
        if (one := one_of_series(self.lookup, text, subject) or gap_of_series(self.lookup, text, subject)) is not None:  # "why wasn't there one in 2020", "which year was skipped": of that series
            return one
        if (shifted := year_shifted(self.lookup, text, subject, asked, today)) is not None:  # "and 2 yrs before that?": of that year
            return shifted
        if (again := ask_again(self.lookup, text, asked, today)) is not None:  # "and the year after?", "what about rutte?"
            return again
        if (edition := other_edition(self.lookup, text, subject)) is not None:  # "and the 2025 one?", "same for 2024"
            return asked_of(edition, text, asked)  # asked as the last question was: "when was <that edition>"
        if (edition := neighbour_asked(self.lookup, text, subject)) is not None:  # "and the edition before that, who hosted?"
            return edition
        if (other := same_speech(self.lookup, text, subject) or rest_of_line(self.lookup, text, subject)) is not None:  # "the other quote from that speech, about X"
            return other
        if (named := those_named(self.lookup, normalize(text), subject)) is not None:
            return named  # "which countries were those content creators from": the creators of the last event
        pointed = follow_up(self.lookup, text, subject, today, people, title) if points_back(text) else None
        return at_that_time(self.lookup, pointed or text, subject) or pointed  # "was he sg back then": at that event's time

    def answer(self, command: Command, *, today: dt.date, request: Request | None = None) -> Reply:
        """The reply to one parsed command or question, with no running bot (benchmarks, tests).

        Goes through the registry's handlers like ``Bot.handle``, without a caller
        check, a memo or a bot: ``reload`` and the digest store are not reachable here.
        """
        from ..commands import find_command
        from ..handlers import Call, answer

        spec = find_command(command.name) if command.name else None
        now = dt.datetime.combine(today, dt.time(12), tzinfo=dt.timezone.utc)
        return answer(Call(command, request or Request(command.text), now, today, self), spec.handler if spec else None)

    def complete(self, kind: str, prefix: str, limit: int = 25) -> list[Choice]:
        """Autocomplete choices (label ≤ 100 characters, value an id or topic) for an argument kind."""
        return complete(self.lookup, kind, prefix, limit)

