"""What "this <noun>" of a quote points back to: the line before it, read in the line's own word order, so the same
question gets the same reply in every process (a set's order changes with the hash seed)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.request import Request

ROOT = Path(__file__).resolve().parents[1]
_ASK = """
import datetime as dt
from bot.service import Bot
from bot.request import Request
bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))
for text in ({asked!r}, {context!r}):
    print(bot.handle(Request(text, user=text)).title)
"""
_ONE_FOR_ALL = 'who was it that said "an attack on one is an attack on all" in a cyber context?'
_MISTAKE = "'we must not repeat this mistake' - context?"


def test_the_noun_pointed_back_at_is_the_lines_first(bot):
    assert bot.handle(Request(_MISTAKE, user="m")).title.startswith("“Mistake” points back to the line before it")


def test_this_before_a_verb_gives_the_line_before_without_a_noun(bot):
    """"this is the promise ...", "this means ...": "this" is no noun's; whose line it is, and the line before it."""
    assert bot.handle(Request(_ONE_FOR_ALL, user="o")).title.startswith("Jens Stoltenberg said it; the line before it: “Later, we added")


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_the_reply_is_the_same_under_every_hash_seed(seed):
    script = _ASK.format(asked=_ONE_FOR_ALL, context=_MISTAKE)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Jens Stoltenberg said it; the line before it") and lines[1].startswith("“Mistake” points back"), lines


@pytest.mark.parametrize("question", [
    "The headline of the Berlin article is 'We must not repeat this mistake.' Which mistake is meant?",
    "Stoltenberg said in Berlin 'we must not repeat this mistake'. Which mistake was intended?",
    "'we must not repeat this mistake' - which mistake is being referred to?",
    "which mistake is meant in 'we must not repeat this mistake'?",
])
def test_the_noun_asked_in_the_passive(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.title.startswith("“Mistake” points back to the line before it") and "Russia" in reply.title, reply.title
