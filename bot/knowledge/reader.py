"""First pass of the loader: YAML nodes to entries, checking each value against its field spec.

Each entry remembers the node of every value, so the later checks
(``bot.knowledge.checks``) can point at the exact line and column. A value that
fails its check is reported and left out of ``Entry.data``; reading goes on, so
one run reports every problem in the file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import KnowledgeError, Problem
from . import messages as msg
from .fields import (
    DATE_PATTERN,
    FORMAT_VERSION,
    ID_PATTERN,
    SECTIONS,
    SECTIONS_BY_NAME,
    TOP_LEVEL_KEYS,
    FieldSpec,
    SectionSpec,
)
from .model import FuzzyDate
from .yaml_nodes import (
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    describe,
    has_foreign_tag,
    is_null,
    position,
    written_tag,
)

MAX_PROBLEMS = 1_000  # per file: checking stops there, so a file of garbage is refused in bounded time


class TooManyProblems(Exception):
    """Raised by ``Problems.add`` past the limit; the loader reports what was found."""


class Problems:
    """Collects problems of one file; ``add`` takes a node (or mark) for the position."""

    def __init__(self, path: str, limit: int = MAX_PROBLEMS):
        self.path = path
        self.found: list[Problem] = []
        self.limit = limit
        self.truncated = False
        self.lists_read: dict[tuple[int, str], Any] = {}  # (node, key): a list aliased N times is read once

    def add(self, where, field_path: str, message: str) -> None:
        if len(self.found) >= self.limit:
            self.truncated = True
            raise TooManyProblems
        line, column = position(where)
        self.found.append(Problem(self.path, line, column, field_path, message))

    def error(self) -> KnowledgeError:
        return KnowledgeError(self.found, self.truncated)

    def at_start(self, message: str) -> None:
        self.found.append(Problem(self.path, 1, 1, "", message))


@dataclass
class Entry:
    """One mapping of the file: its checked values by key, and the node each came from."""

    label: str  # "events.rome-2022" or "events[3]"
    node: Node
    section: SectionSpec | None = None  # None for nested records (a person's roles)
    data: dict[str, Any] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)

    @property
    def item_type(self) -> str | None:
        return self.section.item_type if self.section else None


_INVALID = object()


def read_root(root: Node | None, problems: Problems) -> dict[str, list[Entry]]:
    """Every section's entries; unreadable parts are reported and skipped."""
    sections: dict[str, list[Entry]] = {s.name: [] for s in SECTIONS}
    if root is None:
        problems.at_start(msg.empty_file())
        return sections
    if not isinstance(root, MappingNode):
        problems.add(root, "", msg.expected("a mapping of sections at the top level", describe(root), "'events:' on its own line"))
        return sections
    for key, key_node, value in _mapping_items(root, "", problems):
        if key == "version":
            _read_version(value, problems)
        elif key in SECTIONS_BY_NAME:
            sections[key] = _read_section(SECTIONS_BY_NAME[key], value, problems)
        else:
            problems.add(key_node, key, msg.unknown_section(key, TOP_LEVEL_KEYS))
    return sections


def _read_version(node: Node, problems: Problems) -> None:
    if not isinstance(node, ScalarNode) or node.value != str(FORMAT_VERSION):
        got = node.value if isinstance(node, ScalarNode) else describe(node)
        problems.add(node, "version", msg.unsupported_version(got, FORMAT_VERSION))


def _read_section(spec: SectionSpec, node: Node, problems: Problems) -> list[Entry]:
    if is_null(node):
        return []
    if not isinstance(node, SequenceNode) or has_foreign_tag(node):
        problems.add(node, spec.name, msg.expected("a list of entries", describe(node), "'- id: ...' lines"))
        return []
    entries = []
    for index, item in enumerate(node.value):
        entry = _read_record(spec.fields, item, _label(spec.name, index, item), problems)
        if entry is not None:
            entry.section = spec
            entries.append(entry)
    return entries


def _label(prefix: str, index: int, node: Node) -> str:
    """Name a record by its id when it has a good one, else by its index.

    "events", 3, {id: rome-2022, ...}  ->  "events.rome-2022"
    "events", 3, {name: ...}           ->  "events[3]"
    """
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
                if ID_PATTERN.fullmatch(value.value):
                    return f"{prefix}.{value.value}"
    return f"{prefix}[{index}]"


def _read_record(fields: tuple[FieldSpec, ...], node: Node, label: str, problems: Problems) -> Entry | None:
    if not isinstance(node, MappingNode) or has_foreign_tag(node):
        problems.add(node, label, msg.expected("a mapping of 'key: value' lines", describe(node)))
        return None
    entry = Entry(label, node)
    specs = _specs_by_key(fields)
    for key, key_node, value in _mapping_items(node, label, problems):
        spec = specs.get(key)
        if spec is None:
            problems.add(key_node, f"{label}.{key}", msg.unknown_key(key, specs))
            continue
        entry.nodes[key] = value
        converted = _read_value(spec, value, f"{label}.{key}", problems)
        if converted is not _INVALID:
            entry.data[key] = converted
    for spec in fields:
        if spec.required and spec.key not in entry.nodes:
            problems.add(node, f"{label}.{spec.key}", msg.missing_key(spec.key, spec.choices))
    return entry


