"""The knowledge's model objects, made from checked columns: what either reading of a file (plain or positioned) builds.

    knowledge = build_knowledge(path, {"quotes": {"id": [...], "text": [...], ...}, ...})
"""

from __future__ import annotations

import dataclasses
from collections import deque
from itertools import repeat

from .fields import SECTIONS, FieldSpec
from .model import DateSpan, Event, Initiative, Knowledge, Person, Pledge, Quote, Role, Source
from .table import ABSENT

_MODELS = {"source": Source, "person": Person, "event": Event, "pledge": Pledge, "quote": Quote, "initiative": Initiative}
_RECORD_MODELS = {"roles": Role}


def build_knowledge(path: str, sections: dict[str, dict[str, list]]) -> Knowledge:
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
