"""The domain's words a phone's autocorrect turned into everyday ones ("the cyber defence please", "decide on cider",
"the 2019 please conference", "vyber defence conference"): read as the pledge and cyber meant, never as a sign-off
dropped ("what is the cyber defence": the bot's help) nor as another year's conference; "cider" with nothing of NATO's
around it, and a "please" after a mark, stay what they are."""

import pytest

from bot.request import Request

PLEDGE = "cyber-defence-pledge-2016"


@pytest.mark.parametrize(("typed", "first"), [
    ("whats the cyber defense please?", PLEDGE),
    ("can you explain the cyber defence please", PLEDGE),
    ("what does the cyber please commit allies to", PLEDGE),
    ("the cider defence please", PLEDGE),
    ("who hosted the 2019 please conference", "london-pledge-conference-2019"),
    ("rome cyber ledge conference when", "rome-pledge-conference-2022"),
    ("the hague please conf, who hosted", "hague-pledge-conference-2024"),
    ("what did the Vilnius summit decide on Cider", "vilnius-2023-cyber-defence-concept"),
    ("nato cider policy in 2014?", "wales-2014-enhanced-cyber-defence-policy"),
    ("when was the vyber defence conference in london", "london-cyber-defence-conference-2024"),
])
def test_the_word_autocorrect_replaced_is_read_as_meant(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("typed", ["when was the 2023 ledge conference", "who spoke at the 2025 cyber please conference"])
def test_a_pledge_conference_in_a_year_without_one_is_a_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # never the 2023 or 2025 cyber defence conference
    assert reply.title.startswith("I have no Cyber Defence Pledge Conference in 20"), reply.title


@pytest.mark.parametrize("typed", ["what is cider", "cider in london?", "a cider please", "tell me about cyber defence, please"])
def test_cider_or_a_sign_off_with_nothing_of_nato_meant_stays(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert not any(i.id == PLEDGE for i in reply.items) and "cyber" not in reply.title.lower().split(), reply.title
