"""A policy or initiative asked for in a reporter's words: a battlefield for a domain, hacking back for the
alliance's stance, "some kind of system" for a platform, what a summit "did" on cyber for what it decided."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("So NATO treats cyberspace like a battlefield now, same as land and sea? when did that start", "cyberspace-domain-of-operations-2016"),
        ("is cyberspace a battlefield for nato now?", "cyberspace-domain-of-operations-2016"),
        ("when did cyber become a war zone for nato", "cyberspace-domain-of-operations-2016"),
        ("did nato declare cyberspace a warfighting domain?", "cyberspace-domain-of-operations-2016"),
        ("Is NATO planning to go on offense and hack people back?", "defensive-principles-2016"),
        ("will nato hack them back if attacked", "defensive-principles-2016"),
        ("is nato going on the offence in cyberspace", "defensive-principles-2016"),
        ("does NATO have some kind of system for sharing info about malware between countries", "malware-information-sharing-platform"),
        ("does NATO have teams that help countries under cyber attack", "cyber-rapid-reaction-teams"),
        ("is NATO going to attack Russia with hackers?", "defensive-principles-2016"),
        ("does nato have cyber weapons", "defensive-principles-2016"),
        ("is there some sort of platform where allies swap malware info", "malware-information-sharing-platform"),
        ("do allies have some kind of team to help a country under cyber attack", "cyber-rapid-reaction-teams"),
        ("what did the Vilnius summit actually do on cyber", "vilnius-2023-cyber-defence-concept"),
        ("what did the wales summit really achieve on cyber", "wales-2014-enhanced-cyber-defence-policy"),
    ],
)
def test_a_policy_asked_in_other_words(bot_9_november, question, first):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title


def test_words_said_about_a_battlefield_stay_words(bot_9_november):
    reply = bot_9_november.handle(Request("who said cyber is a battlefield", user="battlefield-said"))
    assert "domain of operations" not in reply.title, reply.title


def test_a_summit_the_knowledge_lacks_is_not_another_summit(bot_9_november):
    reply = bot_9_november.handle(Request("what did the Madrid summit actually do on cyber", user="madrid-did"))
    assert reply.title.startswith("I have no summit in Madrid"), reply.title
