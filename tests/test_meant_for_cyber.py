"""What a gathering "meant for cyber" ("what did the warsaw summit mean for cyber defence") is what was decided there,
never a miss about the summit's quotes; what a person "meant" stays a question of their words."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "decided"), [
    ("what did the warsaw summit mean for cyber defence", "cyber-defence-pledge-2016"),
    ("what does the wales summit mean for cyber", "wales-2014-enhanced-cyber-defence-policy"),
    ("what did the vilnius summit mean for nato cyber defence", "vilnius-2023-cyber-defence-concept"),
    ("what did the 2024 washington summit mean for cyber?", "nicc-2024"),
])
def test_a_gatherings_meaning_is_its_decisions(bot, typed, decided):
    reply = bot.handle(Request(typed, user=typed))
    assert decided in [i.id for i in reply.items] and "quote" not in reply.title.lower(), reply.title


def test_after_the_summit_it_means_the_summit(bot):
    bot.handle(Request("when was the washington summit", user="after"))
    reply = bot.handle(Request("and what did it mean for cyber?", user="after"))
    assert reply.items[0].id == "nicc-2024", reply.title


def test_a_summit_the_knowledge_lacks_is_a_miss(bot):
    reply = bot.handle(Request("what did the madrid summit mean for cyber", user="madrid"))
    assert reply.kind == "not_found" and reply.title == "I have no summit in Madrid.", reply.title


def test_what_a_person_meant_stays_their_words(bot):
    reply = bot.handle(Request("what did rutte mean for nato", user="rutte"))
    assert reply.items[0].type == "quote" and "Rutte" in reply.title, reply.title
