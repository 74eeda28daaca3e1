"""The loader's checks on plain data (``plain_yaml.read``), a column at a time, for a file with no problems.

    columns, seeds_found = checked_columns(data, seeds)   # None: some problem, or something these checks leave alone
    ... build from columns ...; seeds_found() or load the positioned way

Every check of ``reader`` and ``checks`` is made here on whole columns (a
field of every entry of a section) with passes that run in C: unknown and
missing keys, empty values, the kind of every value, ids, dates, choices,
references, spans and every quote in its seed. The answer is yes or no: on
the first problem (or anything unusual) it gives None, and the loader reads
the file again the positioned way, which finds and reports every problem with
its line and column as it always has. So a problem is never reported from
here, and a file this accepts is one the positioned reading accepts, giving
the same values (``loader._build_section`` builds both).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain, compress, repeat
from operator import is_not
from typing import Any

from . import background
from .checks import SeedLibrary
from .fields import (
    FORMAT_VERSION,
    ID_PATTERN,
    SECTIONS,
    SECTIONS_BY_NAME,
    FieldSpec,
)
from .model import FuzzyDate
from .reader import read_date
from .table import ABSENT, Table

FORK_MIN_QUOTES = 20_000  # from here the seeds are checked in a forked process while the loader builds (a second or more)
Columns = dict[str, list]  # a section's converted values by key, ABSENT where an entry has none


class _Problem(Exception):
    """Something the positioned reading is to report."""


def checked_columns(data: dict[str, Any], seeds: SeedLibrary, *, fork: bool = True) -> tuple[dict[str, Columns], Callable[[], bool]] | None:
    """Each section's columns, its values converted as ``reader`` converts them, and the seeds' verdict (True:
    every quote is in its seed; to be awaited before the columns are trusted); None at the first problem.
    ``fork``: a large file's seeds are checked in a forked process meanwhile (else here, now)."""
    converted = converted_columns(data)
    if converted is None:
        return None
    sections, ids = converted
    fork = fork and len(sections["quotes"].get("id", ())) >= FORK_MIN_QUOTES
    return sections, background.verdict(lambda: _check_seeds(sections, ids, seeds), fork=fork)


def converted_columns(data: dict[str, Any]) -> tuple[dict[str, Columns], dict[str, set[str]]] | None:
    """``checked_columns`` without the seeds: the columns, and the ids of each item type; None at a problem."""
    try:
        sections = _sections(data)
        ids = _unique_ids(sections)
        _check_references(sections, ids)
        _check_spans(sections)
    except _Problem:
        return None
    return sections, ids


def _sections(data: dict[str, Any]) -> dict[str, Columns]:
    sections: dict[str, Columns] = {spec.name: {} for spec in SECTIONS}
    for key, value in data.items():
        if key == "version":
            _require(value == str(FORMAT_VERSION))
        elif key in SECTIONS_BY_NAME and value is not None and value != []:
            _require(type(value) is Table)
            sections[key] = _columns(SECTIONS_BY_NAME[key].fields, value)
        else:
            _require(key in SECTIONS_BY_NAME)
    return sections


def _columns(fields: tuple[FieldSpec, ...], table: Table) -> Columns:
    specs = {spec.key: spec for spec in fields}
    _require(set(table.columns) <= set(specs))
    columns: Columns = {}
    for key, raw in table.columns.items():
        spec = specs[key]
        present = list(compress(raw, map(is_not, raw, repeat(ABSENT)))) if ABSENT in raw else raw
        _require(None not in present and (not spec.required or len(present) == table.count))
        columns[key] = _converted(spec, raw, present)
    _require(all(spec.key in columns for spec in fields if spec.required) or not table.count)
    return columns


