"""`cyberbot ask` as a user runs it: a real subprocess, asserting (returncode, stdout, stderr)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SMALL_KNOWLEDGE = """\
version: 1
sources:
  - id: src-tirana-2025
    title: "NATO: Cyber Defence Conference"
    publisher: Europe Diplomatic
    published: 2025-10-09
    seed: 003_4856fc98831399fa.txt
people:
  - id: mark-rutte
    name: Mark Rutte
    aliases: [Rutte]
    roles:
      - {title: NATO Secretary General, from: 2024-10-01, aliases: [Secretary General]}
events:
  - id: tiny-conference-2025
    name: Tiny Test Conference
    kind: conference
    start: 2025-10-09
    city: Tirana
    country: Albania
    speakers: [mark-rutte]
    sources: [src-tirana-2025]
quotes:
  - id: rutte-tirana-2025-no-one-stands-alone
    speaker: mark-rutte
    text: No one stands alone in NATO
    said: 2025-10-09
    event: tiny-conference-2025
    source: src-tirana-2025
"""


def cyberbot(*args: str, env: dict | None = None, executable: list[str] | None = None) -> subprocess.CompletedProcess:
    command = executable or [sys.executable, "-m", "bot"]
    full_env = os.environ | (env or {})
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60, env=full_env, cwd=ROOT)


@pytest.fixture
def small_knowledge(tmp_path) -> Path:
    """A one-event knowledge file beside a copy of the seed its quote cites."""
    (tmp_path / "knowledge").mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    path = tmp_path / "knowledge" / "small.yaml"
    path.write_text(SMALL_KNOWLEDGE, encoding="utf-8")
    return path


def test_ask_prints_a_plain_answer():
    result = cyberbot("ask", "who", "co-hosted", "the", "2024", "pledge", "conference?")
    assert (result.returncode, result.stderr) == (0, "")
    assert "hosted by the Netherlands and Romania" in result.stdout
    assert "Sources:" in result.stdout


def test_ask_json_has_text_items_and_sources():
    result = cyberbot("ask", "--json", "quote no one stands alone")
    assert (result.returncode, result.stderr) == (0, "")
    payload = json.loads(result.stdout)
    assert "No one stands alone in NATO" in payload["text"]
    assert {"type": "quote", "id": "rutte-tirana-2025-no-one-stands-alone"} in payload["items"]
    assert all(set(item) == {"type", "id"} for item in payload["items"])
    assert payload["sources"][0]["publisher"] == "Europe Diplomatic"


def test_ask_with_a_date_answers_on_this_day_for_that_date():
    result = cyberbot("ask", "--date", "2025-10-09", "today")
    assert (result.returncode, result.stderr) == (0, "")
    assert "9 October" in result.stdout and "Tirana" in result.stdout


def test_console_script_answers_too():
    script = shutil.which("cyberbot", path=str(Path(sys.executable).parent))
    assert script, "the cyberbot console script is installed with the package"
    result = cyberbot("ask", "event", "hauge", executable=[script])
    assert (result.returncode, result.stderr) == (0, "")
    assert "The Hague" in result.stdout


def test_knowledge_option_uses_another_file(small_knowledge):
    result = cyberbot("--knowledge", str(small_knowledge), "ask", "events")
    assert (result.returncode, result.stderr) == (0, "")
    assert "1 event" in result.stdout and "Tiny Test Conference" in result.stdout


def test_knowledge_from_the_environment(small_knowledge):
    result = cyberbot("ask", "who said no one stands alone", env={"CYBERBOT_KNOWLEDGE": str(small_knowledge)})
    assert (result.returncode, result.stderr) == (0, "")
    assert "Mark Rutte said it" in result.stdout
    assert "Warsaw" not in cyberbot("ask", "events", env={"CYBERBOT_KNOWLEDGE": str(small_knowledge)}).stdout


def test_broken_knowledge_file_exits_1_with_file_line_col(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(SMALL_KNOWLEDGE.replace("start: 2025-10-09", "start: 2025-13-40"), encoding="utf-8")
    result = cyberbot("--knowledge", str(broken), "ask", "events")
    assert result.returncode == 1
    assert result.stdout == ""
    line = next(n for n, text in enumerate(SMALL_KNOWLEDGE.splitlines(), 1) if "start: 2025-10-09" in text)
    assert f"{broken}:{line}:" in result.stderr


def test_ask_without_text_is_a_usage_error():
    result = cyberbot("ask")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.endswith("cyberbot ask: error: the following arguments are required: text\n")


def test_bad_date_is_refused_by_the_parser():
    result = cyberbot("ask", "--date", "9 october", "today")
    assert result.returncode == 2
    assert "expected a date as YYYY-MM-DD" in result.stderr
