"""The console adapter, run as a user runs it: `cyberbot console` with typed lines."""

import re
import subprocess
import sys


def run_console(lines: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args, "console"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_console_answers_each_line_until_quit():
    result = run_console("quote no one stands alone\nwho rutte\nquit\nhelp\n")
    assert result.returncode == 0, result.stderr
    assert "No one stands alone in NATO" in result.stdout
    assert "Secretary General" in result.stdout
    assert "List the commands" not in result.stdout  # nothing after quit is answered


def test_console_skips_blank_lines_and_ends_at_end_of_input():
    result = run_console("\n   \nsources\n")
    assert (result.returncode, result.stderr) == (0, "")
    assert re.match(r"\d+ sources\n", result.stdout), result.stdout[:200]  # the blank lines got no answer


def test_console_misspelt_command_answers_the_closest_and_says_so():
    result = run_console("qoute rutte\n")
    assert result.returncode == 0
    assert result.stdout.startswith('Quote by Mark Rutte\n\n“qoute” is not a command. Did you mean “quote rutte”?')


def test_console_refuses_to_start_on_a_broken_knowledge_file(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nevents:\n  - id: x\n    name: [unclosed\n", encoding="utf-8")
    result = run_console("help\n", "--knowledge", str(broken))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{broken}:" in result.stderr


def test_a_follow_up_in_the_console_points_at_what_was_just_asked():
    result = run_console("when was the tirana conference?\nwho hosted it?\n")
    assert result.returncode == 0, result.stderr
    assert "hosted by Albania" in result.stdout
