"""Quoted words put at a place or year as a claim to check ("... speech was in Brussels, right?", "... was from the
Rome 2022 conference, correct?"): "No: <speaker> said “…” at <where they were said>, not in Brussels", with the line,
never a miss. Asked as a question ("did he say '…' in Brussels?") it stays the miss that says where they were said."""

import pytest

from bot.request import Request

CORRECTED = [
    ("the 'no one stands alone in NATO' quote is from the 2024 London conference, right?", "mark-rutte", "Tirana", "not in London in 2024"),
    ("'One for all and all for one' was said in Tirana, correct?", "jens-stoltenberg", "Berlin", "not in Tirana"),
    ("a post says 'cyber is a constantly contested space' was said in Berlin in 2023. true?", "jens-stoltenberg", "Rome", "not in Berlin in 2023"),
    ("Ollongren said 'it is imperative that we stand together' in Rome, is that accurate?", "kajsa-ollongren", "The Hague", "not in Rome"),
]


@pytest.mark.parametrize(("typed", "speaker", "there", "not_there"), CORRECTED)
def test_a_place_or_year_claimed_for_words_is_corrected(bot, typed, speaker, there, not_there):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert reply.kind == "answer" and reply.title.startswith("No: ") and reply.items[0].type == "quote", reply.title
    assert speaker in ids and there in reply.title and reply.title.endswith(not_there), reply.title


def test_asked_as_a_question_it_is_still_the_miss_first(bot):
    reply = bot.handle(Request("did stoltenberg say 'we must not repeat this mistake' in Brussels?", user="u"))
    assert reply.kind == "not_found" and reply.title.startswith("No quote in the knowledge says") and "Berlin" in reply.title
