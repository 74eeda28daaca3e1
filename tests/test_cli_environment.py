"""Malformed environment variables get one line naming the variable, never a traceback."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cyberbot(*args: str, env: dict) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("CYBERBOT_", "SLACK_", "PORT"))}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=60, env=base | env, cwd=ROOT)


def test_a_non_numeric_port_does_not_break_ask():
    result = cyberbot("ask", "about", env={"PORT": "abc"})
    assert (result.returncode, result.stderr) == (0, "")
    assert "cyberbot" in result.stdout


def test_a_non_numeric_port_stops_slack_with_one_line_naming_it():
    result = cyberbot("slack", env={"PORT": "abc"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "PORT" in result.stderr and "'abc'" in result.stderr


def test_an_upper_case_log_level_is_accepted():
    result = cyberbot("ask", "about", env={"CYBERBOT_LOG_LEVEL": "INFO"})
    assert result.returncode == 0, result.stderr


def test_an_unknown_log_level_is_one_line_naming_the_variable():
    result = cyberbot("ask", "about", env={"CYBERBOT_LOG_LEVEL": "verbose"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "CYBERBOT_LOG_LEVEL" in result.stderr and "debug, info, warning, error" in result.stderr


def test_digest_preview_takes_today_in_the_cyberbot_tz_zone():
    """Kiritimati (UTC+14) and Pago Pago (UTC-11) are never on the same date."""
    ahead = cyberbot("digest", "preview", env={"CYBERBOT_TZ": "Pacific/Kiritimati"})
    behind = cyberbot("digest", "preview", env={"CYBERBOT_TZ": "Pacific/Pago_Pago"})
    assert (ahead.returncode, behind.returncode) == (0, 0), ahead.stderr + behind.stderr
    assert ahead.stdout.splitlines()[0] != behind.stdout.splitlines()[0]
