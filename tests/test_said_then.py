"""Words asked of with the time they were said ("who said X in nov 2022", "the Y quote, late 2023, who said that", "her
line about Z in spring 2024"): the time is no part of the words searched but a constraint the line found meets, or the
reply says first that it does not."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote"), [
    ("who said cyber is a constantly contested space in q4 2022", "stoltenberg-rome-2022-contested-space"),
    ("who urged allies to recommit to cyber defence back in 2022", "stoltenberg-rome-2022-recommit"),
    ("who said no one stands alone in october 2025", "rutte-tirana-2025-no-one-stands-alone"),
    ("who talked about microsoft amazon and starlink in the second half of 2023", "stoltenberg-berlin-2023-private-companies"),
])
def test_the_line_said_in_that_time(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and [i.id for i in reply.items][:1] == [quote], (reply.title, [i.id for i in reply.items])


@pytest.mark.parametrize(("typed", "said"), [
    ("who said no one stands alone in h1 2024", "No quote in the knowledge says “no one stands alone” in H1 2024; Mark Rutte"),
    ("who said cyber is a constantly contested space in spring 2023", "in spring 2023; Jens Stoltenberg"),
    ("stoltenberg quote about china in q1 2023", "Not in Q1 2023: Jens Stoltenberg said this at First annual NATO Cyber Defence Conference"),
])
def test_a_line_said_at_another_time_is_told_so_first(bot, typed, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith(("No quote", "Not in")) and said in reply.title, reply.title


@pytest.mark.parametrize(("typed", "quote"), [
    ("odobescu quote, Q2 2024", "odobescu-hague-2024-constant-evolution"),
    ("quote rutte q4 2025", None),
    ("what did ollongren say about standing together in spring 2024", "ollongren-hague-2024-stand-together"),
])
def test_a_speakers_line_at_a_time(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    first = reply.items[0].id if reply.items else ""
    assert reply.kind == "answer" and (first == quote if quote else first.startswith("rutte-tirana-2025")), (reply.title, first)
