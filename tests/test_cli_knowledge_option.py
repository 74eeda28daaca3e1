"""`--knowledge FILE` before or after the subcommand, for every subcommand that reads knowledge."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakes.knowledge_files import knowledge_copy

ROOT = Path(__file__).parent.parent


def cyberbot(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CYBERBOT_KNOWLEDGE"}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)


@pytest.fixture
def small(tmp_path: Path) -> str:
    return str(knowledge_copy(tmp_path))


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["ask", "about"], "Events: 3"),
        (["validate"], "OK (3 events, 1 pledge, 2 quotes, 2 people, 1 initiative, 3 sources)"),
        (["digest", "preview", "--date", "2025-10-09"], "NATO Cyber Defence Conference 2025"),
    ],
    ids=["ask", "validate", "digest-preview"],
)
def test_knowledge_option_works_before_or_after_the_subcommand(small, where, command, expected):
    option = ["--knowledge", small]
    args = option + command if where == "before" else command[:2] + option + command[2:]
    done = cyberbot(*args)
    assert (done.returncode, done.stderr) == (0, "")
    assert expected in done.stdout


def test_the_option_after_the_subcommand_wins(small, tmp_path):
    done = cyberbot("--knowledge", str(tmp_path / "missing.yaml"), "validate", "--knowledge", small)
    assert done.returncode == 0 and "OK (3 events" in done.stdout


@pytest.mark.parametrize("command", [["console"], ["slack"], ["discord"], ["digest", "run"]])
def test_every_other_knowledge_reading_subcommand_accepts_it(command):
    done = cyberbot(*command, "--knowledge", "x.yaml", "--help")
    assert done.returncode == 0 and "--knowledge FILE" in done.stdout
