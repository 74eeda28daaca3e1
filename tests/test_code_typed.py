"""A question typed as code: SQL ("SELECT * FROM events WHERE city='Rome'"), a function call or a method chain
("events.filter(year=2024)", 'quotes(speaker="rutte")', 'get_event("tirana")', "len(events)"), grep before its file
("grep -i china quotes"), and a command's output flags ("--format csv", "--fields a,b"). Before: "I have no entry for
'select from events city rome'", "No events matching 'filter' in 2024", "No events matching 'format csv'"."""

import pytest

from bot.answering.code_typed import code_as_query
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("SELECT * FROM events WHERE city='Rome'", "events where city='Rome'"),
    ("select count(*) from summits;", "how many summits"),
    ("events.filter(year=2024)", "events where year=2024"),
    ('quotes(speaker="rutte")', 'quotes where speaker="rutte"'),
    ('get_event("tirana")', "event tirana"),
    ('person(id="mark-rutte").roles', "who mark rutte"),
    ("len(events)", "how many events"),
    ("grep -i china quotes", "quotes | grep -i china"),
    ("what (roughly) happened in rome", "what (roughly) happened in rome"),  # prose with brackets: as typed
    ("select the best quote", "select the best quote"),
    ("banana(split=1)", "banana(split=1)"),  # a noun the bot does not list: as typed
])
def test_code_is_read_as_the_query_it_asks(typed, read):
    assert code_as_query(typed) == read


@pytest.mark.parametrize(("typed", "first"), [
    ("SELECT * FROM events WHERE city='Rome'", "rome-pledge-conference-2022"),
    ("events.filter(year=2023)", "berlin-cyber-defence-conference-2023"),
    ('quotes(speaker="ollongren")', "ollongren-hague-2024-stand-together"),
    ('find_person("kallas")', "kaja-kallas"),
    ("select name from people where country='estonia'", "kaja-kallas"),
    ("events --year 2023 --format csv", "berlin-cyber-defence-conference-2023"),
])
def test_code_gets_the_plain_question_s_answer(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title
