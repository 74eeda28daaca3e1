"""How a question is typed in a chat, around its words: a whole message in code or bold marks ("`when was the nicc
agreed`" was read as a quotation searched for, "*pledges*" as no command); a colleague copied in after the question
("... cc @anna" read as "... my colleague", a miss); a lead such as "hmm," or "qq:" before a command; a message that
only acknowledges the answer ("ok", "cool", "nice": "nice" was the NICC's card, "ok" a miss)."""

import pytest

from bot.request import Request

SLACK_BOT = "U0BOT"


@pytest.mark.parametrize(("typed", "first"), [
    ("`what year was the NICC agreed`", "nato-integrated-cyber-defence-centre"),
    ("```when was the berlin conference```", "berlin-cyber-defence-conference-2023"),
    ("*who opened the berlin conference?*", "berlin-cyber-defence-conference-2023"),
    ("**when was the vilnius summit**", "vilnius-summit-2023"),
])
def test_a_whole_message_in_marks_is_the_question(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("typed", "title"), [("*pledges*", "9 pledges and commitments"), ("`quotes rutte`", "4 quotes by Mark Rutte"),
                                              ("hmm, quotes rutte", "4 quotes by Mark Rutte"), ("qq: pledges", "9 pledges and commitments")])
def test_a_command_typed_in_marks_or_after_a_lead_is_the_command(bot, typed, title):
    assert bot.handle(Request(typed, user=typed)).title == title


@pytest.mark.parametrize("typed", [
    "when was the tirana conference? <@U0ANNA>",
    "when was the tirana conference cc <@U0ANNA>",
    f"<@{SLACK_BOT}> when was the tirana conference <@U0ANNA> <@U0BEN>",
])
def test_a_colleague_copied_in_after_the_question_is_no_part_of_it(bot, typed):
    reply = bot.handle(Request(typed, user=typed, bot_user=SLACK_BOT))
    assert reply.items and reply.items[0].id == "tirana-cyber-defence-conference-2025", reply.title
    assert "colleague" not in reply.title


def test_a_colleague_asked_about_is_still_asked_about(bot):
    reply = bot.handle(Request("who is <@U0ANNA>", user="colleague"))  # the mention is what is asked, not dropped as a cc
    assert reply.kind == "not_found" and "colleague" in reply.title and not reply.items, reply.title


@pytest.mark.parametrize("typed", ["ok", "cool", "nice", "got it", "k", "nice one", "interesting", "ok then"])
def test_an_acknowledgement_gets_what_else_to_ask(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.title.startswith("Anything else?") and not reply.items, reply.title


@pytest.mark.parametrize("typed", ["cool thanks", "ok, thank you!", "perfect thx"])
def test_an_acknowledgement_with_thanks_is_welcomed(bot, typed):
    assert bot.handle(Request(typed, user=typed)).title.startswith("You're welcome")


def test_the_conversation_goes_on_after_an_acknowledgement(bot):
    bot.handle(Request("who opened the berlin conference?", user="u"))
    assert bot.handle(Request("ok", user="u")).title.startswith("Anything else?")
    reply = bot.handle(Request("and who spoke there?", user="u"))
    assert reply.items[0].id == "berlin-cyber-defence-conference-2023", reply.title


@pytest.mark.parametrize("typed", [
    "when was the tirana conference?\n-- Anna",
    "when was the tirana conference\n— Anna K.",
    "when was the tirana conference -- Anna",
    "when was the tirana conference?\nAnna (comms)",
])
def test_a_signature_after_the_question_is_who_asks(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "I have no entry for 'tirana conference anna'"
    assert reply.items and reply.items[0].id == "tirana-cyber-defence-conference-2025" and "anna" not in reply.title.lower(), reply.title


def test_a_place_after_a_dash_is_still_asked(bot):
    reply = bot.handle(Request("when was the pledge conference -- Rome", user="u"))
    assert reply.items[0].id == "rome-pledge-conference-2022", reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("Which Countries Hosteed The Hague Pledge Conference", "hague-pledge-conference-2024"),
    ("What Did Stolt Say In Rome About Allies Recommitting", "stoltenberg-rome-2022-recommit"),
    ("When Was The Tallinn Pledge Conference", "tallinn-pledge-conference-2021"),
])
def test_a_message_with_every_word_capitalised_marks_no_names(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("typed", "has"), [
    ("what was decided at the vilnius summit? dates pls", {"vilnius-summit-2023", "vilnius-2023-cyber-defence-concept"}),
    ("what was decided at wales? dates?", {"wales-summit-2014"}),
])
def test_a_date_asked_after_the_question_is_a_second_ask(bot, typed, has):
    reply = bot.handle(Request(typed, user=typed))  # not "I have no summit in Vilnius." ("... summit dates" named none)
    assert reply.kind == "answer" and has <= {item.id for item in reply.items}, reply.title
