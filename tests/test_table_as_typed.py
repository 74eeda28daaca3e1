"""The public answer table asked the ways people wrap a question: greeting the bot first, thanking it after, in
capitals, with an emoji or a doubled question mark at the end, "can you tell me", "pls" or an introduction first,
"anyone know?" or "lol" after. Every such variant of a row must be answered as the row
is (the same verdict from ``scoring.judge``): the wrapping is no word of the question.

A sample of the table (every ``STEP``th row that follows up nothing), so the test stays quick; the benchmark-style
sweep over every row found the classes (``bot.answering.addressing``, ``bot.answering.typed_form``).
"""

from dataclasses import replace

import pytest

from adapters.text_render import render_text
from tests.answers.scoring import ask_in_conversation, judge, load_rows

STEP = 25
SAMPLE = [row for row in load_rows() if not row.after and "\n" not in row.ask][::STEP]  # a line quoted from the thread is its own
WRAPS = {
    "greeted": lambda ask: f"hey cyberbot, {ask}",
    "thanked": lambda ask: f"{ask.rstrip()} thanks!",
    "shouted": str.upper,
    "with an emoji": lambda ask: f"{ask.rstrip()} 🙏",
    "asked twice": lambda ask: f"{ask.rstrip('?. ')}??",
    "led in": lambda ask: f"quick q - {ask}",
    "put politely": lambda ask: f"can you tell me {ask[:1].lower()}{ask[1:]}",
    "asked of the room": lambda ask: f"{ask.rstrip()} anyone know?",
    "with a particle": lambda ask: f"{ask.rstrip()} lol",
    "pleaded": lambda ask: f"pls {ask}",
    "introduced": lambda ask: f"hi, i'm writing a piece on nato. {ask}",
}


@pytest.mark.parametrize("wrap", WRAPS)
def test_a_wrapped_question_is_answered_as_the_row(bots, wrap):
    changed = []
    for n, row in enumerate(SAMPLE):
        wrapped = replace(row, ask=WRAPS[wrap](row.ask))
        reply = ask_in_conversation(bots(row.today), wrapped, f"{wrap}-{n}")
        if why := judge(wrapped, reply, render_text(reply)):
            changed.append(f"{wrapped.ask!r}: {why}")
    assert not changed, "\n".join(changed)
