"""Whole classes of questions, generated from the knowledge and a gazetteer rather than written one by one.

Each class holds for every member: a place, year or edition the knowledge lacks is
an honest miss and never a different entry presented as the answer; a quote is
never attributed to someone who did not say it; the words of every quote find
their speaker.
"""

import datetime as dt
import random

import pytest

from bot.answering.places import CITIES
from bot.request import Request
from bot.service import Bot
from tests.answers.scoring import is_miss

TODAY = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: TODAY)


def _cities_not_in(bot) -> list[str]:
    known = {e.city for e in bot.knowledge.events.values() if e.city} | {"Washington", "Kyiv", "Kiev", "Mons", "Brussels"}
    return sorted(c for c in CITIES if not any(c in k or k in c for k in known))


PLACE_TEMPLATES = ["when was the {} conference", "who hosted the conference in {}", "where was the {} summit held",
                   "who spoke at the {} pledge conference", "what did stoltenberg say in {}", "when did nato meet in {}",
                   "tell me about the {} cyber defence conference"]


def test_a_place_the_knowledge_lacks_is_an_honest_miss(bot):
    rng = random.Random(7)
    asked = [t.format(c) for c in _cities_not_in(bot) for t in rng.sample(PLACE_TEMPLATES, 3)]
    wrong = {q: r.title for q in asked if not is_miss(r := bot.handle(Request(q)))}
    assert not wrong and len(asked) > 100, wrong


@pytest.mark.parametrize("year", range(2010, 2031))
def test_a_pledge_conference_of_a_year_is_that_years_or_an_honest_miss(bot, year):
    series = [e for e in bot.knowledge.events.values() if e.series == "Cyber Defence Pledge Conference"]
    held = [e for e in series if e.when.start.year == year]
    postponed = any(f"The {year} edition" in (e.notes or "") and "postponed" in e.notes for e in series)  # the knowledge says so
    for question in (f"when was the {year} pledge conference", f"where was the cyber defence pledge conference in {year}"):
        reply = bot.handle(Request(question))
        if held:
            assert not is_miss(reply) and reply.items[0].id == held[0].id, (question, reply.title)
        elif postponed:  # what became of that edition is the answer, and no other edition is presented as it
            assert not is_miss(reply) and "postponed" in reply.title and f"no Cyber Defence Pledge Conference in {year}" in reply.title
            assert all(bot.knowledge.events[i.id].when.start.year != year for i in reply.items if i.type == "event"), reply.items
        else:
            assert is_miss(reply), (question, reply.title)


@pytest.mark.parametrize("series", ["pledge conference", "annual nato cyber defence conference"])
@pytest.mark.parametrize("ordinal", ["first", "2nd", "third", "4th", "fifth", "sixth", "10th"])
def test_an_edition_is_that_edition_or_an_honest_miss(bot, series, ordinal):
    number = {"first": 1, "2nd": 2, "third": 3, "4th": 4, "fifth": 5, "sixth": 6, "10th": 10}[ordinal]
    name = "Cyber Defence Pledge Conference" if "pledge" in series else "NATO Cyber Defence Conference"
    editions = sorted((e for e in bot.knowledge.events.values() if e.series == name), key=lambda e: e.when.start.first_day())
    reply = bot.handle(Request(f"when was the {ordinal} {series}"))
    if number <= len(editions):
        assert reply.items[0].id == editions[number - 1].id, reply.title
    else:
        assert is_miss(reply), reply.title


def test_a_quote_is_never_put_in_someone_elses_mouth(bot):
    people = {p.id: p for p in bot.knowledge.people.values()}
    checked = 0
    for quote in bot.knowledge.quotes.values():
        words = " ".join(quote.text.split()[:7])
        for other in ("Mark Rutte", "Jens Stoltenberg", "Kajsa Ollongren", "Annalena Baerbock"):
            if people[quote.speaker].name == other:
                continue
            reply = bot.handle(Request(f"did {other} really say {words}"))
            assert f"{other} said it" not in reply.title and not reply.title.startswith(("Verbatim: " + other, "Re-translated: " + other)), reply.title
            shown = [bot.knowledge.quotes[i.id] for i in reply.items if i.type == "quote"]
            assert all(q.speaker != other for q in shown)
            checked += 1
    assert checked > 100


def test_the_words_of_every_quote_find_their_speaker(bot):
    failures = {}
    for quote in bot.knowledge.quotes.values():
        words = " ".join(quote.text.split()[:8]).rstrip(".,")
        reply = bot.handle(Request(f"who said {words}"))
        speakers = {bot.knowledge.quotes[i.id].speaker for i in reply.items if i.type == "quote"}
        if quote.speaker not in speakers:
            failures[words] = reply.title
    assert not failures, failures
