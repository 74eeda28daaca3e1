"""Claims typed the short way: "pledge agreed at wales 14?" is the Pledge claimed to be agreed there (not the pledge
command's search for a Wales pledge); "stoltenberg at tirana 25 - what'd he say" asks his words there, and a speaker
never recorded at that gathering is said to be so, with who spoke there."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "opens"), [
    ("pledge signed in brussels 2018?", "No: Cyber Defence Pledge was agreed on 8 July 2016 at NATO Warsaw Summit 2016"),
    ("pledge adopted at wales?", "No: Cyber Defence Pledge was agreed on 8 July 2016 at NATO Warsaw Summit 2016"),
    ("pledge agreed in warsaw?", "Yes: Cyber Defence Pledge was agreed on 8 July 2016 at NATO Warsaw Summit 2016"),
])
def test_the_pledge_claimed_agreed_somewhere(bot, typed, opens):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(opens) and reply.items[0].id == "cyber-defence-pledge-2016", reply.title


def test_the_pledge_command_still_finds_a_pledge(bot):
    reply = bot.handle(Request("pledge agreed at wales", user="u"))  # no question mark: which pledge, not a claim
    assert reply.items[0].id == "wales-2014-enhanced-cyber-defence-policy", reply.title


@pytest.mark.parametrize("typed", ["stoltenberg in tirana 2025 - what did he say?", "stoltenberg at the tirana conf, what did he say"])
def test_a_speaker_never_recorded_at_the_gathering(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("There is no quote by Jens Stoltenberg at NATO Cyber Defence Conference 2025") and "Mark Rutte" in reply.title, reply.title


def test_a_speaker_recorded_there(bot):
    reply = bot.handle(Request("ollongren at the hague - what did she say", user="u"))
    assert reply.items[0].id == "ollongren-hague-2024-stand-together", reply.title