_SPECS_BY_KEY: dict[int, dict[str, FieldSpec]] = {}


def _specs_by_key(fields: tuple[FieldSpec, ...]) -> dict[str, FieldSpec]:
    if id(fields) not in _SPECS_BY_KEY:  # the field tuples are module constants
        _SPECS_BY_KEY[id(fields)] = {f.key: f for f in fields}
    return _SPECS_BY_KEY[id(fields)]


def _mapping_items(node: MappingNode, label: str, problems: Problems) -> Iterator[tuple[str, Node, Node]]:
    """(key text, key node, value node) of each pair, reporting odd and repeated keys."""
    seen: dict[str, Node] = {}
    prefix = f"{label}." if label else ""
    for key_node, value in node.value:
        if not isinstance(key_node, ScalarNode) or is_null(key_node) or has_foreign_tag(key_node):
            problems.add(key_node, label, msg.key_not_text(describe(key_node)))
            continue
        key = key_node.value
        if key in seen:
            problems.add(key_node, prefix + key, msg.duplicate_key(key, position(seen[key])[0]))
            continue
        seen[key] = key_node
        yield key, key_node, value


def _read_value(spec: FieldSpec, node: Node, where: str, problems: Problems) -> Any:
    """The checked value of one field, or _INVALID after reporting why not."""
    if has_foreign_tag(node):
        problems.add(node, where, msg.foreign_tag(written_tag(node)))
        return _INVALID
    if is_null(node):
        problems.add(node, where, msg.no_value(spec.key, spec.required))
        return _INVALID
    if spec.kind in ("texts", "refs", "records"):
        return _read_list(spec, node, where, problems)
    if not isinstance(node, ScalarNode):
        what = "a date" if spec.kind == "date" else "an id" if spec.kind in ("id", "ref") else "a string"
        problems.add(node, where, msg.expected(what, describe(node)))
        return _INVALID
    value, error = _read_scalar(spec, node.value)
    if error:
        problems.add(node, where, error)
        return _INVALID
    return value


def _read_scalar(spec: FieldSpec, text: str) -> tuple[Any, str | None]:
    """(value, None) for a good scalar, (None, message) for a bad one."""
    if not text.strip():  # text: "" or text: "  "
        return None, msg.no_value(spec.key, spec.required)
    if spec.kind == "date":
        return read_date(text)
    if spec.kind == "id" and not ID_PATTERN.fullmatch(text):
        return None, msg.bad_id(text, re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-"))
    if spec.choices and text not in spec.choices:
        return None, msg.bad_choice(text, spec.key, spec.choices)
    return text, None


@functools.lru_cache(maxsize=1 << 16)
def read_date(text: str) -> tuple[FuzzyDate | None, str | None]:
    """A date's (value, None) or (None, message); remembered, since a large file repeats its dates (each quote's)."""
    if not DATE_PATTERN.fullmatch(text):
        return None, msg.badly_formed_date(text)
    try:
        return FuzzyDate.parse(text), None
    except ValueError as error:
        return None, msg.impossible_date(text, str(error))


def _read_list(spec: FieldSpec, node: Node, where: str, problems: Problems) -> Any:
    """The list's checked items; an aliased list (``*anchor``) is read, and its problems reported, once."""
    key = (id(node), spec.key)
    if key not in problems.lists_read:
        problems.lists_read[key] = _read_list_once(spec, node, where, problems)
    return problems.lists_read[key]


def _read_list_once(spec: FieldSpec, node: Node, where: str, problems: Problems) -> Any:
    if not isinstance(node, SequenceNode):
        example = "[a, b]" if spec.kind != "records" else "'- title: ...' lines"
        problems.add(node, where, msg.expected("a list", describe(node), example))
        return _INVALID
    if len(node.value) < spec.min_items:
        problems.add(node, where, msg.empty_list(spec.key, spec.target))
        return _INVALID
    if spec.kind == "records":
        records = [_read_record(spec.fields, item, f"{where}[{i}]", problems) for i, item in enumerate(node.value)]
        return tuple(records) if None not in records else _INVALID
    texts, ok = [], True
    for index, item in enumerate(node.value):
        error = _list_item_error(spec, item)
        if error:
            problems.add(item, f"{where}[{index}]", error)
            ok = False
        else:
            texts.append(item.value)
    return tuple(texts) if ok else _INVALID


def _list_item_error(spec: FieldSpec, item: Node) -> str | None:
    if has_foreign_tag(item):
        return msg.foreign_tag(written_tag(item))
    if not isinstance(item, ScalarNode) or is_null(item) or not item.value.strip():
        return msg.expected("an id" if spec.kind == "refs" else "a string", describe(item))
    return None
