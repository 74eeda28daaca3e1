"""Words someone is reported to have said, then asked for exactly: "the exact wording of X's warning about Y", "X called
Y an enemy. what was the exact quote?", "at the hague X said 'Y'. what else did she say?". What that person said on it
(or that there is no quote by them), never a miss about a speaker called "the" or "she"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("what were the exact words of stoltenberg's warning about china in berlin?", "stoltenberg-berlin-2023-china-values"),
    ("what was the precise wording of rutte's remark on investment?", "rutte-tirana-2025-stepping-up-investment"),
    ("what was the exact quote about starlink?", "stoltenberg-berlin-2023-private-companies"),
    ("Rutte told allies they must step up investment in Tirana. What were his exact words?", "rutte-tirana-2025-stepping-up-investment"),
    ("in rome, stoltenberg urged allies to recommit to cyber defence. what was the exact quote?", "stoltenberg-rome-2022-recommit"),
    ("Odobescu described cybersecurity as a dynamic field. What was the full quote?", "odobescu-hague-2024-constant-evolution"),
])
def test_the_words_reported_are_found(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first, (reply.title, [i.id for i in reply.items][:3])


@pytest.mark.parametrize(("typed", "name"), [
    ("what was the exact wording of edi rama's welcome at tirana?", "Edi Rama"),
    ("What were the exact words of Pat McFadden's speech in London?", "Pat McFadden"),
    ("At the 2021 pledge conference Kaja Kallas said 'we are a digital nation'. What else did she say?", "Kaja Kallas"),
    ("at the london conference pat mcfadden said 'russia is testing us'. what did he say next?", "Pat McFadden"),
])
def test_someone_never_quoted_is_the_miss_by_name(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and name in reply.title, reply.title
    assert "“the”" not in reply.title and "“she”" not in reply.title and "“he”" not in reply.title
