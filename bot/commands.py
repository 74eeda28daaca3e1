"""The command registry: the one description of every command cyberbot understands.

Help text, the Slack app manifest and Discord's app commands are all generated
from ``COMMANDS``, so they cannot drift apart. Parsing (``bot.answering.parse``) looks
command words up here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ArgumentKind = Literal["text", "speaker", "person", "event", "pledge", "topic", "date", "time", "zone", "year"]


@dataclass(frozen=True)
class Argument:
    """One argument of a command; ``kind`` drives autocomplete on Discord."""

    name: str
    help: str
    kind: ArgumentKind = "text"
    required: bool = False


@dataclass(frozen=True)
class CommandSpec:
    """A command: its name, other words that call it, arguments, help and examples.

    ``app_command`` marks the commands that get their own Discord subcommand;
    every command is reachable through the free-text form as well.
    ``admin`` commands need the caller to manage the channel.
    """

    name: str
    summary: str
    args: tuple[Argument, ...] = ()
    examples: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    app_command: bool = False
    admin: bool = False
    subcommands: tuple[CommandSpec, ...] = ()

    @property
    def usage(self) -> str:
        parts = [self.name]
        if self.subcommands:
            parts.append("|".join(s.name for s in self.subcommands))
        for arg in self.args:
            parts.append(f"<{arg.name}>" if arg.required else f"[{arg.name}]")
        return " ".join(parts)


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "help",
        "List the commands, or explain one.",
        args=(Argument("command", "a command to explain"),),
        examples=("help", "help quote"),
        app_command=True,
    ),
    CommandSpec(
        "events",
        "List events, optionally for a year, a place or some words.",
        args=(Argument("filter", "a year, a city or country, or words from the name", kind="event"),),
        examples=("events", "events 2024", "events berlin"),
    ),
    CommandSpec(
        "event",
        "Tell about one event: when, where, who hosted and who spoke.",
        args=(Argument("query", "the event's name, place or year", kind="event", required=True),),
        examples=("event tirana", "event pledge conference 2022"),
        app_command=True,
    ),
    CommandSpec(
        "pledges",
        "List the pledges and commitments.",
        examples=("pledges",),
    ),
    CommandSpec(
        "pledge",
        "Explain a pledge; with no argument, the Cyber Defence Pledge.",
        args=(Argument("query", "the pledge's name or year", kind="pledge"),),
        examples=("pledge", "pledge warsaw", "pledge nicc"),
        app_command=True,
    ),
    CommandSpec(
        "quote",
        "A quote by a speaker, on a topic, or containing some words.",
        args=(Argument("query", "a speaker, a topic or words from the quote", kind="speaker"),),
        examples=("quote rutte", "quote investment", "quote no one stands alone"),
        app_command=True,
    ),
    CommandSpec(
        "quotes",
        "Every quote by one speaker.",
        args=(Argument("speaker", "who said it", kind="speaker", required=True),),
        examples=("quotes stoltenberg", "quotes ollongren"),
    ),
    CommandSpec(
        "who",
        "Who a person is, their roles and what they said.",
        args=(Argument("person", "a name, part of a name or a role", kind="person", required=True),),
        examples=("who rutte", "who secretary general"),
    ),
    CommandSpec(
        "search",
        "Search everything: events, pledges, quotes, people and initiatives.",
        args=(Argument("text", "what to look for", required=True),),
        examples=("search integrated cyber defence centre", "search article 5"),
    ),
    CommandSpec(
        "today",
        "What happened on this day (or another date) in earlier years.",
        args=(Argument("date", "a date such as 2026-11-10 or 10 November", kind="date"),),
        examples=("today", "on this day 9 october", "today 2026-11-10"),
        aliases=("on this day", "onthisday", "otd"),
        app_command=True,
    ),
    CommandSpec(
        "sources",
        "The articles and references the knowledge comes from.",
        examples=("sources",),
    ),
    CommandSpec(
        "about",
        "What cyberbot is and what it knows.",
        examples=("about",),
    ),
    CommandSpec(
        "digest",
        "Daily 'on this date' posts in this channel.",
        examples=(
            "digest subscribe 09:00 Europe/Brussels",
            "digest status",
            "digest preview",
            "digest unsubscribe",
        ),
        subcommands=(
            CommandSpec(
                "subscribe",
                "Post the digest here every day (managers of the channel only).",
                args=(
                    Argument("time", "local time HH:MM, default 09:00", kind="time"),
                    Argument("zone", "IANA zone such as Europe/Brussels", kind="zone"),
                ),
                admin=True,
            ),
            CommandSpec("unsubscribe", "Stop the digest here (managers of the channel only).", admin=True),
            CommandSpec("status", "When the next digest is due here, and the last one posted."),
            CommandSpec("list", "Every subscription in this workspace (managers only).", admin=True),
            CommandSpec(
                "preview",
                "Show exactly what would be posted today (or on a date).",
                args=(Argument("date", "a date such as 2026-11-10", kind="date"),),
            ),
        ),
    ),
    CommandSpec(
        "insights",
        "What people asked and the bot missed, answers marked not right, most asked entries (admins only).",
        args=(Argument("since", "since YYYY-MM-DD", kind="date"),),
        examples=("insights", "insights since 2026-11-01"),
        admin=True,
    ),
    CommandSpec(
        "reload",
        "Reload the knowledge file (admins only); a broken file is refused.",
        examples=("reload",),
        admin=True,
    ),
)

_BY_WORD: dict[str, CommandSpec] = {}
for _spec in COMMANDS:
    for _word in (_spec.name, *_spec.aliases):
        _BY_WORD[_word] = _spec


def find_command(word: str) -> CommandSpec | None:
    """The command called by ``word`` (a name or an alias), or None."""
    return _BY_WORD.get(word.lower())


def command_words() -> tuple[str, ...]:
    """Every name and alias, longest first, so "on this day" wins over "on"."""
    return tuple(sorted(_BY_WORD, key=len, reverse=True))
