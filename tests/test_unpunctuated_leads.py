"""A message typed with no marks, its question after a lead of the asker's own ("i m compiling a timeline could you
tell me ...", "help me out when was ..."): the question from where it starts, never a miss on the lead's words, never the
command list for "help me ...". A lead that names someone, or a message that asks from its first word, is read whole."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("i m compiling a timeline could you tell me the exact dates of the tirana conference", "tirana-cyber-defence-conference-2025"),
    ("we are preparing a newsletter could you please tell me the hosts of the 2024 pledge conference", "hague-pledge-conference-2024"),
    ("help me out when was the rome pledge conf", "rome-pledge-conference-2022"),
    ("help me with the pledge", "cyber-defence-pledge-2016"),
    ("help us understand who hosted the hague conference", "hague-pledge-conference-2024"),
    ("help a colleague out who hosted the 2024 pledge conference", "hague-pledge-conference-2024"),  # someone else helped
    ("help an old man out where was the warsaw summit", "warsaw-summit-2016"),
    ("help pls when was the berlin conference", "berlin-cyber-defence-conference-2023"),
    ("question 5 what month and year did the hague pledge conference take place", "hague-pledge-conference-2024"),  # ordinary words
])
def test_the_question_after_the_lead_is_answered(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("typed", ["sikorski spoke at which cyber conference", "What is NATO's Locked Shields exercise and who won it last year?"])
def test_no_lead_no_second_reading(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "8 conferences", not the Tirana conference
    assert reply.kind == "not_found", reply.title


@pytest.mark.parametrize("typed", ["help me", "help me out", "help me please", "help me reload confirm", "help me digest subscribe",
                                   "help pls", "help a friend out", "help pls reload confirm"])
def test_help_me_alone_or_with_a_guarded_command_is_the_help(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # never a way round a command's permission
    assert reply.kind == "help", reply.title
