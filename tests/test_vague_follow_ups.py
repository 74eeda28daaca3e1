"""A vague follow-up ("why?", "context?", "and?", "background pls", "why not?" after a quote's trust) asks for more of
the entry just answered: its whole card (an event's summary and note, a decision's, a quote with its trust and note),
never "Ask me something" (which forgot the entry, so "who organised it" after it missed) and never an unrelated entry."""

import pytest

from bot.answering.more_asked import more_asked
from bot.reply import ItemRef
from bot.request import Request

HAGUE = ItemRef("event", "hague-pledge-conference-2024")


@pytest.mark.parametrize(("typed", "subject", "asked"), [
    ("why?", HAGUE, "event NATO Cyber Defence Pledge Conference 2024"),
    ("and?", HAGUE, "event NATO Cyber Defence Pledge Conference 2024"),
    ("context pls", ItemRef("pledge", "cyber-defence-pledge-2016"), "pledge Cyber Defence Pledge"),
    ("why not?", ItemRef("quote", "odobescu-hague-2024-constant-evolution"), "quote odobescu-hague-2024-constant-evolution"),
    ("so why?", ItemRef("person", "mark-rutte"), "who Mark Rutte"),
    ("why did the hague host it?", HAGUE, None),  # a question of its own
    ("why?", None, None),  # nothing talked about yet
])
def test_vague_asks_read_as_the_card(bot, typed, subject, asked):
    assert more_asked(bot.engine.lookup, typed, "", subject) == asked


def test_the_rest_of_a_list_is_not_asked_by_why(bot):
    assert more_asked(bot.engine.lookup, "why?", "quotes stoltenberg page 2", ItemRef("quote", "stoltenberg-rome-2022-recommit")) == \
        "quote stoltenberg-rome-2022-recommit"


def test_a_conversation_keeps_its_entry_through_vague_asks(bot):
    for typed in ("when was the hague pledge conference", "why?"):
        reply = bot.handle(Request(typed, user="vague"))
        assert reply.items[0].id == HAGUE.id, reply.title
    reply = bot.handle(Request("who organised it", user="vague"))
    assert "hosted by the Netherlands and Romania" in reply.title, reply.title


def test_why_not_after_unverified_shows_the_quotes_standing(bot):
    for typed in ("who is odobescu", "what did she say", "is that verified"):
        bot.handle(Request(typed, user="why-not"))
    reply = bot.handle(Request("why not", user="why-not"))
    assert reply.items[0].id == "odobescu-hague-2024-constant-evolution" and "unverified" in str(reply.blocks), reply.title
