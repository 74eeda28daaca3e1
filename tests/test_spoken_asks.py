"""Asks as a voice assistant writes them or as people say them out loud: a place's name heard as two everyday words
("the war saw summit"), a quote asked for with nothing said of which ("read me a quote"), "what's on this day"."""

import pytest

from bot.answering.another_quote import another_quote
from bot.answering.quote_requests import asks_for_any_quote
from bot.reply import ItemRef
from bot.request import Request


@pytest.mark.parametrize(("typed", "entry"), [
    ("when was the war saw summit", "warsaw-summit-2016"),
    ("what was decided in war saw", "warsaw-summit-2016"),
])
def test_a_place_heard_as_two_everyday_words(bot, typed, entry):
    reply = bot.handle(Request(typed, user=typed))
    assert entry in [i.id for i in reply.items] or "Warsaw" in reply.title, reply.title


def test_two_everyday_words_away_from_any_place_stay_as_said(bot):
    assert bot.handle(Request("the war saw a lot of attacks", user="u")).kind == "not_found"


@pytest.mark.parametrize("typed", ["give me a quote", "read me a quote", "hey cyberbot read me a quote", "a quote please",
                                   "got a quote?", "hit me with a quote", "tell me a good quote"])
def test_a_quote_asked_for_with_nothing_of_it_named_is_the_quote_of_the_day(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title == "Quote of the day" and reply.items[0].type == "quote", reply.title


@pytest.mark.parametrize("typed", ["give me a quote from rutte", "a quote about china please", "give me a line about china"])
def test_a_quote_asked_of_someone_or_something_is_no_bare_request(typed):
    assert not asks_for_any_quote(typed)


@pytest.mark.parametrize("typed", ["what's on this day", "hey cyberbot what's on this day"])
def test_on_this_day_is_no_technical_detail_of_an_attack(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # "day" was read as half of "zero day"
    assert reply.title.startswith("On this day, 9 November"), reply.title


def test_another_quote_after_a_quote_is_the_next_one_not_the_same(bot):
    asked = [bot.handle(Request(text, user="walker", channel="c-another")) for text in ("give me a quote", "another one", "one more")]
    shown = [reply.items[0].id for reply in asked]
    assert all(reply.items[0].type == "quote" for reply in asked) and len(set(shown)) == 3, shown


def test_another_one_is_read_so_only_after_a_quote(bot):
    lookup, event = bot.engine.lookup, ItemRef("event", "rome-pledge-conference-2022")
    assert another_quote(lookup, "another one", event) is None
    assert another_quote(lookup, "another one pls", ItemRef("quote", "rutte-tirana-2025-no-one-stands-alone")) is not None
    assert another_quote(lookup, "another reason?", ItemRef("quote", "rutte-tirana-2025-no-one-stands-alone")) is None
