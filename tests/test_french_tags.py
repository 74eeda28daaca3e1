"""A claim ended with a French confirmation tag ("n'est-ce pas?", "c'est bien ça?", "pas vrai?") or with an English one
in French word order ("it is exact?", "I am right?", "it is not?") is checked like "..., right?": never "Yes" to a
wrong claim because the tag was read as words of the claim, and never the claim's date or place lost. A claim kept
"in my notes" is the claim, not a setting of the question."""

import pytest

from bot.answering.foreign_tags import plain_tag
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("The Rome conference was in 2021, n'est-ce pas?", "The Rome conference was in 2021, right?"),
    ("The Rome conference was in 2021, n’est-ce pas ?", "The Rome conference was in 2021, right?"),
    ("Tallinn hosted in 2021, c'est bien ça?", "Tallinn hosted in 2021, right?"),
    ("Tallinn hosted in 2021 - pas vrai?", "Tallinn hosted in 2021, right?"),
    ("Paris was the first one, it is exact?", "Paris was the first one, right?"),
    ("Paris was the first one, and I am right?", "Paris was the first one, right?"),
    ("Paris was the first one, is it not?", "Paris was the first one, right?"),
    ("who hosted the rome conference?", "who hosted the rome conference?"),
    ("is it true?", "is it true?"),
    ("c'est quoi le NICC?", "c'est quoi le NICC?"),
])
def test_the_tag_is_read_as_right(typed, read):
    assert plain_tag(typed) == read


@pytest.mark.parametrize(("typed", "entry", "fact"), [
    ("The Tirana conference was in November 2025, n'est-ce pas?", "tirana-cyber-defence-conference-2025", "October 2025"),
    ("The Hague pledge conference was co-hosted by Belgium, c'est ça?", "hague-pledge-conference-2024", "Romania"),
    ("The first Pledge conference took place in London, pas vrai?", "paris-pledge-conference-2018", "Paris"),
    ("The Pledge was agreed at Wales in 2014, it is exact?", "cyber-defence-pledge-2016", "Warsaw"),
    ("Rutte spoke in person in Tirana, I am right?", "tirana-cyber-defence-conference-2025", "video"),
    ("In my notes the Rome conference was in october 2022, is it not?", "rome-pledge-conference-2022", "November 2022"),
    ("in our notes the Rome pledge conference was co-hosted by France, correct?", "rome-pledge-conference-2022", "Italy"),
])
def test_a_wrong_claim_with_a_french_tag_is_answered_no(bot, typed, entry, fact):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No"), reply.title
    assert entry in [i.id for i in reply.items][:2] and fact in reply.title, (reply.title, reply.items[:2])


@pytest.mark.parametrize("typed", [
    "The Berlin conference was in November 2023, n'est-ce pas?",
    "The Hague pledge conference was co-hosted by Romania, c'est bien ça?",
])
def test_a_right_claim_with_a_french_tag_is_answered_yes(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("Yes"), reply.title
