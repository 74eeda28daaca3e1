"""The JSON Schema (draft 2020-12) of the knowledge format, generated from ``bot.knowledge.fields``.

    $ python -m bot.knowledge.schema > knowledge/schema.json

Editors read YAML 1.2 (``2008`` is an integer there, ``NO`` a string), so a
date may be a 4-digit integer and a text any scalar, just as the loader takes
every scalar by its text. ``tests/test_schema.py`` keeps the committed file
equal to this output.
"""

from __future__ import annotations

import json
from typing import Any

from .fields import (
    DATE_PATTERN,
    FORMAT_VERSION,
    ID_PATTERN,
    SECTIONS,
    VERSION,
    FieldSpec,
    SectionSpec,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_DEFS: dict[str, Any] = {
    "id": {
        "type": "string",
        "pattern": f"^{ID_PATTERN.pattern}$",
        "description": "lowercase letters, digits and hyphens: rome-pledge-conference-2022",
    },
    "date": {
        "description": "YYYY-MM-DD, YYYY-MM or YYYY; the form is the precision",
        "anyOf": [
            {"type": "string", "pattern": f"^{DATE_PATTERN.pattern}$"},
            {"type": "integer", "minimum": 1000, "maximum": 9999},
        ],
    },
    "text": {"type": ["string", "number", "boolean"], "pattern": "\\S"},  # not blank
}


def build_schema() -> dict[str, Any]:
    """The whole schema as a JSON-ready dict."""
    properties: dict[str, Any] = {
        VERSION.key: {"enum": [FORMAT_VERSION, str(FORMAT_VERSION)], "description": VERSION.help},
    }
    defs = dict(_DEFS)
    for section in SECTIONS:
        properties[section.name] = _section(section)
        defs[section.item_type] = _record(section.fields, section.help)
    return {
        "$schema": DRAFT,
        "title": "cyberbot knowledge",
        "description": "The knowledge cyberbot answers from; see knowledge/README.md.",
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "$defs": defs,
    }


def _section(section: SectionSpec) -> dict[str, Any]:
    return {
        "type": ["array", "null"],
        "items": {"$ref": f"#/$defs/{section.item_type}"},
        "description": section.help,
    }


def _record(fields: tuple[FieldSpec, ...], help_text: str = "") -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "required": [f.key for f in fields if f.required],
        "properties": {f.key: _field(f) for f in fields},
    }
    if help_text:
        record["description"] = help_text
    return record


def _field(spec: FieldSpec) -> dict[str, Any]:
    if spec.kind in ("id", "ref"):
        schema: dict[str, Any] = {"$ref": "#/$defs/id"}
    elif spec.kind == "date":
        schema = {"$ref": "#/$defs/date"}
    elif spec.choices:
        schema = {"enum": list(spec.choices)}
    elif spec.kind == "text":
        schema = {"$ref": "#/$defs/text"}
    elif spec.kind == "records":
        schema = {"type": "array", "items": _record(spec.fields)}
    else:  # texts, refs
        item = "#/$defs/id" if spec.kind == "refs" else "#/$defs/text"
        schema = {"type": "array", "items": {"$ref": item}}
        if spec.min_items:
            schema["minItems"] = spec.min_items
    description = spec.help or (f"{spec.target} id" if spec.target else "")
    if description:
        schema["description"] = description
    return schema


def render_schema() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(render_schema(), end="")
