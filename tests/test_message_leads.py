"""What people type before a question in a team channel, read as no part of it: a greeting with whom it greets and no
mark after it, or on a line of its own ("hi all⏎when was ..."), a label ("URGENT:", "Q3:", "re:", "fyi -"), a
follow-on word ("also,", "btw -", "ok so"). Before, "hi all⏎when was the berlin conference" listed every conference
(it read "all ... conferences"), "hi team⏎..." answered about the rapid reaction teams, and "URGENT: pledges",
"also, quotes rutte" were no command at all."""

import pytest

from bot.request import Request

BERLIN = "berlin-cyber-defence-conference-2023"


@pytest.mark.parametrize("typed", [
    "hi all\nwhen was the berlin cyber defence conference",
    "hi all when was the berlin cyber defence conference",
    "hi team\nwhen was the berlin cyber defence conference?",
    "hello everybody\n\nwhen was the berlin conference",
    "good morning all\nwhen was the berlin conference",
    "hey y'all when was the berlin conference?",
    "URGENT: when was the berlin conference",
    "Q3: when was the berlin conference?",
    "re: berlin conference - when was it?",
    "fyi - when was the berlin conference",
    "ok so when was the berlin conference",
    "also, when was the berlin conference?",
    "btw - when was the berlin conference",
])
def test_the_lead_is_no_part_of_the_question(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == BERLIN and "November 2023" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "title"), [
    ("URGENT: pledges", "9 pledges and commitments"),
    ("also, quotes rutte", "4 quotes by Mark Rutte"),
    ("ok so quotes rutte", "4 quotes by Mark Rutte"),
])
def test_a_command_after_a_lead_is_still_the_command(bot, typed, title):
    assert bot.handle(Request(typed, user=typed)).title == title


@pytest.mark.parametrize(("typed", "title"), [("help", "cyberbot commands"), ("so what", "Ask me something")])
def test_a_lead_word_alone_is_not_dropped_into_nothing(bot, typed, title):
    assert bot.handle(Request(typed, user=typed)).title == title  # "help" is the command; "so what" asks nothing


@pytest.mark.parametrize("typed", ["need to know when the berlin conference was", "we need to know when was the berlin conference",
                                   "just need to check when the berlin conference was held"])
def test_a_need_to_know_lead_is_no_part_of_the_question(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "Nothing in the knowledge matches 'need to know ...'"
    assert reply.items and reply.items[0].id == BERLIN, reply.title
