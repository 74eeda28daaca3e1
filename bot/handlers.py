"""One handler per registry command: ``handler(call) -> Reply``.

``bot.commands`` names each command's handler; ``Bot.handle`` has already
parsed the text, checked the caller's permission and read the clock when it
calls one. Handlers are thin: they pick the arguments out of the ``Call`` and
hand them to the answering code (``bot.answering.topics``), the digest service
or the bot's reload. They never check permissions and never do platform I/O.

    @handles("quote")
    def quote(call: Call) -> Reply:
        return answer_quote(call.engine.lookup, call.command.args, call.today)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from .answering import messages
from .answering.asides import drop_asides
from .answering.emphatic_self import without_emphatic_self
from .answering.companions import others_first
from .answering.written_questions import as_plainly_asked
from .answering.fitting import fit_reply
from .answering.cyber_scope import without_cyber_scope
from .answering.outcome_tails import without_outcome_tail
from .answering.other_owner import answered_as_nato
from .answering.gap_fills import as_gap_fill
from .answering.mentioned_thing import without_where_mentioned
from .answering.call_words import words_of_call
from .answering.mentions import day_only, names_a_day, strip_day_filler
from .answering.parse import Command, is_who_question, month_first, parse_date
from .answering.relative_time import with_years
from .answering.rest_of_line import with_rest_of_line
from .answering.answer_to_critics import with_answer_after
from .answering.list_order import in_the_order_asked
from .answering.line_context import with_line_before
from .answering.topics.day_asks import anniversary_asked
from .answering.topics.all_but import answer_all_but
from .answering.topics.events import answer_events
from .answering.topics.period_events import answer_period
from .answering.topics.period_pledges import answer_period_pledges
from .answering.public_figures import without_unheld_figure
from .answering.threat_names import without_unheld_threat
from .answering.exercise_names import without_unheld_exercise
from .answering.unheld_places import without_unheld_place
from .answering.search import normalize
from .answering.spelling import mended_words
from .answering.topics.general import answer_about, answer_help, answer_search
from .answering.topics.held_commands import answer_event_named, answer_sources_named
from .answering.topics.people import answer_who
from .answering.topics.place_filter import answer_events_at
from .answering.topics.series_filter import series_filter
from .answering.topics.pledges import answer_pledge, answer_pledges_named
from .answering.topics.questions import answer_question
from .answering.topics.quotes import answer_quote, answer_quotes
from .answering.topics.said_then import said_within
from .answering.topics.topic_quotes import answer_topic_quotes
from .answering.topics.year_quotes import answer_year_quotes
from .answering.topics.timeline import answer_on_day, digest_preview
from .commands import find_command
from .errors import UsageError
from .patterns import lazy_pattern
from .reply import Block, Reply
from .request import Request
from .safe_values import day_after

if TYPE_CHECKING:
    from .answering.engine import Engine
    from .service import Bot


class Call(NamedTuple):
    """One command to answer: what was asked, by whom, when, against which knowledge.

    ``bot`` is the running ``Bot`` (reload, the digest service), or None when an
    ``Engine`` answers on its own (benchmarks): then there is nothing to reload
    and no subscription store.
    """

    command: Command
    request: Request
    now: dt.datetime
    today: dt.date  # the caller's date
    engine: Engine
    bot: Bot | None = None


Handler = Callable[[Call], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(name: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler the registry calls ``name``."""

    def register(handler: Handler) -> Handler:
        if name in HANDLERS:
            msg = f"two handlers named {name!r}"
            raise ValueError(msg)
        HANDLERS[name] = handler
        return handler

    return register


def answer(call: Call, handler_name: str | None) -> Reply:
    """The handler's reply; a question (no handler name) goes to the question answerer."""
    if handler_name is None:
        text = as_gap_fill(without_outcome_tail(without_cyber_scope(without_where_mentioned(words_of_call(as_plainly_asked(without_emphatic_self(drop_asides(call.command.text))))))))  # "natos own website": nato s
        reply = with_rest_of_line(call.engine.lookup, call.command.text, others_first(call.engine.lookup, text, answered_as_nato(call.engine.lookup, text, call.today, answer_question)))
        reply = with_answer_after(call.engine.lookup, call.command.text, with_line_before(call.engine.lookup, call.command.text, reply))
        reply = in_the_order_asked(call.engine.lookup, call.command.text, reply)  # "all summits in chronological order": oldest first
        reply = without_unheld_threat(call.engine.lookup, call.command.text, reply)  # "attributed to apt29": not a line on attacks
        reply = without_unheld_exercise(call.engine.lookup, call.command.text, reply)  # "locked shields in 2024": not "no exercise in 2024"
        reply = without_unheld_place(call.engine.lookup, call.command.text, reply)  # "sources for the oslo conference": not Rome's
        return fit_reply(without_unheld_figure(call.engine.lookup, call.command.text, reply))  # "zelensky cyber speech": not Rutte's
    if handler_name in _ARGS_MENDED and (mended := mended_words(call.engine.lookup, call.command.args, only_swapped=True)) != call.command.args:
        if handler_name == "who" and is_who_question(mended):  # "who hotsed rome": a question, not a person called so
            return answer(call._replace(command=Command(None, None, "", f"who {mended}")), None)
        call = call._replace(command=replace(call.command, args=mended))  # "event oslo cnoference": of the oslo conference
    return fit_reply(HANDLERS[handler_name](call))


