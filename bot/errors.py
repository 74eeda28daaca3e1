"""The exception tree of cyberbot.

    CyberbotError
     ├── KnowledgeError      a knowledge file was refused; carries every Problem
     ├── UsageError          a chat command was used wrongly; the text reaches the user
     ├── PermissionDenied    the caller may not do this (e.g. subscribe a channel)
     ├── StoreError          the SQLite store could not be opened, migrated or written
     └── ChannelGone         a digest's channel no longer exists or the bot was removed
"""

from __future__ import annotations

from dataclasses import dataclass


class CyberbotError(Exception):
    """Base class of every error cyberbot raises on purpose."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in a knowledge file, at a 1-based line and column.

    ``str()`` gives the clickable form
    ``knowledge/nato.yaml:41:9: events[3].start: expected YYYY-MM-DD, got '4 Sept 2014'``.
    """

    path: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class KnowledgeError(CyberbotError):
    """A knowledge file that does not load or does not validate.

    ``truncated`` says checking stopped at a limit, so a file with a million
    mistakes is refused by its first ones, in bounded time.
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], truncated: bool = False):
        self.problems = tuple(sorted(problems))
        self.truncated = truncated
        lines = [str(p) for p in self.problems]
        if truncated:
            lines.append(f"… checking stopped after these {len(self.problems)} problems; fix them and validate again")
        super().__init__("\n".join(lines))


class UsageError(CyberbotError):
    """A command used wrongly; ``str(error)`` is the sentence shown to the user."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()):
        self.suggestions = suggestions
        super().__init__(message)


class MisspeltCommand(UsageError):
    """The first word is a near miss of a command ("qoute rutte"); ``corrected`` is the text with it spelt right."""

    def __init__(self, message: str, suggestions: tuple[str, ...], *, word: str, corrected: str):
        self.word = word
        self.corrected = corrected
        super().__init__(message, suggestions)


class PermissionDenied(CyberbotError):
    """The caller lacks the right to do this; ``str(error)`` says which right."""


class StoreError(CyberbotError):
    """The subscription store could not be opened, migrated or written."""


class ChannelGone(CyberbotError):
    """A channel that will never accept a post again: deleted, or the bot was removed.

    Senders raise it so the scheduler disables the subscription instead of
    retrying; any other exception from a sender counts as a passing failure.
    """

    def __init__(self, message: str, *, reason: str | None = None):
        super().__init__(message)
        self.reason = reason or message  # what `digest status` says, e.g. "the bot was removed from the channel"


class RateLimited(CyberbotError):
    """The platform refused a post for now (HTTP 429); nothing was posted, so it may be sent again after ``retry_after`` s."""

    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after


class OutcomeUnknown(CyberbotError):
    """A post whose fate is unknown (timeout, dropped connection, 5xx): it may be in the channel.

    Never re-sent blindly: the next try first looks at the channel for it.
    """
