"""A photo named by the place of the story it is in ("the Rome photo") is the photo that story carries, though taken
elsewhere: who is in it is an honest miss when the knowledge names nobody (bot.answering.topics.pictures)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("question", [
    "names of the 10 content creators in the Rome photo??? need them for a thank-you",
    "who are the influencers in the Rome article's pic? need names",
    "names of the young people in the photo in the Rome piece",
    "names of the people in the rome photo",
])
def test_the_people_in_a_story_s_photo_are_not_named(bot, question):
    reply = bot.handle(Request(question, user="story-photo"))
    assert is_miss(reply) and "Protect the Future" in render_text(reply), reply.title
    assert "the the" not in reply.title


def test_the_story_s_photo_is_still_placed_where_it_was_taken(bot):
    reply = bot.handle(Request("the rome article's photo of stoltenberg with young content creators - where was it taken?", user="story-photo"))
    assert "Brussels" in render_text(reply), reply.title


@pytest.mark.parametrize("question", [
    "The Rome article carries a photograph of young content creators. From which Allied countries did they come?",
    "Where did the content creators pictured in the Rome article come from?",
    "Who is photographed with Stoltenberg in the Rome article, and where are they from?",
    "What does the photograph in the Rome article show?",
])
def test_a_photograph_or_someone_pictured_is_a_photo_too(bot, question):
    reply = bot.handle(Request(question, user="story-photo"))
    assert [ref.id for ref in reply.items][:1] == ["protect-the-future-photo-2022"] and "Latvia" in render_text(reply), reply.title