def _converted(spec: FieldSpec, raw: list, present: list) -> list:
    """The column's values as ``reader._read_value`` gives them (a FuzzyDate for a date, a tuple for a list)."""
    kinds = set(map(type, present))
    if spec.kind in ("texts", "refs", "records"):
        _require(kinds <= {list} and all(map(len, present)) if spec.min_items else kinds <= {list})
        if spec.kind == "records":
            return [value if value is ABSENT else tuple(_record(spec.fields, item) for item in value) for value in raw]
        items = list(chain.from_iterable(present))
        _require(set(map(type, items)) <= {str} and all(map(str.strip, items)))
        return [value if value is ABSENT else tuple(value) for value in raw]
    _require(kinds <= {str} and all(map(str.strip, present)))
    if spec.kind == "date":
        dates = {text: _date(text) for text in set(present)}
        dates[ABSENT] = ABSENT  # type: ignore[index]
        return list(map(dates.__getitem__, raw))
    if spec.kind == "id":
        _require(all(map(ID_PATTERN.fullmatch, present)))
    if spec.choices:
        _require(set(present) <= set(spec.choices))
    return raw


def _record(fields: tuple[FieldSpec, ...], item: Any) -> dict[str, Any]:
    """A nested record (a person's role) as ``reader`` reads it into ``Entry.data``."""
    _require(type(item) is dict)
    columns = _columns(fields, Table(1, {key: [value] for key, value in item.items()}))
    return {key: column[0] for key, column in columns.items()}


def _date(text: str) -> FuzzyDate:
    """The date as ``reader`` reads it, and remembered with it: a date of one column comes again in another (an event's
    start, a quote's day), and in the positioned reading where that follows."""
    value, problem = read_date(text)
    _require(problem is None)
    return value


def _unique_ids(sections: dict[str, Columns]) -> dict[str, set[str]]:
    """The ids of each section's item type; every id unique across the file."""
    ids = {spec.item_type: set(sections[spec.name].get("id", ())) for spec in SECTIONS}
    every = [value for spec in SECTIONS for value in sections[spec.name].get("id", ())]
    _require(len(set(every)) == len(every) and ABSENT not in every)
    return ids


def _check_references(sections: dict[str, Columns], ids: dict[str, set[str]]) -> None:
    for spec in SECTIONS:
        for field in spec.fields:
            column = sections[spec.name].get(field.key)
            if field.target is None or column is None:
                continue
            named = set(column) if field.kind == "ref" else set(chain.from_iterable(v for v in column if v is not ABSENT))
            named.discard(ABSENT)
            _require(named <= ids[field.target])


def _check_spans(sections: dict[str, Columns]) -> None:
    events = sections["events"]
    for start, end in zip(events.get("start", ()), events.get("end", ())):
        _require(end is ABSENT or not end.last_day() < start.first_day())
    for roles in sections["people"].get("roles", ()):
        for role in () if roles is ABSENT else roles:
            start, end = role.get("from"), role.get("to")
            _require(start is None or end is None or not end.last_day() < start.first_day())


def _check_seeds(sections: dict[str, Columns], ids: dict[str, set[str]], seeds: SeedLibrary) -> None:
    """Every source's seed is usable, every quote's source has one, and every quote is in it (each distinct
    text once per seed, in the seed's order of the quotes)."""
    sources = sections["sources"]
    seed_of = dict(zip(sources.get("id", ()), sources.get("seed", repeat(ABSENT))))
    _require(all(seeds.problem(seed) is None for seed in set(seed_of.values()) - {ABSENT}))
    quotes = sections["quotes"]
    texts_by_seed: dict[str, dict[str, None]] = {}
    for source, text in zip(quotes.get("source", ()), quotes.get("text", ())):
        seed = seed_of[source]
        _require(seed is not ABSENT)
        texts_by_seed.setdefault(seed, {})[text] = None
    for seed, texts in texts_by_seed.items():
        seed_text = seeds.text(seed)
        _require(seed_text is not None and all(map(seed_text.holds, texts)))


def _require(condition: Any) -> None:
    if not condition:
        raise _Problem

