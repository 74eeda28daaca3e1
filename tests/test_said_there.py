"""Words asked of with the place they were said (bot.answering.topics.said_there): the place is a constraint the line
found must meet, told first when it does not; a place the line's own words hold is part of the words."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "asked", "said_at"), [
    ("who said cyber is a contested space in tirana", "Tirana", "Rome"),
    ("who said there is nothing immoral in defending our nations at the hague", "The Hague", "Berlin"),
    ("who said we all stand together at the hague conference?", "The Hague", "Tirana"),
    ("who said no one stands alone in the netherlands", "the Netherlands", "Tirana"),
])
def test_a_line_said_elsewhere_is_told_so_first(bot, typed, asked, said_at):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and f"in {asked};" in reply.title and said_at in reply.title, reply.title
    assert reply.items and reply.items[0].type == "quote"  # the line found is still shown


@pytest.mark.parametrize(("typed", "quote"), [
    ("who said nothing immoral in berlin", "stoltenberg-berlin-2023-nothing-immoral"),
    ("who said we all stand together at tirana", "rutte-tirana-2025-stand-together"),
    ("who said we stand together at the hague", "ollongren-hague-2024-stand-together"),
])
def test_a_line_said_there_is_the_answer(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == quote, (reply.title, [i.id for i in reply.items])


def test_words_no_line_holds_keep_the_place_in_the_miss(bot):
    reply = bot.handle(Request("who said cyber is the new oil in london", user="u"))
    assert reply.kind == "not_found" and "london" in reply.title.lower(), reply.title
