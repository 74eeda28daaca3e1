"""The command registry: the one description of every command cyberbot understands.

Each entry names its handler (a function in ``bot.handlers``) and who may run
it. ``Bot.handle`` dispatches through it; help text, the Slack app manifest and
Discord's app commands are generated from it; parsing (``bot.answering.parse``)
looks command words up in it. Adding a command is one entry here plus one
handler in ``bot.handlers``.

Pure data: imports nothing from the rest of ``bot`` (the handlers are named,
not imported, so the answering code can read the registry without a cycle).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, NamedTuple

Permission = Literal["anyone", "manager", "admin"]  # manager: may manage the channel; admin: may run the bot
ArgumentKind = Literal["text", "speaker", "person", "event", "pledge", "topic", "date", "time", "zone", "year"]
#: The kinds ``Bot.complete`` offers choices for (from the knowledge); Discord autocompletes only these.
COMPLETED_KINDS: frozenset[str] = frozenset({"speaker", "person", "event", "pledge", "topic"})


class Argument(NamedTuple):
    """One argument of a command; ``kind`` drives autocomplete on Discord."""

    name: str
    help: str
    kind: ArgumentKind = "text"
    required: bool = False


class CommandSpec(NamedTuple):
    """A command: its name, handler, who may run it, other words that call it, arguments, help, examples.

    ``handler`` names the function in ``bot.handlers`` that answers it (for a
    subcommand, the parent's handler answers). ``allowed`` is who may run it; a
    subcommand may ask for more than its parent. ``pure`` answers depend only
    on the text, the caller's date and the knowledge, so they may be memoised.
    ``app_command`` marks the commands that get their own Discord subcommand;
    every command is reachable through the free-text form as well.
    """

    name: str
    summary: str
    args: tuple[Argument, ...] = ()
    examples: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    app_command: bool = False
    handler: str = ""
    allowed: Permission = "anyone"
    pure: bool = True
    refusal: str = ""  # what "Only ... can" goes on to say when the caller lacks ``allowed``
    subcommands: tuple[CommandSpec, ...] = ()

    @property
    def harmless(self) -> bool:
        """Whether anyone may run it as a message read another way ("qoute rutte", "help me find rutte's quotes"):
        it only reads (``pure``), anyone may run it, and no subcommand of it asks for more."""
        return self.pure and self.allowed == "anyone" and not self.subcommands

    @property
    def usage(self) -> str:
        parts = [self.name]
        if self.subcommands:
            parts.append("|".join(s.name for s in self.subcommands))
        for arg in self.args:
            parts.append(f"<{arg.name}>" if arg.required else f"[{arg.name}]")
        return " ".join(parts)


class Registry:
    """The commands in help order, looked up by name or alias; iterate it like a tuple.

    ``add`` and ``remove`` exist so that an extension (or a test's toy command)
    joins the same registry every consumer reads, not a copy of it.
    """

    def __init__(self, specs: tuple[CommandSpec, ...] = ()):
        self._specs: list[CommandSpec] = []
        self._by_word: dict[str, CommandSpec] = {}
        self._words: tuple[str, ...] | None = None  # words(), sorted once per change of the registry
        self._words_by_initial: dict[str, tuple[str, ...]] = {}
        for spec in specs:
            self.add(spec)

    def __iter__(self) -> Iterator[CommandSpec]:
        return iter(tuple(self._specs))

    def __len__(self) -> int:
        return len(self._specs)

    def add(self, spec: CommandSpec) -> None:
        words = (spec.name, *spec.aliases)
        if taken := [w for w in words if w in self._by_word]:
            msg = f"command {spec.name!r}: {', '.join(taken)} already belongs to another command"
            raise ValueError(msg)
        self._specs.append(spec)
        self._by_word.update({word: spec for word in words})
        self._words = None

    def remove(self, name: str) -> None:
        spec = self._by_word[name]
        self._specs.remove(spec)
        self._by_word = {w: s for w, s in self._by_word.items() if s is not spec}
        self._words = None

    def find(self, word: str) -> CommandSpec | None:
        return self._by_word.get(word.lower())

    def words(self) -> tuple[str, ...]:
        if self._words is None:
            words = tuple(sorted(self._by_word, key=len, reverse=True))
            initials: dict[str, list[str]] = {}
            for word in words:
                initials.setdefault(word[:1], []).append(word)
            self._words_by_initial = {initial: tuple(group) for initial, group in initials.items()}
            self._words = words
        return self._words

    def words_starting(self, initial: str) -> tuple[str, ...]:
        """The words of ``words()`` that start with ``initial`` (one character), longest first."""
        self.words()
        return self._words_by_initial.get(initial, ())


COMMANDS = Registry((
    CommandSpec(
        "help",
        "List the commands, or explain one.",
        handler="help",
        args=(Argument("command", "a command to explain"),),
        examples=("help", "help quote"),
        app_command=True,
    ),
    CommandSpec(
        "events",
        "List events, optionally for a year, a place or some words; newest first, or oldest first when asked (chronologically).",
        handler="events",
        args=(Argument("filter", "a year, a city or country, or words from the name; oldest first to start from the first", kind="event"),),
        examples=("events", "events 2024", "events berlin", "events chronologically"),
    ),
    CommandSpec(
        "event",
        "Tell about one event: when, where, who hosted and who spoke.",
        handler="event",
        args=(Argument("query", "the event's name, place or year", kind="event", required=True),),
        examples=("event tirana", "event pledge conference 2022"),
        app_command=True,
    ),
    CommandSpec(
        "pledges",
        "List the pledges and commitments, optionally of a year, an event or holding some words.",
        handler="pledges",
        args=(Argument("filter", "a year, the event they were agreed at, or some words"),),
        examples=("pledges", "pledges 2024"),
    ),
    CommandSpec(
        "pledge",
        "Explain a pledge; with no argument, the Cyber Defence Pledge.",
        handler="pledge",
        args=(Argument("query", "the pledge's name or year", kind="pledge"),),
        examples=("pledge", "pledge warsaw", "pledge nicc"),
        app_command=True,
    ),
    CommandSpec(
        "quote",
        "A quote by a speaker, on a topic, or containing some words.",
        handler="quote",
        args=(Argument("query", "a speaker, a topic or words from the quote", kind="speaker"),),
        examples=("quote rutte", "quote investment", "quote no one stands alone"),
        app_command=True,
    ),
    CommandSpec(
        "quotes",
        "Every quote by one speaker (or said in one year, from an event, on a topic), a page at a time.",
        handler="quotes",
        args=(Argument("speaker", "who said it, or a year", kind="speaker", required=True),),
        examples=("quotes stoltenberg", "quotes stoltenberg page 2", "quotes from berlin about china"),
    ),
    CommandSpec(
        "who",
        "Who a person is, their roles and what they said.",
        handler="who",
        args=(Argument("person", "a name, part of a name or a role", kind="person", required=True),),
        examples=("who rutte", "who secretary general"),
    ),
    CommandSpec(
        "search",
        "Search everything: events, pledges, quotes, people and initiatives.",
        handler="search",
        args=(Argument("text", "what to look for", required=True),),
        examples=("search integrated cyber defence centre", "search article 5"),
    ),
    CommandSpec(
        "today",
        "What happened on this day (or another date) in earlier years.",
        handler="today",
        args=(Argument("date", "a date such as 2026-11-10 or 10 November", kind="date"),),
        examples=("today", "on this day 9 october", "today 2026-11-10"),
        aliases=("on this day", "onthisday", "otd"),
        app_command=True,
    ),
    CommandSpec(
        "sources",
        "The articles and references the knowledge comes from; with an id, the sources of one entry.",
        handler="sources",
        args=(Argument("id", "an entry's id, as in “+2 more: sources <id>”, or “page 2”"),),
        examples=("sources", "sources tirana-cyber-defence-conference-2025"),
    ),
    CommandSpec(
        "about",
        "What cyberbot is and what it knows.",
        handler="about",
        examples=("about",),
    ),
    CommandSpec(
        "digest",
        "Daily 'on this date' posts in this channel.",
        handler="digest",
        pure=False,  # reads and writes the subscription store
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
                allowed="manager",
                refusal="start a daily digest in this channel",
            ),
            CommandSpec("unsubscribe", "Stop the digest here (managers of the channel only).", allowed="manager",
                        refusal="stop the daily digest in this channel"),
            CommandSpec("status", "When the next digest is due here, and the last one posted."),
            CommandSpec("list", "Every subscription in this workspace (managers only).", allowed="manager",
                        refusal="list the daily digests"),
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
        handler="insights",
        allowed="admin",
        pure=False,  # reads the question log
        refusal="see what people asked",
    ),
    CommandSpec(
        "reload",
        "Reload the knowledge file (admins only); a broken file is refused.",
        args=(Argument("confirm", "“confirm” applies a reload that removes many entries"),),
        examples=("reload", "reload confirm"),
        handler="reload",
        allowed="admin",
        pure=False,
        refusal="reload the knowledge",
    ),
))


def find_command(word: str) -> CommandSpec | None:
    """The command called by ``word`` (a name or an alias), or None."""
    return COMMANDS.find(word)


def command_words(initial: str | None = None) -> tuple[str, ...]:
    """Every name and alias (those starting with ``initial``, when given), longest first, so "on this day" wins over "on"."""
    return COMMANDS.words() if initial is None else COMMANDS.words_starting(initial)


def rule_for(name: str | None, sub: str | None = None) -> CommandSpec | None:
    """The entry whose ``allowed`` and ``refusal`` apply: the subcommand's when it asks for more.

    ``rule_for("digest", "subscribe")`` -> the ``subscribe`` entry; ``rule_for("quote")`` -> ``quote``;
    a question (``name`` None) or an unknown word -> None (anyone may ask).
    """
    spec = COMMANDS.find(name) if name else None
    if spec is None or sub is None:
        return spec
    return next((s for s in spec.subcommands if s.name == sub and s.allowed != "anyone"), spec)


def permitted(allowed: Permission, roles: frozenset[str]) -> bool:
    """Whether a caller with ``roles`` may run what ``allowed`` guards; an admin may do what a manager may."""
    if allowed == "anyone":
        return True
    return allowed in roles or "admin" in roles
