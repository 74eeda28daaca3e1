"""The asker's own stories around a question are dropped; claims, quotes and the question itself are kept."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.anecdotes import without_anecdotes
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize("typed, kept", [
    ("I was posted to Bonn in '86, lovely town. Where was the first annual cyber defence conference?",
     "Where was the first annual cyber defence conference?"),
    ("Back in my day we had carrier pigeons. Who hosted the 2022 pledge conference?", "Who hosted the 2022 pledge conference?"),
    ("Served two tours in Germany in the seventies. When was the Berlin conference?", "When was the Berlin conference?"),
    ("Righto. And who spoke in Tirana?", "And who spoke in Tirana?"),
    ("How long was Rutte prime minister all told?", "How long was Rutte prime minister?"),
    ("A minister spoke in Rome, name of Cirello, something of that sort. Who was it?", "A minister spoke in Rome, name of Cirello. Who was it?"),
    ("The Dutch minister was Olongren or some such. What was her post?", "The Dutch minister was Olongren. What was her post?"),
    ("The Vilnius summit, at Vilnius if memory serves, near where I was stationed in 1991. What did it agree?",
     "The Vilnius summit at Vilnius. What did it agree?"),
    ("I keep a list of the summits, like a battle honours board. Which one recognised cyberspace as a domain?",
     "I keep a list of the summits. Which one recognised cyberspace as a domain?"),
])
def test_the_askers_story_is_dropped(typed, kept):
    assert without_anecdotes(typed) == kept


@pytest.mark.parametrize("typed", [
    "I'm told the Rome conference was in 2021, as I remember it from '99. Is that right?",  # a claim: checked, not dropped
    "In my day one said 'all for one'. Who said it?",  # words quoted in a sentence that asks
    "I was in Berlin in '89.",  # nothing asked: as typed
    "When was the Tirana conference?",
    "My son says NATO met in Paris in 1999. When was the Paris pledge conference?",
])
def test_claims_and_questions_are_kept(typed):
    assert without_anecdotes(typed) == typed


@pytest.fixture(scope="module")
def ask():
    bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))
    return lambda text: bot.handle(Request(text=text, platform="console", channel=text))


@pytest.mark.parametrize("question, entry, words", [
    ("I did a NATO course in Mons in '92, dreadful food. Where was the 2021 pledge conference held?", "tallinn-pledge-conference-2021", ["Tallinn"]),
    ("In my day it was all field telephones. Somebody told me NATO held its first annual cyber conference in Berlin. When was it?",
     "berlin-cyber-defence-conference-2023", ["November", "2023"]),
    ("Served in Cyprus in '74, hot as blazes. Was Rutte in Tirana in person, so to speak?", "tirana-cyber-defence-conference-2025", ["video"]),
    ("There was the Warsaw summit, at Warsaw if memory serves, not far from where I did a posting. What did they decide there about cyber?",
     "cyber-defence-pledge-2016", ["Warsaw"]),
    ("Marvellous. How long was Stoltenberg Secretary General all told?", "jens-stoltenberg", ["2014", "2024"]),
    ("A chap at the club said an Italian minister gave a keynote in Rome, name of Cirelli, something like that. Who was it and what was his post?",
     "edmondo-cirielli", ["Deputy"]),
])
def test_a_question_after_a_story_is_answered(ask, question, entry, words):
    reply = ask(question)
    assert reply.items and reply.items[0].id == entry, reply.title
    assert all(w in render_text(reply) for w in words)
