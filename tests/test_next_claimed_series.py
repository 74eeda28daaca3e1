"""Which gathering came next (or before), claimed with the series' full name or "the following": the one that did, with
its dates, whatever place the asker guessed; never "I have no conference in London" nor the one after the guess."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "meant"), [
    ("after berlin the next nato cyber defence conference was in london? when?", "london-cyber-defence-conference-2024"),
    ("the next NATO Cyber Defence Conference after Berlin was held in Paris?", "london-cyber-defence-conference-2024"),
    ("the previous nato cyber defence conference before tirana was in london, no?", "london-cyber-defence-conference-2024"),
    ("after rome the following cyber defence pledge conference was in the hague, correct?", "hague-pledge-conference-2024"),
    ("after london 2019 the following pledge conference was tallinn?", "tallinn-pledge-conference-2021"),
])
def test_the_next_one_claimed_is_answered_with_the_one_that_came(bot, typed, meant):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == meant, reply.title


def test_none_after_the_last_is_said_so(bot):
    reply = bot.handle(Request("after the hague the next nato cyber defence pledge conference was in rome, right?", user="u"))
    assert reply.title.startswith("The knowledge has no Cyber Defence Pledge Conference after"), reply.title
