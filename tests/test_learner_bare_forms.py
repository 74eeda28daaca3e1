"""A learner's bare forms ("what concept the allies agree", "who announce", "start to be", "how many day", "about china
what he said"): read as the question English asks, never as a name ("nobody called “announce ...”"), a quote's words
or a search that finds nothing."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("which concept the allies agree in vilnius", "vilnius-2023-cyber-defence-concept"),
    ("what new concept nato agree in Vilnius", "vilnius-2023-cyber-defence-concept"),
    ("which policy nato adopt in wales", "wales-2014-enhanced-cyber-defence-policy"),
    ("which pledge the allies agree in warsaw", "cyber-defence-pledge-2016"),
])
def test_a_noun_after_what_then_a_subject_and_a_bare_verb(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("who announce the date of vilnius summit", "vilnius-dates-announcement-2022", "Vilnius"),
    ("when rutte start to be secretary general", "mark-rutte", "1 October 2024"),
    ("when did stoltenberg begin as secretary general", "jens-stoltenberg", "1 October 2014"),
    ("how many day was the tirana conference", "tirana-cyber-defence-conference-2025", "2 days"),
    ("how many days the hague pledge conference was", "hague-pledge-conference-2024", "2 days"),
    ("about china what stoltenberg say", "stoltenberg-berlin-2023-china-values", "china"),
    ("about investment what rutte said", "rutte-tirana-2025-stepping-up-investment", "investment"),
])
def test_other_bare_forms(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and reply.items[0].id == first and says in reply.title, reply.title


def test_about_alone_is_still_the_command(bot):
    assert bot.handle(Request("about", user="u")).title == "About cyberbot"
