"""Load a knowledge YAML file, validate all of it, and build the model.

    >>> knowledge = load_knowledge("knowledge/nato-cyber-defence.yaml")
    >>> knowledge.events["tirana-cyber-defence-conference-2025"].city
    'Tirana'

The file is only composed into YAML nodes (safe loading, nothing constructed,
nothing executed); values are checked against ``bot.knowledge.fields`` in a first pass
(``bot.knowledge.reader``) and across entries and seed files in a second
(``bot.knowledge.checks``). Every problem is collected, so one run shows them
all, sorted by position.
"""

from __future__ import annotations

import dataclasses
import os
from collections import deque
from collections.abc import Callable
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import yaml

from ..errors import KnowledgeError
from . import messages as msg
from .checks import (
    SeedLibrary,
    check_quotes_in_seeds,
    check_references,
    check_spans,
    index_ids,
)
from .collector import gc_paused
from .fields import SECTIONS, FieldSpec
from .files import read_regular_text
from .model import (
    DateSpan,
    Event,
    Initiative,
    Knowledge,
    Person,
    Pledge,
    Quote,
    Role,
    Source,
)
from .reader import Entry, Problems, TooManyProblems, read_root
from .table import ABSENT, Table
from .yaml_nodes import compose, dismantle

if TYPE_CHECKING:
    from .background import Pending

__all__ = ["KnowledgeError", "load_and_build", "load_knowledge"]

T = TypeVar("T")
B = TypeVar("B")

PLAIN_READ_MIN_CHARS = 1_000_000  # a smaller file composes in milliseconds: not worth trying the plain reader first
SUGGESTION_SECONDS = 2.0  # time a load may spend on "did you mean" and closest passages, in all
_MODELS = {"source": Source, "person": Person, "event": Event, "pledge": Pledge, "quote": Quote, "initiative": Initiative}
_RECORD_MODELS = {"roles": Role}


def load_knowledge(path: str | os.PathLike, *, seeds_dir: str | os.PathLike | None = None, exiting: bool = False) -> Knowledge:
    """Read, validate and build the knowledge in ``path``.

    Seeds are looked up in ``seeds_dir``, by default ``<file dir>/../seeds``.
    ``exiting``: the process ends right after (the cache's compiling child), so
    the YAML tree is left to the operating system instead of being freed.

    Raises:
        KnowledgeError: with every problem found, each as ``FILE:LINE:COL: field: message``.
    """
    return load_and_build(path, _itself, seeds_dir=seeds_dir, exiting=exiting)


def load_and_build(path: str | os.PathLike, build: Callable[[Knowledge, Callable[[], B] | None], T], *,
                   seeds_dir: str | os.PathLike | None = None, exiting: bool = False, beside: Callable[[Knowledge, Table | None], B] | None = None) -> T:
    """``build(load_knowledge(path), later)``, with the seeds of a large file checked in a forked process while
    ``build`` runs (``background``): what it built is returned once they pass; where they do not, the file is read the
    positioned way, which raises its problems. ``later()`` gives ``beside(knowledge, None)`` (None without ``beside``): for a
    large file worked out in a child forked once the file is read, which makes the knowledge again from the columns
    (its quotes handed over as read), while this process checks the seeds and builds (its result must pickle). Raises KnowledgeError as ``load_knowledge``."""
    path = os.fspath(path)
    with msg.suggestions_within(SUGGESTION_SECONDS), gc_paused():
        return _load(path, seeds_dir, exiting, build, beside)


def _itself(knowledge: Knowledge, later: None) -> Knowledge:
    return knowledge


_LEFT_FOR_EXIT: list = []


