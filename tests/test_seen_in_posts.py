"""A claim pasted from social media with the place it was seen as its lead, bare or with an article ("post says X",
"tweet claims X", "the thread says X", "viral caption: X", "claim that X"): the claim is checked as "is it true that X",
never searched for as quoted words or as a post the knowledge would hold."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("tweet claims the cyber defence pledge was agreed in wales in 2014", "cyber-defence-pledge-2016", "Warsaw"),
    ("the thread says the pledge was agreed at the wales summit. accurate?", "cyber-defence-pledge-2016", "Warsaw"),
    ("viral caption: the first annual nato cyber defence conference was in london", "berlin-cyber-defence-conference-2023", "Berlin"),
    ("screenshot says the tirana conference was in november 2025", "tirana-cyber-defence-conference-2025", "October"),
    ("claim that the hague pledge conference was held in 2023", "hague-pledge-conference-2024", "2024"),
])
def test_a_claim_led_by_where_it_was_seen_is_checked(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first, (reply.title, [i.id for i in reply.items])
    assert reply.title.startswith("No") and said in reply.title, reply.title


def test_a_first_time_claimed_from_a_video_is_corrected(bot):
    reply = bot.handle(Request("this video claims cyber coalition started in 2016", user="u"))
    assert reply.title.startswith("No") and "2008" in reply.title and "cyber-coalition-2008" in [i.id for i in reply.items], reply.title
