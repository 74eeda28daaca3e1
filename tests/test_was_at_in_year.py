"""'Was X at <gathering> in <year>?' asks whether X was there, not whether the gathering was held that year."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("question, title_starts", [
    ("was rutte at the paris conference in 2018", "Mark Rutte is not among the speakers recorded"),
    ("Was President Macron at the Paris pledge conference in 2018?", "There is nobody called “president macron”"),
    ("was stoltenberg at the paris conference in 2018", "Jens Stoltenberg spoke at"),
    ("Was Rutte at the Tirana conference in 2025?", "Mark Rutte spoke by video"),
    ("was geoana at the london conference in 2019", "Mircea Geoană is not among the speakers recorded"),
])
def test_whether_they_were_there(bot, question, title_starts):
    reply = bot.handle(Request(question, user=question))
    assert reply.title.startswith(title_starts), reply.title


@pytest.mark.parametrize("question", ["was the 2025 conference in berlin", "was the rome conference in 2021?"])
def test_a_gathering_put_at_a_place_or_year_is_still_checked(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.title.startswith("No:") and not is_miss(reply), reply.title
