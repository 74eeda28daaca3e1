"""A country's two-letter code before a post ("RO FM", "NL MoD", "EE PM"): the country's minister, as its demonym says;
"it" and "us" after a verb or a preposition stay words."""

import pytest

from bot.answering.country_codes import demonyms_before_posts
from bot.answering.description_words import words_of
from bot.answering.shorthand import spell_out_shorthand
from bot.request import Request


@pytest.mark.parametrize(("typed", "spelt"), [
    ("ro fm quote hague", "romanian foreign minister quote hague"),
    ("nl mod at the hague", "dutch defence minister at the hague"),
    ("lt vice minister at berlin", "lithuanian vice minister at berlin"),
    ("was it pm rutte who said it", "was it prime minister rutte who said it"),
    ("tell us fm news", "tell us foreign minister news"),
    ("uk conference 2024", "uk conference 2024"),  # no post after it: the country's own code, left to the places
])
def test_a_code_before_a_post_is_its_demonym(typed, spelt):
    assert spell_out_shorthand(typed) == spelt


def test_the_words_of_a_description_read_the_code_too():
    assert [w.text for w in demonyms_before_posts(words_of("NL FM at hague?"))] == ["dutch", "foreign", "minister", "at", "hague"]


@pytest.mark.parametrize(("typed", "person"), [
    ("RO FM - hague line?", "luminita-odobescu"),
    ("NL MoD quote from the hague", "kajsa-ollongren"),
    ("EE PM 2021?", "kaja-kallas"),
    ("LT vice minister at berlin?", "greta-monika-tuckute"),
])
def test_the_minister_of_that_country(bot, typed, person):
    reply = bot.handle(Request(typed, user=typed))
    assert person in [i.id for i in reply.items[:2]], reply.title


def test_a_post_that_country_never_held_in_the_knowledge_is_a_miss(bot):
    reply = bot.handle(Request("RO PM?", user="u"))
    assert reply.title == "I have no romanian prime minister in the knowledge.", reply.title  # never Rutte, a prime minister