#: Commands whose words name what is looked up, read with two swapped letters mended (``spelling.mended_words``).
_ARGS_MENDED = frozenset("event events sources pledge pledges quote quotes who".split())


#: "help me out when was the rome conference", "help me with the pledge": a request for help with a question, which
#: is answered, not the command list.
_HELP_ME = lazy_pattern(  # "help me out ...", "help a student out ...", "help pls ...": who is helped, then the question
    r"^(?:(?:me|us)(?: out)?|(?:a|an|this|the|my|your|our|a poor|an old) [a-z]+(?: [a-z]+)? out|out|pls|plz|please)"
    r"(?: (?:please|pls|plz|quickly|here|again))?(?: (?:with|on|to find|find|to understand|understand))?(?:\s+(?=\S)|\s*$)", re.IGNORECASE)
HELPED_LEAST = 2  # words asked after "help me ..." that make it a question


@handles("help")
def help_(call: Call) -> Reply:
    if lead := _HELP_ME.match(args := call.command.args):  # "help me ...", "help a student out ...": the rest is asked
        if len((asked := args[lead.end():]).split()) >= HELPED_LEAST:
            spec = find_command(command.name) if (command := call.engine.parse(asked)).name else None
            if spec is None or spec.harmless:  # never a way round a command's permission: "help me reload"
                return answer(call._replace(command=command), spec.handler if spec else None)
        return answer_help(call.engine.lookup, asked)  # "help a friend out": the commands; "help pls reload confirm": reload's
    return answer_help(call.engine.lookup, args)


@handles("about")
def about(call: Call) -> Reply:
    if (args := normalize(call.command.args)) and args not in _THE_BOT:  # "about the nicc": the centre, not the bot
        return answer(call._replace(command=Command(None, None, "", f"tell me about {call.command.args}")), None)
    return answer_about(call.engine.lookup, call.engine.counts())


_THE_BOT = frozenset(("you", "u", "yourself", "cyberbot", "the bot", "this bot", "bot", "cyber bot", "this"))


@handles("sources")
def sources(call: Call) -> Reply:
    return answer_sources_named(call.engine.lookup, call.command.args, call.today)


@handles("search")
def search(call: Call) -> Reply:
    return answer_search(call.engine.lookup, call.command.args)


@handles("events")
def events(call: Call) -> Reply:
    if day := day_only(call.command.args, call.today):  # "events on 10 july": that day
        return answer_on_day(call.engine.lookup, day, call.today)
    args = call.command.args
    if "year" in args or "month" in args:  # "events last year", "events next month": that year or month from today
        args = with_years(normalize(args), call.today)
    if period := answer_all_but(call.engine.lookup, f"events {args}", call.today) or answer_period(call.engine.lookup, f"events {normalize(args)}", call.today):
        return period  # "events from 2022 excluding rome"; "events since 2024", "events from march to july 2024", "events last month"
    if (at := answer_events_at(call.engine.lookup, args)) is not None:
        return at  # "events uk", "events vilnius": held there, not every text that mentions it
    if (series := series_filter(call.engine.lookup, args, call.today)) is not None:
        return answer_events(call.engine.lookup, series[1], series=series[0])  # "events pledge conf series"
    return answer_events(call.engine.lookup, args)  # "events last year": those of that year


@handles("event")
def event(call: Call) -> Reply:
    return answer_event_named(call.engine.lookup, call.command.args, call.today)


@handles("pledges")
def pledges(call: Call) -> Reply:
    if period := answer_period_pledges(call.engine.lookup, f"pledges {normalize(call.command.args)}", call.today):
        return period  # "pledges made before 2016 - list", "pledges since 2022"
    return answer_pledges_named(call.engine.lookup, call.command.args)  # "pledges 2024": that year's


@handles("pledge")
def pledge(call: Call) -> Reply:
    if call.command.text.rstrip().endswith("?") and _DECIDED_WHERE.match(normalize(call.command.args)):
        return answer_question(call.engine.lookup, f"the {call.command.text.strip()}", call.today)  # "pledge agreed at wales 14?": a claim
    return answer_pledge(call.engine.lookup, call.command.args)


