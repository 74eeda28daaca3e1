"""The console adapter: chat with cyberbot in a terminal, no tokens needed.

Reads one line at a time (with readline editing and history when the terminal
has it), hands it to the core and prints the plain-text reply. Piped input
works too: ``echo "quote rutte" | cyberbot console``. The person at the
terminal runs the bot, so they hold every role. No answering logic here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from adapters.text_render import render_text
from bot.paths import state_dir
from bot.request import EVERY_ROLE, Request
from bot.service import Bot

PROMPT = "cyberbot> "
QUIT_WORDS = frozenset({"quit", "exit", ":q", "bye"})
BANNER = (
    "cyberbot: NATO cyber-defence events, pledges and quotes.\n"
    "Type a command (help, events, quote rutte) or a question "
    "(when was the Tirana conference?). Ctrl-D or 'quit' leaves.\n"
)


def history_path() -> Path:
    return state_dir() / "console_history"


def _enable_readline() -> Path | None:
    """Turn on line editing and load the history; None where readline is missing."""
    try:
        import readline
    except ImportError:  # Windows without pyreadline
        return None
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            readline.read_history_file(path)
    except OSError:
        return None
    readline.set_history_length(1000)
    return path


def _save_history(path: Path | None) -> None:
    if path is None:
        return
    import readline

    try:
        readline.write_history_file(path)
    except OSError:
        pass  # a read-only home must not spoil leaving the console


def run_console(bot: Bot, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Answer lines from ``stdin`` until end of input or a quit word."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()
    history = _enable_readline() if interactive else None
    user = os.environ.get("USER", "console")
    if interactive:
        print(BANNER, file=stdout)
    try:
        while True:
            try:
                line = input(PROMPT) if interactive else stdin.readline()
            except EOFError:
                break
            except KeyboardInterrupt:
                print(file=stdout)
                continue
            if not interactive and line == "":
                break
            text = line.strip()
            if not text:
                continue
            if text.lower() in QUIT_WORDS:
                break
            reply = bot.handle(Request(text, platform="console", channel="console", user=user, roles=EVERY_ROLE))
            print(render_text(reply), file=stdout)
            print(file=stdout)
            stdout.flush()
    finally:
        _save_history(history)
    return 0
