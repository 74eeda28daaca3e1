"""A place or a year a question names the way it names a topic ("estonia 2007 cyber attacks") is held by the entry
answering it, or the reply is an honest miss: never a line on cyber attacks said in Berlin in 2023."""

import pytest

from bot.answering.held_names import unheld
from bot.answering.search import normalize
from bot.request import Request


@pytest.mark.parametrize("typed", [
    "estonia 2007 cyber attacks",
    "estonia 2007 cyber attacks wat happened",
    "norwegian cyber attacks",
    "cyber attacks against lithuania",
    "latvia ddos",
])
def test_a_place_no_entry_on_those_words_holds_is_an_honest_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and not reply.items, (reply.title, reply.items[:1])


@pytest.mark.parametrize(("typed", "entry"), [
    ("the 2019 pledge conf - london or paris?", "london-pledge-conference-2019"),  # alternatives: one held is enough
    ("rutte quote 2025", "tirana-cyber-defence-conference-2025"),
    ("hague 2024 quote", "ollongren-hague-2024-stand-together"),
    ("tallinn 2021", "tallinn-pledge-conference-2021"),
])
def test_an_entry_holding_what_is_named_still_answers(bot, typed, entry):
    reply = bot.handle(Request(typed, user=typed))
    assert entry in [i.id for i in reply.items], (reply.title, reply.items[:2])


def test_where_and_when_an_entry_happened_count_as_held(bot):
    lookup = bot.engine.lookup
    quote = lookup.knowledge.quotes["ollongren-hague-2024-stand-together"]
    assert unheld(lookup, normalize("dutch cyber quote 2024"), quote) == []  # the Netherlands by its demonym; its year
    assert unheld(lookup, normalize("estonian cyber quote 2023"), quote) == ["Estonia", "2023"]
    assert unheld(lookup, normalize("cyber quote from before 2023"), quote) == []  # "before 2023" bounds a time
