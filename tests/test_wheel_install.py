"""A plain (not editable) `pip install .` still finds the shipped knowledge and seeds."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"pip install . failed:\n{result.stderr[-2000:]}")
    return target


def test_installed_package_answers_from_its_shipped_knowledge(installed, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("CYBERBOT_KNOWLEDGE", None)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "who said no one stands alone"],
        cwd=tmp_path,  # away from the checkout, so only the installed copy can be imported
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Rutte" in result.stdout
    shipped = installed / "bot" / "shipped"
    assert (shipped / "knowledge" / "nato-cyber-defence.yaml").is_file()
    assert len(list((shipped / "seeds").glob("*.txt"))) == 5
