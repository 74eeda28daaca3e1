"""Texts in other languages than English, a stranger's line, and "did X call Y a Z": honest misses or the words checked."""


import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.fixture(scope="module")
def bot(bot_9_november):
    return bot_9_november


@pytest.mark.parametrize(
    ("asked", "opening"),
    [
        ("can you give me the Romanian original of Odobescu's quote?", "The knowledge records no Romanian wording"),
        ("the dutch version of ollongren's line, please", "The knowledge records no Dutch wording"),
        ("is there a German transcript of the Berlin speech?", "The knowledge records no German wording"),
        ("which language was the Berlin article translated from?", "The knowledge does not record the language"),  # and what it notes
        ("what's the original language of the hague article?", "The knowledge does not record which language"),  # of the origin
        ("Jeremy Hunt at the London 2019 pledge conference - anything quotable?", "There is no quote by “Jeremy Hunt”"),
        ("any quote from Boris Johnson on cyber?", "There is no quote by “Boris Johnson”"),
    ],
)
def test_what_the_knowledge_does_not_hold_is_an_honest_miss(bot, asked, opening):
    reply = bot.handle(Request(asked, user=asked))
    assert is_miss(reply) and reply.title.lower().startswith(opening.lower()), reply.title


@pytest.mark.parametrize(
    ("asked", "answered"),
    [
        ("who is the romanian foreign minister?", "luminita-odobescu"),
        ("what did the dutch minister say?", "ollongren-hague-2024-stand-together"),
        ("Mark Rutte quote please", "rutte-tirana-2025-stepping-up-investment"),
    ],
)
def test_a_language_s_or_a_person_s_name_alone_asks_something_else(bot, asked, answered):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == answered


@pytest.mark.parametrize(
    "asked",
    ["did jens stoltenberg really call china an enemy", "did stoltenberg ever call china an 'enemy'?", "did Jens Stoltenberg label China an enemy?"],
)
def test_did_x_call_y_a_z_checks_the_words(bot, asked):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items[0].id == "stoltenberg-berlin-2023-china-values"
