"""The knowledge cache's file format: the knowledge's entries as columns, the rest as a pickle pointing into them.

    dump(value, entries, file)       # entries: every quote, event, person... the value refers to
    value = load(file, Unpickler)    # Unpickler: a pickle.Unpickler that refuses unknown classes

Unpickling 100,000 quotes one object at a time (a class look-up, a dict of ten
fields and a BUILD for each) took a second. Here the instances of each model
class are first written blank (``NEWOBJ``: ``cls.__new__(cls)``, no fields),
then filled one field at a time (its slot's ``__set__``) by ``map`` calls that
run in C. Three pickles follow one another, from one pickler and read by one
unpickler, so everything that refers to an entry (a field of another entry,
the search index, the look-ups, the day index) is a memo reference to it:

1. the blank instances of each class of ``MODEL_CLASSES``;
2. for each class, one list of values per dataclass field (``(value,)`` where every instance holds that one
   object: a quote's ``trust``, ``original`` and ``note`` at 100,000 quotes, 300,000 references fewer);
3. the value itself.

Field names never come from the file (they are the dataclass fields of this
module's fixed tuple of classes), each table must hold instances of its own
class only, and everything is read by the caller's restricted unpickler.
"""

from __future__ import annotations

import copyreg
import dataclasses
import datetime as dt
import pickle
from array import array
from collections import deque
from collections.abc import Iterable
from itertools import accumulate, repeat
from operator import attrgetter

from .knowledge.model import DateSpan, Event, FuzzyDate, Initiative, Person, Pledge, Quote, Role, Source

MODEL_CLASSES = (Source, Person, Event, Pledge, Quote, Initiative, Role, DateSpan, FuzzyDate)  # each with __slots__
_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in MODEL_CLASSES}
#: The fields that may hold model objects (``said: FuzzyDate | None``, ``roles: tuple[Role, ...]``).
_NESTING_FIELDS = {
    cls: tuple(f.name for f in dataclasses.fields(cls) if any(other.__name__ in str(f.type) for other in MODEL_CLASSES))
    for cls in MODEL_CLASSES
}


