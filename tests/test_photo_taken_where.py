"""A photo named before the question, then "was that taken at X?": the pictured event, whatever the story's place."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize("message", [
    "The article about the Rome conference that I clipped has a photograph of Stoltenberg with young people. Was that taken at the Rome conference itself?",
    "The Rome article has a photograph of Stoltenberg with young people. Was that taken at the Rome conference itself?",
    "The Rome piece shows a picture of Stoltenberg with influencers. Was it taken in Rome?",
    "The story on the Rome conference uses a photo of Stoltenberg with some young people. Was that snapped at the conference?",
    "which countries were the content creator people from?",  # "the content creator people": the content creators
    "which countries were those young content creator people from?",
    "where were the influencer people in the photo from?",
])
def test_the_pictured_meeting(bot, message):
    reply = bot.handle(Request(message, user=message))
    assert reply.items and reply.items[0].id == "protect-the-future-photo-2022", reply.title
    assert "27 May 2022" in render_text(reply) and "Latvia" in render_text(reply)


def test_a_question_without_a_photo_is_not_about_one(bot):
    reply = bot.handle(Request("The Rome article is long. Was that conference held in Rome?", user="no-photo"))
    assert reply.items and reply.items[0].id == "rome-pledge-conference-2022", reply.title


@pytest.mark.parametrize("question", [
    "what were the names of the influencers in the photo with stoltenberg?",
    "give me the names of the young content creators in the photograph",
])
def test_the_names_of_those_pictured_with_someone_are_not_recorded(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.kind == "not_found" and "Stoltenberg meets young content creators" in reply.title, reply.title

