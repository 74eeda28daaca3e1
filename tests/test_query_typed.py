"""A message typed as a query the way a tool takes it (pipes, where-clauses, key=value filters, query strings, grep and
regex, output flags) is answered as the plain question it asks (``bot/answering/query_typed.py``): never a search for
the words "where", "grep" or "format", never another speaker's quote."""

import pytest

from bot.answering.query_typed import plain_query
from bot.request import Request


def _asked(bot, typed, user=""):
    """The reply to ``typed`` and its entries' ids, in a conversation of its own (or ``user``'s)."""
    reply = bot.handle(Request(typed, user=user or typed))
    return reply, [item.id for item in reply.items]


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("events?city=tallinn", "tallinn-pledge-conference-2021", "Tallinn"),  # events by place or year
    ("summits | where year=2023", "vilnius-summit-2023", "Vilnius"),
    ("?q=paris&year=2018", "paris-pledge-conference-2018", "Paris"),
    ("events | grep -i wales", "wales-summit-2014", "Wales"),
    ("events --where \"city == 'vilnius'\" --fields start", "vilnius-summit-2023", "July"),
    ("quotes?speaker=ollongren", "ollongren-hague-2024-stand-together", "Kajsa Ollongren"),  # quotes by a speaker
    ("quotes where speaker=odobescu -> json", "odobescu-hague-2024-constant-evolution", "Luminița Odobescu"),
    ("speaker=rutte -> quotes", "rutte-tirana-2025-working-against-us", "Mark Rutte"),
    ("quotes | grep 'digital frontiers'", "ollongren-hague-2024-stand-together", "Ollongren"),  # words grepped
    ("person --name kallas", "kaja-kallas", "Kaja Kallas"),  # a person by name
    ("people?name=mircea+geoana", "mircea-geoana", "Geoan"),
    ("whois?name=ollongren", "kajsa-ollongren", "Ollongren"),
])
def test_the_entry_a_query_filters_for(bot, typed, first, said):
    reply, ids = _asked(bot, typed)
    assert ids[0] == first and said in reply.title + str(reply.blocks), reply.title


@pytest.mark.parametrize(("typed", "title", "not_listed"), [
    ("conferences where year<2020", "2 conferences before 2020", "rome-pledge-conference-2022"),
    ("events where year > 2023", "4 events after 2023", "warsaw-summit-2016"),
    ("summits | sort -k year | format table", "4 summits", "paris-pledge-conference-2018"),
    ("quotes =~ /state and non-state actors/i", "More than one person said “state and non-state actors”: Jens Stoltenberg and Mark Rutte", ""),
])
def test_a_list_a_query_asks_for(bot, typed, title, not_listed):
    reply, ids = _asked(bot, typed)
    assert reply.title == title and not_listed not in ids, reply.title


def test_a_speaker_at_a_gathering_they_did_not_speak_at_is_said_first(bot):
    reply, _ = _asked(bot, "speaker=rutte city=berlin -> quotes")
    assert reply.title.startswith("There is no quote by Mark Rutte at First annual NATO Cyber Defence Conference"), reply.title


def test_head_of_the_list_just_shown(bot):
    _asked(bot, "list the pledge conferences", user="u")
    assert _asked(bot, "| head -1", user="u")[1][0] == "paris-pledge-conference-2018"


@pytest.mark.parametrize("typed", [
    "quote -s rutte --topic investment",  # a command's flags: ``command_flags`` reads them
    "event rome --hosts",
    "who hosted rome -- the 2022 one?",
    "london conf 2024 -> venue + date",  # a stage not read: as typed
    "author=roxana_stanica -> what did she write",
    "is 2+2=4 relevant to nato",
])
def test_what_is_no_query_is_left_as_typed(typed):
    assert plain_query(typed) == typed


@pytest.mark.parametrize("typed", ["events?city=reykjavik", "quotes?speaker=merkel", "people where country=japan | format json"])
def test_a_query_for_what_the_knowledge_lacks_is_an_honest_miss(bot, typed):
    assert _asked(bot, typed)[0].title.startswith(("No ", "There is no", "The knowledge names no", "I have no"))
