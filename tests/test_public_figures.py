"""A question naming someone in the news whom the knowledge never mentions ("zelensky nato cyber conference speech",
"merkel warsaw summit 2016") gets the honest miss naming them, the entry its other words fit only offered; never a
quote by someone else or that entry's card as if it were the answer."""

import pytest

from bot.answering.public_figures import figures_named
from bot.request import Request


@pytest.mark.parametrize(("typed", "named"), [
    ("zelensky nato cyber conference speech", ["Volodymyr Zelensky"]),
    ("von der leyen and scholz at the pledge conference", ["Ursula von der Leyen", "Olaf Scholz"]),
    ("what did theresa may say in 2016", ["Theresa May"]),
    ("what may happen at the next summit", []),  # a word, not Theresa May
    ("what did kallas say in tallinn", []),  # the knowledge holds Kaja Kallas: the other steps answer
])
def test_the_people_named_that_the_knowledge_lacks(bot, typed, named):
    assert figures_named(bot.engine.lookup, typed) == named


@pytest.mark.parametrize(("typed", "offered"), [
    ("zelensky speech at the nato cyber conference", None),  # not a line of Stoltenberg's
    ("merkel warsaw summit 2016", "event NATO Warsaw Summit 2016"),  # the summit offered, not its card as the answer
    ("blinken on the cyber defence pledge", "pledge Cyber Defence Pledge"),
])
def test_a_question_naming_someone_the_knowledge_lacks_is_an_honest_miss(bot, typed, offered):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("There is nobody called"), reply.title
    assert offered is None or offered in reply.suggestions, reply.suggestions


def test_a_reply_that_says_so_itself_stands(bot):
    reply = bot.handle(Request("what did macron and rutte say about standing together", user="u"))
    assert reply.kind == "answer" and "nobody called “macron”" in reply.title, reply.title


def test_a_miss_that_replaces_a_reply_offers_its_entries_never_a_source(bot):
    from bot.answering.unheld_names import offered
    from bot.reply import ItemRef, Reply

    reply = Reply("list", "1 source", items=(ItemRef("source", "src-rome-2022"), ItemRef("event", "rome-pledge-conference-2022")))
    assert offered(bot.engine.lookup, reply) == ("event NATO Cyber Defence Pledge Conference 2022",)  # a source has no name: once an error


def test_a_reply_of_sources_placed_where_nothing_was_held_is_the_miss(bot):
    reply = bot.handle(Request("what's the source for the oslo conference?", user="u"))  # once "Something went wrong"
    assert reply.kind == "not_found" and reply.title == "I have no event in Oslo.", reply.title


@pytest.mark.parametrize(("typed", "city"), [
    ("who was secretary general during the oslo conference", "Oslo"),  # not the Rome conference's
    ("was rutte still dutch prime minister at the oslo conference?", "Oslo"),
    ("what was geoana's role at the copenhagen summit", "Copenhagen"),
    ("was stoltenberg sg at the madrid summit?", "Madrid"),  # not "No: at NATO Wales Summit 2014, ..."
])
def test_a_gathering_named_by_a_city_where_none_was_held(bot, typed, city):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("I have no") and city in reply.title, reply.title
