"""How long, asked as a timeline-maker asks: a term "in total"; a person's appointment to their start, the second side
told without its subject ("... and actually starting as sg"); a topic said after the second side ("between wales and
warsaw on the cyber decisions"); "how long after that" and "how long had he been sg at that point" after an answer,
counted from the entry or the event (a quote's) talked about. Never a miss, nor a photo counted as the start."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "how long did stoltenberg serve as secretary general altogether",
    "how many years was stoltenberg sg all told",
])
def test_a_whole_term(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == "jens-stoltenberg" and "10 years" in reply.title and "1 October 2014" in reply.title, reply.title


@pytest.mark.parametrize("typed", [
    "how many days between rutte being named secretary general and actually taking office",
    "how long between rutte's appointment and taking over as sg",
    "how long between rutte being appointed and him starting",
])
def test_appointed_to_taking_office(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items] == ["mark-rutte"] and "26 June 2024" in reply.title and "1 October 2024" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "ids"), [
    ("how long between the warsaw and vilnius summits on cyber", {"warsaw-summit-2016", "vilnius-summit-2023"}),
    ("how many months between rome and the hague regarding cyber defence", {"rome-pledge-conference-2022", "hague-pledge-conference-2024"}),
])
def test_a_topic_said_after_the_second_side(bot, typed, ids):
    reply = bot.handle(Request(typed, user=typed))
    assert {i.id for i in reply.items} == ids, reply.title


@pytest.mark.parametrize(("before", "typed", "says"), [
    ("when was the warsaw summit?", "how many years after that was the vilnius summit", "7 years"),
    ("when was the vilnius summit", "and how long before that was the rome conference", "8 months"),
    ("who said cyber is a constantly contested space", "how long had he been secretary general at the time", "had been NATO Secretary General for 8 years (since 1 October 2014)"),
    ("when was the tirana conference", "how many years had rutte been in office by then", "had been NATO Secretary General for 1 year (since 1 October 2024)"),
])
def test_how_long_from_the_entry_talked_about(bot, before, typed, says):
    title = _asked_after(bot, before, typed).title
    assert says in title, title


def _asked_after(bot, before: str, typed: str):
    """The reply to ``typed``, asked by one user right after ``before``."""
    bot.handle(Request(before, user=typed))
    return bot.handle(Request(typed, user=typed))
