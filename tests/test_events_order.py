"""The ``events`` command in the order asked: "events chronologically", "events 2024 oldest first", "/events sort by
date" list the oldest first and say so; a longer list pages from the oldest, its next page's command keeping the order.
Before: the order words were dropped ("17 events", newest first) or searched for ("1 event matching 'oldest first'")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.answering.list_order import order_asked
from bot.answering.lookup import Lookup
from bot.answering.topics.events import answer_events
from bot.request import Request

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generated import Sizes, build_knowledge  # noqa: E402


@pytest.mark.parametrize(("args", "rest", "oldest"), [
    ("chronologically", "", True),
    ("2024 oldest first", "2024", True),
    ("sort by date", "", True),
    ("summits in chronological order", "summits", True),
    ("from first to last", "", True),
    ("berlin newest first", "berlin", False),
    ("reverse chronological", "", False),
    ("first annual", "first annual", False),  # words of a name, not an order
    ("2024", "2024", False),
])
def test_the_order_words_of_a_command(args, rest, oldest):
    assert order_asked(args) == (rest, oldest)


@pytest.mark.parametrize("typed", ["events chronologically", "events sorted by date", "/events oldest first", "events in chronological order"])
def test_the_whole_list_oldest_first(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    years = [int(block.heading.split(" — ")[0].split()[-1]) for block in reply.blocks if " — " in block.heading]
    assert reply.title.endswith("events, oldest first") and len(years) > 10 and years == sorted(years), reply.title


def test_a_filter_keeps_its_order_words_out_of_the_search(bot):
    reply = bot.handle(Request("events 2024 oldest first", user="2024"))
    assert reply.title == "3 events in 2024, oldest first", reply.title  # not "1 event matching 'oldest first'"
    assert [i.id for i in reply.items][0] == "hague-pledge-conference-2024"


def test_newest_first_is_the_lists_own_order(bot):
    asked, plain = (bot.handle(Request(t, user=t)) for t in ("events newest first", "events"))
    assert asked.title == plain.title and asked.items == plain.items


def test_a_long_list_pages_from_the_oldest_and_keeps_the_order():
    lookup = Lookup(build_knowledge(Sizes(quotes=200, events=60, people=20), root=ROOT))
    first = answer_events(lookup, "chronologically")
    second = answer_events(lookup, "chronologically page 2")
    oldest = min(e.when.start.first_day() for e in lookup.knowledge.events.values())
    days = [lookup.knowledge.events[ref.id].when.start.first_day() for ref in first.items + second.items]
    assert days[0] == oldest and days == sorted(days) and len(days) == 2 * len(first.items)
    assert first.more_hint == "events chronologically page 2" and second.items[0] not in first.items
