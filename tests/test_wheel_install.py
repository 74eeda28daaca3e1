"""A plain (not editable) `pip install .` still finds the shipped knowledge and seeds."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


# What pyproject.toml builds the wheel from. Built from a copy: setuptools writes build/
# and *.egg-info beside the sources, and a build/lib left by an earlier run would put
# modules deleted since into the wheel (and two test runs at once would share it).
SOURCES = ("pyproject.toml", "README.md", "bot", "adapters", "knowledge", "seeds")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    checkout = tmp_path_factory.mktemp("checkout")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, checkout / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, checkout / name)
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(checkout)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"pip install . failed:\n{result.stderr[-2000:]}")
    return target


# Runs `cyberbot ask`, then checks that every bot module came from the installed
# copy: an editable install elsewhere on the path must not fill in what the wheel lacks.
ASK_FROM_INSTALLED = """
import runpy, sys
sys.argv = ["cyberbot", "ask", "who said no one stands alone"]
try:
    runpy.run_module("bot", run_name="__main__")
except SystemExit as exit:
    code = exit.code
stray = sorted(n for n, m in sys.modules.items() if n.split(".")[0] in ("bot", "adapters")
               and getattr(m, "__file__", None) and not m.__file__.startswith(sys.argv[-1]))
print("STRAY:", stray)
sys.exit(code)
"""


def test_installed_package_answers_from_its_shipped_knowledge(installed, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    script = ASK_FROM_INSTALLED.replace("sys.argv[-1]", repr(str(installed)))
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,  # away from the checkout
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Rutte" in result.stdout
    assert "STRAY: []" in result.stdout
    shipped = installed / "bot" / "shipped"
    assert (shipped / "knowledge" / "nato-cyber-defence.yaml").is_file()
    assert len(list((shipped / "seeds").glob("*.txt"))) == 5
