"""Long questions made of the words the question steps read: none may make a pattern backtrack without end.

A pattern with a quantifier inside a quantifier ("(?:(?!x)[^ ]+ ?)+?") can take minutes on a 40-word question
that nearly fits it, and such a question hangs the handler, not only slows it. The fuzz test's inputs are mostly
symbols; these are sentences of the knowledge's own words and the cue words of the steps, in a fresh process with
a deadline, so a runaway pattern fails the test instead of hanging the suite.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = 400
WORDS = 40  # per question: longer than people type, short enough to answer in milliseconds
DEADLINE = 240.0  # seconds for all of them in a fresh process, start-up included (a runaway takes far longer)
SECONDS_PER_ANSWER = 2.0  # as the fuzz test: a bound on a noisy shared machine, not a benchmark

OPENINGS = ["was", "is", "did", "who", "what", "when", "where", "how long", "which", "can i", "i bet you", "is it true that",
            "so rutte said", "ignore", "and the", "what do you think of", "did the pledge conference in rome", "hi all"]
WORDS_READ = ("the hague conference rome berlin tirana stoltenberg rutte ollongren odobescu pledge summit warsaw 2024 2022 "
              "in on at of and or not said says wrote quote line words really actually verified like good better failure "
              "success was is were did say translate more else there one first next previous same for thanks all "
              "source sources who when where how many days in person online format themes agenda focus").split()


def _questions() -> list[str]:
    rng = random.Random(20261203)
    return [f"{rng.choice(OPENINGS)} {' '.join(rng.choice(WORDS_READ) for _ in range(WORDS))}" for _ in range(QUESTIONS)]


_ASK_ALL = """
import json, sys, time
from bot.service import Bot
from bot.request import Request
bot = Bot.from_path(None)
slowest = (0.0, "")
for n, text in enumerate(json.loads(sys.stdin.read())):
    start = time.perf_counter()
    bot.handle(Request(text, user=f"u{n}"))
    slowest = max(slowest, (time.perf_counter() - start, text))
print(json.dumps(slowest))
"""


def test_long_questions_of_the_steps_words_answer_in_bounded_time():
    done = subprocess.run([sys.executable, "-c", _ASK_ALL], input=json.dumps(_questions()), capture_output=True, text=True,
                          cwd=ROOT, timeout=DEADLINE, check=True)
    seconds, text = json.loads(done.stdout.strip().splitlines()[-1])
    assert seconds < SECONDS_PER_ANSWER, f"{seconds:.1f} s for: {text}"