def _load(path: str, seeds_dir: str | os.PathLike | None, exiting: bool, build: Callable, beside: Callable | None):
    problems = Problems(path)
    root, sections, index = None, {}, {}
    seeds = _seed_library(path, seeds_dir)
    try:
        text = _read_text(path, problems)
        data = _plain_data(text) if text is not None and len(text) >= PLAIN_READ_MIN_CHARS else None
        if data is not None:  # a large file in the common block style: no positions needed if it has no problem
            from .plain_checks import checked_columns

            text = None  # not held through the build (36 MB at 100,000 quotes): read again below where something fails
            elsewhere = _beside_in_fork(path, data, beside)
            try:
                checked, data = checked_columns(data, seeds, fork=elsewhere is None), None  # the other core is the child's
                seeds.forget()  # checked here (or read in the seeds' child): not held through the build
                if checked is not None:
                    columns, seeds_found = checked
                    knowledge = _build_knowledge(path, columns)
                    try:
                        built = build(knowledge, _later(beside, knowledge, elsewhere))
                    finally:
                        found = seeds_found()
                    if found:
                        return built
                    del built, knowledge, columns, checked  # a quote not in its seed: the positioned reading reports it
            finally:
                if elsewhere is not None:
                    elsewhere.drop()
            text = _read_text(path, problems)
        root = _compose(text, problems) if text is not None else None
        if problems.found:
            raise problems.error()
        sections = read_root(root, problems)
        index = index_ids(sections, problems)
        check_references(sections, index, problems)
        check_spans(sections, problems)
        check_quotes_in_seeds(sections, index, seeds, problems)
    except TooManyProblems:
        pass
    try:
        if problems.found:
            raise problems.error()
        knowledge = _build_knowledge(path, {name: _entry_columns(entries) for name, entries in sections.items()})
        return build(knowledge, _later(beside, knowledge, None))
    finally:
        if exiting:
            _LEFT_FOR_EXIT.append((root, sections, index, problems))
        else:
            _release(root, sections, index, problems)


def _beside_in_fork(path: str, data: dict, beside: Callable[[Knowledge, Table | None], object] | None) -> Pending | None:
    """``beside(knowledge, quotes)`` of the knowledge in ``data``, worked out in a child forked now; None without
    ``beside`` or a fork. The child's knowledge holds no quotes where ``quotes``, their columns as read, are given."""
    from .background import core_to_spare, in_fork
    from .plain_checks import converted_columns

    def work():  # the quotes, the bulk, not made again: ``beside`` is handed their columns as read
        quotes = data.get("quotes") if type(data.get("quotes")) is Table else None
        converted = converted_columns({key: value for key, value in data.items() if key != "quotes"} if quotes else data)
        return None if converted is None or beside is None else beside(_build_knowledge(path, converted[0]), quotes)

    return in_fork(work) if beside is not None and core_to_spare() else None  # a busy machine: made here, at once


def _later(beside: Callable[[Knowledge, Table | None], B] | None, knowledge: Knowledge, elsewhere: Pending | None) -> Callable[[], B] | None:
    """What ``build`` is handed: the child's result once it is done, or ``beside(knowledge, None)`` made here (at once,
    without a child: before ``build`` makes more, as the memory it takes is then at its least)."""
    if beside is None:
        return None
    if elsewhere is None:
        made = beside(knowledge, None)
        return lambda: made

    def later() -> B:
        found = elsewhere.result() if elsewhere is not None else None
        return beside(knowledge, None) if found is None else found  # type: ignore[return-value]

    return later


def _release(root, sections: dict[str, list[Entry]], index: dict[str, Entry], problems: Problems) -> None:
    """Free the YAML tree and the entries a piece at a time (see ``yaml_nodes.dismantle``), so a big
    load that runs beside a live bot never stops it for one long deallocation."""
    index.clear()
    problems.lists_read.clear()
    dismantle(root)
    for entries in sections.values():
        while entries:
            entries.pop()


def _plain_data(text: str) -> dict | None:
    """``text`` as plain data when it is in the common block style (``plain_yaml``), else None."""
    from . import plain_yaml

    return plain_yaml.read(text)


