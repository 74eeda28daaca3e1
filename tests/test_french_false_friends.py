"""English as a French speaker writes it: "tribune" for an op-ed, "discourse" for a speech, "take his functions" for
taking office, and a passive left in statement order ("when Rutte was appointed?"), each read as the question it is."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "entry"), [
    ("Stoltenberg tribune of 2016, when was it published?", "stoltenberg-oped-2016"),
    ("In his tribune Stoltenberg mentions the cyber rapid reaction teams. What are they?", "cyber-rapid-reaction-teams"),
    ("In the tribune of 2016 Stoltenberg writes about the Cyber Defence Pledge. When was it agreed?", "cyber-defence-pledge-2016"),
])
def test_a_tribune_is_the_op_ed(bot, typed, entry):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [entry], (reply.title, reply.items[:2])


@pytest.mark.parametrize(("typed", "speaker"), [
    ("What did Rutte say in his discourse at Tirana?", "Mark Rutte"),
    ("Give me a phrase of the discourse of Stoltenberg in Rome", "Jens Stoltenberg"),
])
def test_a_discourse_is_a_speech(bot, typed, speaker):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and speaker in reply.title, reply.title


@pytest.mark.parametrize(("typed", "said"), [
    ("When did Rutte take up his functions?", "1 October 2024"),
    ("When did Stoltenberg leave his functions?", "1 October 2024"),
    ("When Mark Rutte was appointed?", "1 October 2024"),
    ("When Mark Rutte was named Secretary General and when did he take his functions?", "1 October 2024"),
])
def test_taking_office_in_french_words_and_order(bot, typed, said):
    reply = bot.handle(Request(typed, user=typed))
    assert said in reply.title, reply.title


@pytest.mark.parametrize(("typed", "entry"), [
    ("Where the Cyber Defence Pledge was adopted?", "cyber-defence-pledge-2016"),
    ("When the first pledge conference was held?", "paris-pledge-conference-2018"),
])
def test_a_passive_in_statement_order_is_asked(bot, typed, entry):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [entry], (reply.title, reply.items[:2])