#: "pledge agreed at wales 14?", "pledge signed in brussels?": the Pledge claimed to be agreed somewhere, asked as a check.
_DECIDED_WHERE = lazy_pattern(r"^(?:was |were )?(?:agreed|signed|adopted|made|issued|decided|endorsed|approved|launched|announced) (?:at|in|on|during|by) \S")


@handles("quote")
def quote(call: Call) -> Reply:
    if normalize(call.command.args).startswith(_MENTIONING) and (on := answer_topic_quotes(
            call.engine.lookup, f"any quotes {normalize(call.command.args)}", call.command.args, call.today)) is not None:
        return on  # "quote mentioning starlink": the quotes on it, not a speaker called "mentioning"
    return said_within(call.engine.lookup, call.command.args, lambda args: answer_quote(call.engine.lookup, args, call.today), keep_year=True)  # "quote rutte q4 2025"


#: A topic led by a verb of mentioning: "quotes mentioning ukraine", "quotes that mention russia", "quote referring to china".
_MENTIONING = ("mentioning ", "that mention ", "which mention ", "that mentions ", "referring to ", "that refer to ", "talking about ")


@handles("quotes")
def quotes(call: Call) -> Reply:
    if (but := answer_all_but(call.engine.lookup, f"quotes {call.command.args}", call.today)) is not None:
        return but  # "quotes from the hague excluding ollongren": the others
    args = normalize(call.command.args)
    if args.startswith(("about ", "on ", "regarding ", "concerning ", *_MENTIONING)) and \
            (on := answer_topic_quotes(call.engine.lookup, f"any quotes {args}", call.command.args, call.today)) is not None:
        return on  # "quotes about russia": anyone's on that topic
    if args[:1].isdigit() or args.startswith(("in ", "from ", "during ")):
        if (of_year := answer_year_quotes(call.engine.lookup, args)) is not None:
            return of_year  # "quotes 2024": those said that year
    return answer_quotes(call.engine.lookup, call.command.args, call.today)


@handles("who")
def who(call: Call) -> Reply:
    return answer_who(call.engine.lookup, call.command.args, call.today)


_RELATIVE_DAYS = {"": 0, "today": 0, "yesterday": -1, "tomorrow": 1}
_ONLY_A_YEAR = lazy_pattern(r"(?:(?:in|of|back in) )?((?:19|20)\d\d)")


@handles("today")
def on_this_day(call: Call) -> Reply:
    """``today [date]`` / ``on this day [date]``: what happened on that day in earlier years."""
    if (asked := anniversary_asked(call.engine.lookup, call.command.text, call.today)) is not None:
        return asked  # "today is the anniversary of the warsaw summit, right?"
    return answer_on_day(call.engine.lookup, _day_asked(call), call.today, or_else=month_first(call.command.args))  # "today 11/9/2023"


def _day_asked(call: Call) -> dt.date:
    """The day a ``today [date]`` or ``digest preview [date]`` names; the caller's today when none."""
    args = strip_day_filler(call.command.args)  # "today in nato history"
    if (shift := _RELATIVE_DAYS.get(args.strip().lower())) is not None:
        return day_after(call.today, shift)
    if not names_a_day(args):  # "on this day in nato cyber history", "today, anything in the past years?"
        return call.today
    if (year := _ONLY_A_YEAR.fullmatch(args.strip().lower())) and (day := parse_date(f"{year[1]}-{call.today:%m-%d}", today=call.today)):
        return day  # "today in 2024": this day of that year
    date = parse_date(args, today=call.today)
    if date is None:
        raise UsageError(messages.unreadable_date(args), ("today", "help today"))
    return date


@handles("digest")
def digest(call: Call) -> Reply:
    """The digest service answers; without one (the console, ``cyberbot ask``) only a preview can be shown."""
    service = call.bot.digests if call.bot is not None else None
    if service is not None:
        return service.handle(call.command, call.request, call.now, call.engine)
    if call.command.sub == "preview":
        return digest_preview(call.engine.lookup, _day_asked(call))
    return Reply(
        "usage",
        messages.DIGESTS_ELSEWHERE,
        blocks=(Block(messages.DIGESTS_HERE),),
        suggestions=("digest preview", "today", "help digest"),
    )


@handles("reload")
def reload(call: Call) -> Reply:
    """``reload`` / ``reload confirm``: the second also applies a load that removes many entries."""
    if call.bot is None:
        return Reply("usage", messages.RELOAD_ELSEWHERE, suggestions=("help reload",))
    word = call.command.args.strip().lower()
    if word not in ("", "confirm"):
        raise UsageError(messages.RELOAD_USAGE, ("reload", "reload confirm"))
    return call.bot.reload(confirm=word == "confirm")


@handles("insights")
def insights(call: Call) -> Reply:
    from .curation.chat import (
        answer_insights,  # reads the question log, through the running bot's recorder
    )

    return answer_insights(getattr(call.bot, "recorder", None), call.command.args)