def _read_text(path: str, problems: Problems) -> str | None:
    try:
        return read_regular_text(path)
    except OSError as error:
        problems.at_start(msg.cannot_read(error.strerror or str(error)))
    except UnicodeDecodeError as error:
        problems.at_start(msg.cannot_read(f"not UTF-8 text ({error.reason} at byte {error.start})"))
    return None


def _compose(text: str, problems: Problems):
    try:
        return compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = msg.syntax_error(error.problem or str(error), error.context)
        if mark is None:
            problems.at_start(message)
        else:
            problems.add(mark, "", message)
    except yaml.YAMLError as error:  # e.g. a ReaderError for a control character
        problems.at_start(msg.syntax_error(str(error), None))
    return None


def _seed_library(path: str, seeds_dir: str | os.PathLike | None) -> SeedLibrary:
    if seeds_dir is not None:
        return SeedLibrary(Path(seeds_dir), os.fspath(seeds_dir))
    default = os.path.normpath(os.path.join(os.path.dirname(path), "..", "seeds"))
    return SeedLibrary(Path(default), default)


def _entry_columns(entries: list[Entry]) -> dict[str, list]:
    """Checked entries as ``plain_checks`` gives a section: each key's values, ``ABSENT`` where an entry has none,
    a nested record as its data."""
    data = [entry.data for entry in entries]
    keys = dict.fromkeys(key for values in data for key in values)
    columns = {key: list(map(dict.get, data, repeat(key), repeat(ABSENT))) for key in keys}
    if "roles" in columns:
        columns["roles"] = [value if value is ABSENT else tuple(record.data for record in value) for value in columns["roles"]]
    return columns


def _build_knowledge(path: str, sections: dict[str, dict[str, list]]) -> Knowledge:
    shared: dict = {}
    collections = {spec.name: _build_section(sections[spec.name], spec.fields, _MODELS[spec.item_type], shared) for spec in SECTIONS}
    return Knowledge(path=path, **collections)


def _build_section(columns: dict[str, list], fields: tuple[FieldSpec, ...], model: type, shared: dict) -> dict:
    """The entries' model objects by id, made blank and filled a field at a time, from their checked values by key.

    ``map`` over each slot's ``__set__`` runs in C, where a constructor call per
    entry cost 25 µs (100,000 quotes: 2.7 s). Every value but the id is shared
    with equal ones (``shared``): the YAML gives every occurrence its own object
    (each quote's speaker id, date and topics), and one object per distinct
    value halves what 100,000 quotes keep in memory and what the cache stores.
    """
    count = len(columns["id"]) if "id" in columns else 0
    specs = {spec.attribute: spec for spec in fields}
    objects = list(map(object.__new__, repeat(model, count)))
    ids: list = []
    for field in dataclasses.fields(model):
        if model is Event and field.name == "when":
            starts, ends = (_column(columns, key, None, count) for key in ("start", "end"))
            column = list(map(DateSpan, starts, ends))
        elif field.name in specs:
            spec = specs[field.name]
            column = _column(columns, spec.key, field.default, count)
            if spec.kind == "records":
                column = [tuple(_build(record, spec.fields, _RECORD_MODELS[spec.key], shared) for record in value) for value in column]
        else:
            column = list(repeat(field.default, count))
        if field.name == "id":
            ids = column
        else:
            column = list(map(shared.setdefault, column, column))
        deque(map(vars(model)[field.name].__set__, objects, column), maxlen=0)
    return dict(zip(ids, objects))


def _column(columns: dict[str, list], key: str, default, count: int) -> list:
    if key not in columns:
        return list(repeat(default, count))
    column = columns[key]
    return [default if value is ABSENT else value for value in column] if ABSENT in column else column


def _build(data: dict, fields: tuple[FieldSpec, ...], model: type, shared: dict):
    """The model object of one nested record (a person's role), its values shared like an entry's."""
    values = {}
    for spec in fields:
        if spec.key in data:
            value = data[spec.key]
            values[spec.attribute] = shared.setdefault(value, value)
    return model(**values)
