"""The README keeps its promises: the CI line is its test line, every command is documented."""

import datetime as dt
import re
import sys
from pathlib import Path

from adapters.text_render import render_text
from bot.commands import COMMANDS
from bot.request import Request
from bot.service import Bot

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PROMPT = "cyberbot> "
EXAMPLE_DAY = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)  # the day the session was first written
EXAMPLE_QUESTIONS = (
    "when was the conference in tiranna?",
    "who said no one stands alone?",
    "when was the Oslo conference?",
    "did stoltenberg really say china is not our enemy?",
    "quote stoltenbreg",
    "qoute rutte",
)


def commands_table() -> str:
    """The README's command table, generated from the registry."""
    rows = ["| command | what it does | example |", "|---|---|---|"]
    for spec in COMMANDS:
        if not spec.subcommands:
            rows.append(_row(spec.usage, spec.summary, spec.examples[-1:]))
        for sub in spec.subcommands:
            usage = f"{spec.name} {sub.usage}"
            examples = [e for e in spec.examples if e.split()[:2] == usage.split()[:2]]
            rows.append(_row(usage, sub.summary, examples))
    return "\n".join(rows)


def _row(usage: str, summary: str, examples: list[str] | tuple[str, ...]) -> str:
    example = f"`{examples[0]}`" if examples else ""
    return f"| `{usage}` | {summary} | {example} |"


def example_session() -> str:
    """The README's example session: each question and the console's answer to it, asked on EXAMPLE_DAY.

    Some answers depend on the day (``quote stoltenbreg`` picks the day's quote), so a real clock
    would fail this test, and rewrite the README, from one day to the next.
    """
    bot = Bot.from_path(None, clock=lambda: EXAMPLE_DAY)
    lines = ["```", "$ .venv/bin/cyberbot console"]
    for question in EXAMPLE_QUESTIONS:
        lines += [PROMPT + question, render_text(bot.handle(Request(question, platform="console"))), ""]
    return "\n".join(lines[:-1] + ["```"])


def section(name: str) -> str:
    match = re.search(rf"<!-- {name}: start -->\n(.*?)<!-- {name}: end -->", README, re.S)
    assert match, f"README lost its {name} section markers"
    return match.group(1).strip()


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_line = re.search(r"Run the tests:\n\n```\n([^\n]+)\n```", README).group(1)
    assert test_line in ci.splitlines()


def test_readme_run_command_starts_the_console():
    run_line = re.search(r"Run the bot in your terminal.*?\n\n```\n([^\n]+)\n```", README, re.S).group(1)
    assert run_line.endswith("cyberbot console")


def test_every_command_of_the_registry_is_in_the_readme_table():
    expected = commands_table()
    assert section("commands") == expected, "regenerate the README table:\n" + expected


def test_readme_example_session_is_what_the_bot_answers():
    expected = example_session()
    assert section("example-session") == expected, "run `python tests/test_docs.py --write`"


def write_generated_sections() -> None:
    text = README
    for name, body in (("commands", commands_table()), ("example-session", example_session())):
        text = re.sub(rf"(<!-- {name}: start -->\n).*?(<!-- {name}: end -->)", lambda m: m[1] + body + "\n" + m[2], text, flags=re.S)
    (ROOT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write_generated_sections()
    else:
        sys.stdout.write(commands_table() + "\n\n" + example_session() + "\n")