def dump(value, entries: Iterable, file) -> None:
    """Write ``value`` to ``file``; ``entries`` and the model objects they hold become columns."""
    tables = _tables(entries)
    pickler = _TablePickler(file, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dump(list(tables.values()))  # blank objects, each now in the memo
    pickler.blanks = False
    pickler.dump([[_column(instances, name) for name in _FIELDS[cls]] for cls, instances in tables.items()])
    pickler.dump(value)


def _column(instances: list, name: str) -> list | tuple:
    """The instances' values of field ``name``: a list, or ``(value,)`` when they all hold that same object."""
    values = list(map(attrgetter(name), instances))
    return (values[0],) if len(values) > 1 and len(set(map(id, values))) == 1 else values


class _TablePickler(pickle.Pickler):
    blanks = True

    def reducer_override(self, obj):
        """While ``blanks``, a model object is written as its class alone (``cls.__new__(cls)``), no fields."""
        if self.blanks and type(obj) in _FIELDS:
            return copyreg.__newobj__, (type(obj),)
        return NotImplemented


def load(file, unpickler_class: type[pickle.Unpickler]):
    """What ``dump`` wrote; any damage raises (pickle.UnpicklingError, ValueError, TypeError, ...)."""
    unpickler = unpickler_class(file)
    tables = unpickler.load()
    if type(tables) is not list or len(tables) != len(MODEL_CLASSES) or any(
        type(instances) is not list or not set(map(type, instances)) <= {cls} for cls, instances in zip(MODEL_CLASSES, tables)
    ):
        raise pickle.UnpicklingError("the knowledge cache's tables are damaged")
    columns = unpickler.load()  # its references to the blank objects are memo references
    if type(columns) is not list or len(columns) != len(MODEL_CLASSES):
        raise pickle.UnpicklingError("the knowledge cache's columns are damaged")
    for cls, instances, fields in zip(MODEL_CLASSES, tables, columns):
        if type(fields) is not list or len(fields) != len(_FIELDS[cls]) or not all(map(_fits, fields, repeat(len(instances)))):
            raise pickle.UnpicklingError(f"the knowledge cache's {cls.__name__} columns are damaged")
        for name, column in zip(_FIELDS[cls], fields):
            values = column if type(column) is list else repeat(column[0], len(instances))
            deque(map(vars(cls)[name].__set__, instances, values), maxlen=0)  # the slot itself: frozen classes too
    return unpickler.load()


def _fits(column, count: int) -> bool:
    """A column as ``_column`` writes it, for ``count`` instances."""
    return (type(column) is list and len(column) == count) or (type(column) is tuple and len(column) == 1 and count > 1)


def _tables(entries: Iterable) -> dict[type, list]:
    """Every model object ``entries`` hold (themselves, their roles, spans and dates), by class, each once.

    Only fields whose type names a model class are looked into; a class refers
    only to classes after it in ``MODEL_CLASSES``, so one pass in that order finds them all.
    """
    found: dict[type, dict[int, object]] = {cls: {} for cls in MODEL_CLASSES}
    for entry in entries:
        found[type(entry)][id(entry)] = entry
    for cls in MODEL_CLASSES:
        instances = list(found[cls].values())
        for name in _NESTING_FIELDS[cls]:
            for value in map(attrgetter(name), instances):
                for item in value if type(value) is tuple else (value,):
                    if type(item) in found:
                        found[type(item)][id(item)] = item
    return {cls: list(bucket.values()) for cls, bucket in found.items()}


def packed(value: tuple) -> tuple:
    """(engine, day index, per-load values) as the cache holds it: the day index's calendar as columns
    (``calendar_columns``)."""
    engine, days, built = value
    return engine, dataclasses.replace(days, calendar=calendar_columns(days.calendar)), built


def unpacked(value: tuple) -> tuple:
    """What ``packed`` was given."""
    engine, days, built = value
    return engine, dataclasses.replace(days, calendar=calendar_from_columns(days.calendar)), built


def calendar_columns(calendar: dict[tuple[int, int], list[tuple]]):
    """The day index's calendar ((month, day) -> [(kind, item, day, order)]) as columns: days as ordinals,
    orders as an array, the items as one list; ``calendar_from_columns`` rebuilds it with one object per
    distinct day instead of one date unpickled per entry. A calendar of any other shape is kept as it is."""
    entries = [entry for day_entries in calendar.values() for entry in day_entries]
    if not all(type(e) is tuple and len(e) == 4 and type(e[2]) is dt.date and type(e[3]) is int and 0 <= e[3] < 1 << 32
               for e in entries):
        return calendar
    kinds, items, days, orders = (list(column) for column in zip(*entries)) if entries else ([], [], [], [])
    lengths = array("I", map(len, calendar.values()))
    return list(calendar), lengths, kinds, items, array("I", map(dt.date.toordinal, days)), array("I", orders)


def calendar_from_columns(columns) -> dict[tuple[int, int], list[tuple]]:
    """What ``calendar_columns`` was given; raises ValueError (or TypeError) when the columns do not fit together."""
    if type(columns) is dict:
        return columns
    month_days, lengths, kinds, items, ordinals, orders = columns
    ends = list(accumulate(lengths))
    if len(month_days) != len(lengths) or not len(kinds) == len(items) == len(ordinals) == len(orders) == (ends[-1] if ends else 0):
        raise ValueError("the knowledge cache's calendar is damaged")
    days = {n: dt.date.fromordinal(n) for n in set(ordinals)}
    entries = list(zip(kinds, items, map(days.__getitem__, ordinals), orders))
    return dict(zip(month_days, map(entries.__getitem__, map(slice, [0, *ends], ends))))
