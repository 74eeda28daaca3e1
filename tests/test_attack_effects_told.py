"""An attack asked of with what it did to the site's users told after it ("... and people cannot open it", "so nobody
could reach the website", "and the site was down"): the attack, never its effect's words read as a name or an attacker."""

import pytest

from bot.request import Request

DDOS = "nato-websites-ddos-2014"


@pytest.mark.parametrize("typed", [
    "when was nato hacked so nobody could reach the website?",
    "which day the ddos happen and the site was down",
    "when nato website was attacked so people could not reach it",
    "when was nato website attacked and people can not open it",
    "when was the nato site attacked and users couldn't access it for days",
])
def test_the_attack_is_answered(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == DDOS and "March 2014" in reply.title, reply.title


def test_who_was_behind_it_with_the_effect_told(bot):
    reply = bot.handle(Request("who attacked nato websites, and users couldn't access them for days", user="u"))
    assert reply.items[0].id == DDOS and "Cyber Berkut" in reply.title, reply.title
