"""A claim that puts an edition in the wrong place of its series ("tirana was the first cyber defence conference?"):
"No:", the edition that was, and the one claimed named too, after it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "was", "claimed"), [
    ("london was the 3rd cyber defence conference right", "tirana-cyber-defence-conference-2025", "london-cyber-defence-conference-2024"),
    ("was rome the first pledge conference?", "paris-pledge-conference-2018", "rome-pledge-conference-2022"),
    ("the tirana conf was the very first annual one, correct?", "berlin-cyber-defence-conference-2023", "tirana-cyber-defence-conference-2025"),
])
def test_the_edition_claimed_is_named_after_the_one_that_was(bot, typed, was, claimed):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert reply.title.startswith("No:") and ids[0] == was and claimed in ids, (reply.title, ids)
