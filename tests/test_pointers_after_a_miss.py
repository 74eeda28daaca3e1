"""After an honest miss, "there" is the place the missed question named and "the last one" the newest of what it asked
about: the follow-up is answered of them, not searched for as words ("there then", "the last one"). "who was there"
so becomes "who was in oslo", which, like "who was in berlin", asks who took part there, never who is called so."""

import pytest

from bot.request import Request

#: (the question missed, the follow-up, the entry it is answered by)
POINTED = [
    ("what did rutte say in berlin 2023", "ok so who spoke there", "berlin-cyber-defence-conference-2023"),
    ("what did rutte say in berlin 2023", "who hosted there?", "berlin-cyber-defence-conference-2023"),
    ("what did odobescu say in rome", "and who spoke there then", "rome-pledge-conference-2022"),
    ("nato cyber defence conference 2027 when", "what about the latest one", "tirana-cyber-defence-conference-2025"),
    ("pledge conference 2025 where", "and the most recent one?", "hague-pledge-conference-2024"),
    ("nato summit 2030 where", "the last one then", "washington-summit-2024"),
    ("what did stoltenberg say at the madrid summit", "was there a quote from rome", "stoltenberg-rome-2022-contested-space"),  # no pointer
    # a "there" of nothing, or of a place the follow-up names itself: no pointer at the missed place
    ("when was the oslo conference?", "were there two conferences in 2024?", "hague-pledge-conference-2024"),
    ("when was the oslo conference?", "has there been a pledge conference in estonia?", "tallinn-pledge-conference-2021"),
    ("who spoke at the chicago summit", "what nato cyber initiatives are there?", "cyber-coalition"),
    ("when was the madrid conference", "who hosted berlin and did baerbock speak there too", "berlin-cyber-defence-conference-2023"),
]


@pytest.mark.parametrize(("missed", "typed", "first"), POINTED)
def test_a_pointer_after_a_miss_is_what_the_missed_question_named(bot, missed, typed, first):
    conversation = f"{missed}|{typed}"
    missed_reply, reply = (bot.handle(Request(text, user=conversation)) for text in (missed, typed))
    assert (missed_reply.kind, reply.items[0].id if reply.items else None) == ("not_found", first), reply.title


@pytest.mark.parametrize(("missed", "typed"), [("when was the oslo conference?", "who was there?"), ("when was the chicago summit", "who was there")])
def test_who_was_there_after_a_miss_is_the_miss_of_that_place(bot, missed, typed):
    conversation = f"{missed}|{typed}"
    bot.handle(Request(missed, user=conversation))
    reply = bot.handle(Request(typed, user=conversation))
    assert reply.title.startswith("I have no event in") and not reply.items, reply.title  # not "nobody called “in oslo”"


@pytest.mark.parametrize(("typed", "first"), [("who was in berlin", "berlin-cyber-defence-conference-2023"),
                                               ("who was in tirana in 2025", "tirana-cyber-defence-conference-2025"),
                                               ("who in the hague", "hague-pledge-conference-2024")])
def test_who_was_in_a_place_is_who_took_part_there(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and reply.title.startswith("Speakers at"), reply.title


@pytest.mark.parametrize(("first", "typed", "meant"), [
    ("who is rutte", "baerbok berlin 2023 who is she", "annalena-baerbock"),  # a misspelt name of her own, not him
    ("who is stoltenberg", "odobesku at the hague, what did she say", "odobescu-hague-2024-constant-evolution"),
    ("who is ollongren", "what did he say", "ollongren-hague-2024-stand-together"),  # names nobody else: still her
    ("cine e Luminița Odobescu?", "și ce a spus acolo exact?", "odobescu-hague-2024-constant-evolution"),  # a translation's "he"
])
def test_a_pronoun_is_the_last_person_unless_it_fits_only_one_the_message_names(bot, first, typed, meant):
    conversation = f"{first}|{typed}"
    bot.handle(Request(first, user=conversation))
    reply = bot.handle(Request(typed, user=conversation))
    assert reply.items[0].id == meant, reply.title
