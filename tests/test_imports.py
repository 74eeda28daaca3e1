"""The core stays light: `cyberbot ask` and `import bot` never load a chat platform's library."""

import subprocess
import sys

import pytest

PLATFORM_MODULES = ("slack_bolt", "slack_sdk", "discord", "aiohttp")


def imported_by(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return {name.split(".")[0] for name in result.stdout.split()}


def test_import_bot_loads_no_platform_library():
    assert imported_by("import bot").isdisjoint(PLATFORM_MODULES)


def test_answering_a_question_loads_no_platform_library():
    code = (
        "import contextlib, io\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['ask', 'who said no one stands alone']) == 0\n"
    )
    modules = imported_by(code)
    assert "rapidfuzz" in modules  # the answer really ran through the search
    assert modules.isdisjoint(PLATFORM_MODULES), modules & set(PLATFORM_MODULES)


@pytest.mark.parametrize("module", PLATFORM_MODULES)
def test_cyberbot_ask_importtime_shows_no_platform_library(module):
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot", "ask", "today"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "bot" in imported
    assert module not in imported


def test_every_package_of_the_core_is_in_the_wheel():
    """pyproject lists packages explicitly; a subpackage missing there is missing from `pip install .`."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "bot").rglob("__init__.py") if "shipped" not in p.parts}
    assert found <= listed, found - listed
