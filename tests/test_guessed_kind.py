"""A young asker's guess at what a thing is ("is it a game?") asks what it is (bot.answering.guessed_kind)."""

import pytest

from bot.answering.shorthand import spell_out_shorthand
from bot.request import Request


@pytest.mark.parametrize(("asked", "read"), [
    ("what is cyber coalition is it a game", "what is cyber coalition"),
    ("whats the nicc is it a building", "whats the nicc"),
    ("is cyber coalition a game", "what is cyber coalition"),
    ("is the nicc like a building or something", "what is the nicc"),
    ("who is edi rama is he a person", "who is edi rama"),
    ("is it a game", "is it a game"),  # nothing named: a follow-up's to read
    ("is nato a defensive alliance", "is nato a defensive alliance"),  # no guessed kind: a claim
])
def test_guessed_kind(asked, read):
    assert spell_out_shorthand(asked) == read


@pytest.mark.parametrize(("question", "first"), [
    ("what is cyber coalition is it a game", "cyber-coalition"),
    ("is cyber coalition a video game", "cyber-coalition"),
    ("whats the nicc is it a building", "nato-integrated-cyber-defence-centre"),
    ("are the cyber rapid reaction teams like a sports team", "cyber-rapid-reaction-teams"),
])
def test_answered_with_what_it_is(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first, reply.title
