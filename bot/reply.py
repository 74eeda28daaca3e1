"""What the core answers with: a platform-neutral reply that adapters render.

A leaf module: it imports nothing from ``bot``, so tests and adapters can use it
cheaply. Text here is never Markdown or mrkdwn: a title is a plain sentence, and
a block's text is either a plain string or a tuple of inline parts (plain
strings, ``Code``, ``Emphasis``, ``Link``). Each adapter escapes the plain parts,
formats the others for its platform and applies its platform's size limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class Code:
    """A command or literal the user can type: ``Code("events 2024")``."""

    text: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    """Words to stress."""

    text: str


@dataclass(frozen=True, slots=True)
class Link:
    """Words that link to a web address (shown as the words alone where links cannot be)."""

    text: str
    url: str


Inline = str | Code | Emphasis | Link
#: Text of a block: a plain string, or inline parts such as ``("Try ", Code("events"), ".")``.
Text = str | tuple[Inline, ...]


def inline_parts(text: Text) -> tuple[Inline, ...]:
    """Any ``Text`` as a tuple of inline parts."""
    return (text,) if isinstance(text, str) else text


def plain(text: Text) -> str:
    """``Text`` as plain text: commands in backticks, emphasis and links as their words.

    >>> plain(("Try ", Code("events 2024"), "."))
    'Try `events 2024`.'
    """
    if isinstance(text, str):
        return text
    return "".join(f"`{p.text}`" if isinstance(p, Code) else p if isinstance(p, str) else p.text for p in text)


ReplyKind = Literal["answer", "list", "not_found", "usage", "help", "error", "denied"]
BlockStyle = Literal["text", "quote", "item"]


@dataclass(frozen=True, slots=True)
class ItemRef:
    """A knowledge item an answer used, e.g. ``ItemRef("quote", "rutte-tirana-2025-no-one-stands-alone")``."""

    type: str
    id: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source an answer cites, ready to show: title, publisher, date and link."""

    id: str
    title: str
    publisher: str | None = None
    date: str | None = None
    url: str | None = None

    def label(self) -> str:
        extras = ", ".join(p for p in (self.publisher, self.date) if p)
        return f"{self.title} ({extras})" if extras else self.title


@dataclass(frozen=True, slots=True)
class Field:
    """A short labelled value: "When" → "9–10 October 2025"."""

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of an answer.

    ``style`` tells adapters how to show it: ``text`` as a paragraph, ``quote``
    as quoted words (``attribution`` says who, where and when), ``item`` as one
    entry of a list (``heading`` is its name). ``mark`` is a warning that must
    stay next to the text, e.g. that a quote is a machine re-translation.
    """

    text: Text
    style: BlockStyle = "text"
    heading: str | None = None
    attribution: str | None = None
    mark: str | None = None
    fields: tuple[Field, ...] = ()
    item: ItemRef | None = None  # the knowledge item the block shows, if one (dropped with it when a reply is cut)


@dataclass(frozen=True)
class Reply:
    """A structured answer: what was asked, what was found, where it comes from.

    ``items`` names every knowledge item used, ``sources`` every source behind
    them, ``suggestions`` are follow-up commands (``"quote rutte"``) that adapters
    may turn into buttons. ``more_hint`` is the command to run when an adapter
    has to cut a long list ("events 2024"). ``more_sources`` says how many
    sources were left out and the command that lists them all.
    """

    kind: ReplyKind
    title: str
    blocks: tuple[Block, ...] = ()
    fields: tuple[Field, ...] = ()
    items: tuple[ItemRef, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    suggestions: tuple[str, ...] = ()
    more_hint: str | None = None
    more_sources: Text | None = None
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def ok(self) -> bool:
        return self.kind in ("answer", "list", "help")
