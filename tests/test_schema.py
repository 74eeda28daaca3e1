"""The JSON Schema, the loader and knowledge/README.md describe the same format."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest

from bot.errors import KnowledgeError
from bot.knowledge.fields import ROLE_FIELDS, SECTIONS
from bot.knowledge.loader import load_knowledge
from bot.knowledge.schema import build_schema, render_schema
from bot.knowledge.yaml_nodes import MappingNode, SequenceNode, compose, is_null
from bot.paths import default_knowledge_path, schema_path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "knowledge"
SEEDS = FIXTURES / "seeds"
VALIDATOR = jsonschema.Draft202012Validator(build_schema())


def yaml12_data(path: Path):
    """The file as an editor's YAML 1.2 sees it: plain 2008 is an int, plain NO a string."""
    return _yaml12(compose(path.read_text(encoding="utf-8")))


def _yaml12(node):
    if isinstance(node, MappingNode):
        return {key.value: _yaml12(value) for key, value in node.value}
    if isinstance(node, SequenceNode):
        return [_yaml12(item) for item in node.value]
    if is_null(node):
        return None
    if not node.style:  # plain scalar: YAML 1.2 core schema
        text = node.value
        if re.fullmatch(r"[-+]?[0-9]+", text):
            return int(text)
        if re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", text):
            return float(text)
        if text in ("true", "True", "TRUE", "false", "False", "FALSE"):
            return text.lower() == "true"
    return node.value


def schema_errors(path: Path) -> list[str]:
    return sorted(f"{'.'.join(map(str, e.absolute_path))}: {e.validator}" for e in VALIDATOR.iter_errors(yaml12_data(path)))


def test_committed_schema_is_the_generated_one():
    """Regenerate with: python -m bot.knowledge.schema > knowledge/schema.json"""
    assert schema_path().read_text(encoding="utf-8") == render_schema()


def test_python_dash_m_bot_schema_prints_the_schema():
    result = subprocess.run([sys.executable, "-m", "bot.knowledge.schema"], capture_output=True, text=True, cwd=ROOT)
    assert (result.returncode, json.loads(result.stdout), result.stderr) == (0, build_schema(), "")


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(build_schema())


def test_fixture_knowledge_validates_against_the_schema():
    assert schema_errors(FIXTURES / "yaml" / "small.yaml") == []


def test_shipped_knowledge_validates_against_the_schema():
    path = default_knowledge_path()
    if not path.exists():
        pytest.skip(f"{path.name} is not written yet (another helper is writing it)")
    assert schema_errors(path) == []


# fmt: off
BROKEN = [
    pytest.param("people:\n  - {id: p, name: P, alias: [X]}\n", ["people.0: additionalProperties"], id="unknown-key"),
    pytest.param("evnts: []\n", [": additionalProperties"], id="unknown-section"),
    pytest.param("people:\n  - {id: p}\n", ["people.0: required"], id="missing-required"),
    pytest.param("people:\n  - {id: Mark_Rutte, name: M}\n", ["people.0.id: pattern"], id="bad-id"),
    pytest.param("sources:\n  - {id: s, title: S, published: 4 Sept 2014}\n", ["sources.0.published: anyOf"], id="bad-date"),
    pytest.param("sources:\n  - {id: s, title: S}\nevents:\n  - {id: e, name: E, kind: conferense, start: 2020, sources: [s]}\n",
                 ["events.0.kind: enum"], id="bad-kind"),
    pytest.param("people:\n  - {id: p, name: P, aliases: P}\n", ["people.0.aliases: type"], id="not-a-list"),
    pytest.param("sources:\n  - {id: s, title: S}\nevents:\n  - {id: e, name: E, kind: summit, start: 2020, sources: []}\n",
                 ["events.0.sources: minItems"], id="empty-sources"),
    pytest.param("version: 2\n", ["version: enum"], id="bad-version"),
    pytest.param('people:\n  - {id: p, name: " "}\n', ["people.0.name: pattern"], id="blank-text"),
    pytest.param("- 1\n", [": type"], id="top-level-list"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected_schema_errors"), BROKEN)
def test_broken_files_fail_both_the_loader_and_the_schema(tmp_path, text, expected_schema_errors):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(path, seeds_dir=SEEDS)
    assert schema_errors(path) == expected_schema_errors


def readme_tables() -> dict[str, dict[str, bool]]:
    """Each section's table in knowledge/README.md as {key: required}."""
    tables: dict[str, dict[str, bool]] = {}
    section = None
    for line in (ROOT / "knowledge" / "README.md").read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"## (\w+)", line)
        if heading:
            section = heading.group(1)
            continue
        row = re.fullmatch(r"\| ([^|]+) \| (yes|no) \|.*", line)
        if section and row:
            for key in row.group(1).split(", "):
                tables.setdefault(section, {})[key.strip()] = row.group(2) == "yes"
    return tables


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.name)
def test_readme_table_lists_every_key_with_its_required_flag(section):
    assert readme_tables()[section.name] == {f.key: f.required for f in section.fields}


def test_readme_names_the_keys_of_a_role():
    roles_row = next(line for line in (ROOT / "knowledge" / "README.md").read_text().splitlines() if line.startswith("| roles |"))
    assert re.search(r"\{(.*?)\}", roles_row).group(1).split(", ") == [f.key for f in ROLE_FIELDS]


def test_readme_example_loads_and_validates(tmp_path):
    readme = (ROOT / "knowledge" / "README.md").read_text(encoding="utf-8")
    example = readme.split("## A small example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "knowledge" / "example.yaml"
    path.parent.mkdir()
    path.write_text(textwrap.dedent(example), encoding="utf-8")
    knowledge = load_knowledge(path, seeds_dir=ROOT / "seeds")
    assert list(knowledge.quotes) == ["rutte-tirana-2025-no-one-stands-alone"]
    assert schema_errors(path) == []
