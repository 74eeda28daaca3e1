"""A place the knowledge holds no gathering in, named as where someone spoke or something was decided, asked in a
negative or tag question or any other way ("didn't rutte give a speech in oslo?", "the madrid conference adopted a
cyber policy, didn't it?"): "I have no event in <place>." first, never a miss about something else that leaves the
place unsaid, nor an entry held elsewhere."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "place"), [
    ("didn't rutte give a keynote in oslo?", "Oslo"),
    ("stoltenberg gave a cyber speech in lisbon, didn't he?", "Lisbon"),
    ("wasn't geoana at a nato cyber conference in helsinki?", "Helsinki"),
    ("did ollongren speak at a conference in madrid?", "Madrid"),
    ("didn't the madrid summit agree the first cyber policy?", "Madrid"),
    ("did ollongren say anything at the 2024 pledge conference in amsterdam", "Amsterdam"),  # was her Hague line, titled "... in amsterdam"
])
def test_the_missing_place_is_said_first(bot, typed, place):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("I have no ") and place in reply.title, reply.title


@pytest.mark.parametrize("typed", ["is the article on the madrid summit accurate?", "didn't stoltenberg speak in rome?",
                                   "what did ollongren say at the conference in amsterdam"])  # "I have no conference in Amsterdam; the one in ..."
def test_a_reply_that_already_names_the_place_stands(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # its own miss names madrid; rome held a conference
    assert "I have no event in" not in reply.title, reply.title
