"""Words someone said, put to a city they were not said in, with no quotation marks ("is it true that stoltenberg said
china is not our enemy in rome", "..., what date was that"): "No: ... said “...” at <event> (Berlin, ...), not in Rome".
Before: his Rome lines ("Jens Stoltenberg in Rome") or the Rome conference's dates, as if he had said it there. And a
person's words asked after at a gathering, with no "did" ("rutte at the rome conf, what he say"): as "what did he say"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "is it true that stoltenberg said china is not our enemy in rome",
    "stoltenberg said china is not our enemy in rome, what date was that",
])
def test_words_put_to_a_city_they_were_not_said_in(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and "Berlin" in reply.title and "not in Rome" in reply.title, reply.title
    assert reply.items[0].id == "stoltenberg-berlin-2023-china-values"


def test_words_said_in_the_city_named_are_not_contradicted(bot):
    reply = bot.handle(Request("did stoltenberg really say china is not our enemy in berlin", user="berlin"))
    assert not reply.title.startswith("No") and reply.items[0].id == "stoltenberg-berlin-2023-china-values", reply.title


@pytest.mark.parametrize(("typed", "says"), [
    ("chris inglis at the rome conf, what he say", "nobody called"),
    ("rutte at the rome conf, what he say", "not among the speakers"),
])
def test_a_speaker_at_a_gathering_asked_with_no_did(bot, typed, says):
    reply = bot.handle(Request(typed, user=typed))  # not the Rome conference's card
    assert reply.kind == "not_found" and says in reply.title, reply.title
