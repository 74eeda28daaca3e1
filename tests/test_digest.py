"""On this date: matching rules, ordering, sources, and the quote of the day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.digests.content import (
    anniversaries_on,
    digest_for,
    next_anniversary,
    quote_of_the_day,
)
from bot.knowledge.model import (
    DateSpan,
    Event,
    FuzzyDate,
    Knowledge,
    Person,
    Pledge,
    Quote,
    Source,
)
from bot.reply import ItemRef, plain


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def make_knowledge(*, events=(), pledges=(), quotes=(), people=(), sources=()) -> Knowledge:
    return Knowledge(
        path="test.yaml",
        sources={s.id: s for s in sources},
        people={p.id: p for p in people},
        events={e.id: e for e in events},
        pledges={p.id: p for p in pledges},
        quotes={q.id: q for q in quotes},
    )


def event(id, start, end=None, *, city=None, country=None, name=None, sources=()):
    span = DateSpan(FuzzyDate.parse(start), FuzzyDate.parse(end) if end else None)
    return Event(id, name or id, "conference", span, city=city, country=country, sources=sources)


def quote(id, said=None, *, trust="verified", text=None, speaker="rutte", source="src_a"):
    return Quote(id, speaker, text or f"words of {id}", source, trust=trust, said=FuzzyDate.parse(said) if said else None)


RUTTE = Person("rutte", "Mark Rutte")
SRC_A = Source("src_a", "Article A", publisher="Publisher A", published=FuzzyDate.parse("2025-10-09"), url="https://a.example")
SRC_B = Source("src_b", "Article B")

CONFERENCE = event("conf_2022", "2022-11-09", "2022-11-10", city="Rome", country="Italy",
                   name="NATO Cyber Defence Pledge Conference", sources=("src_b",))
PLEDGE = Pledge("cdp", "Cyber Defence Pledge", FuzzyDate.parse("2016-07-08"), "NATO", "Allies pledged.", sources=("src_a",))
KNOWLEDGE = make_knowledge(
    events=(CONFERENCE, event("month_only", "2019-11"), event("year_only", "2018")),
    pledges=(PLEDGE,),
    quotes=(quote("q_2025", "2025-11-09", trust="translated"), quote("q_none")),
    people=(RUTTE,),
    sources=(SRC_A, SRC_B),
)


def test_event_on_its_anniversary_says_how_many_years_ago_with_place():
    reply = digest_for(KNOWLEDGE, day("2025-11-09"))
    assert reply.title == "On this day, 9 November"
    assert "3 years ago today: NATO Cyber Defence Pledge Conference, Rome, Italy" in [b.heading for b in reply.blocks]


def test_newest_first_and_items_and_sources_listed():
    reply = digest_for(KNOWLEDGE, day("2026-11-09"))
    assert [b.heading for b in reply.blocks] == [
        "1 year ago today: Mark Rutte said",
        "4 years ago today: NATO Cyber Defence Pledge Conference, Rome, Italy",
    ]
    assert reply.items == (ItemRef("quote", "q_2025"), ItemRef("event", "conf_2022"))
    assert [s.id for s in reply.sources] == ["src_a", "src_b"]
    assert reply.sources[0].url == "https://a.example"
    assert reply.sources[0].date == "9 October 2025"


def test_quote_keeps_its_trust_mark():
    reply = digest_for(KNOWLEDGE, day("2026-11-09"))
    quote_block = reply.blocks[0]
    assert quote_block.style == "quote"
    assert quote_block.mark == "machine re-translation, not the speaker's own words"
    assert quote_block.attribution == "Mark Rutte — 9 November 2025"


@pytest.mark.parametrize("date", ["2023-11-09", "2023-11-10"])
def test_a_date_range_matches_every_day_of_the_range(date):
    reply = digest_for(KNOWLEDGE, day(date))
    assert ItemRef("event", "conf_2022") in reply.items


def test_a_range_across_new_year_counts_years_from_the_matching_day():
    k = make_knowledge(events=(event("ny", "2020-12-31", "2021-01-01"),))
    assert digest_for(k, day("2024-01-01")).blocks[0].heading == "3 years ago today: ny"
    assert digest_for(k, day("2024-12-31")).blocks[0].heading == "4 years ago today: ny"


def test_the_day_after_a_range_does_not_match():
    assert anniversaries_on(KNOWLEDGE, day("2023-11-11")) == []


def test_same_year_and_later_years_never_match():
    assert digest_for(KNOWLEDGE, day("2022-11-09")) is None


@pytest.mark.parametrize("date", ["2020-11-01", "2021-11-30", "2024-01-01", "2024-11-01"])
def test_entries_known_only_to_the_month_or_year_never_match(date):
    assert anniversaries_on(KNOWLEDGE, day(date)) == []


def test_pledge_matches_on_the_day_it_was_agreed():
    reply = digest_for(KNOWLEDGE, day("2026-07-08"))
    assert reply.blocks[0].heading == "10 years ago today: Cyber Defence Pledge, by NATO"
    assert reply.items == (ItemRef("pledge", "cdp"),)


LEAP = make_knowledge(events=(event("leap", "2020-02-29"),), quotes=(quote("q1"),))


def test_feb_29_shows_on_feb_28_in_common_years():
    reply = digest_for(LEAP, day("2023-02-28"))
    assert reply.blocks[0].heading == "3 years ago today: leap"
    assert digest_for(LEAP, day("2023-03-01")) is None


def test_feb_29_shows_on_feb_29_and_not_feb_28_in_leap_years():
    assert digest_for(LEAP, day("2024-02-29")).blocks[0].heading == "4 years ago today: leap"
    assert digest_for(LEAP, day("2024-02-28")) is None


def test_nothing_matching_gives_none_by_default():
    assert digest_for(KNOWLEDGE, day("2026-03-03")) is None


def test_nothing_matching_gives_quote_of_the_day_and_next_anniversary_on_request():
    reply = digest_for(KNOWLEDGE, day("2026-10-28"), when_empty="quote")
    assert reply.title == "On this day, 28 October"
    styles = [b.style for b in reply.blocks]
    assert "quote" in styles
    coming = reply.blocks[-1]
    assert coming.heading == "Coming up"
    assert coming.text == "In 12 days (9 November): 4 years since NATO Cyber Defence Pledge Conference, Rome, Italy"
    assert reply.items[-1] == ItemRef("event", "conf_2022")


def test_coming_up_tomorrow():
    reply = digest_for(KNOWLEDGE, day("2026-11-08"), when_empty="quote")
    assert reply.blocks[-1].text.startswith("Tomorrow (9 November): ")


def test_quote_of_the_day_is_deterministic_and_cycles_through_every_quote():
    quotes = [quote(f"q{n:02d}") for n in range(17)]
    k = make_knowledge(quotes=quotes)
    start = day("2026-01-01")
    picks = [quote_of_the_day(k, start + dt.timedelta(n)).id for n in range(17)]
    assert sorted(picks) == sorted(q.id for q in quotes)
    again = [quote_of_the_day(make_knowledge(quotes=list(reversed(quotes))), start + dt.timedelta(n)).id for n in range(17)]
    assert again == picks  # file order does not matter: every replica picks the same
    assert quote_of_the_day(k, start + dt.timedelta(17)).id == picks[0]


def test_quote_of_the_day_is_not_simply_file_order():
    quotes = [quote(f"q{n:02d}") for n in range(17)]
    k = make_knowledge(quotes=quotes)
    start = day("2026-01-01")
    picks = [quote_of_the_day(k, start + dt.timedelta(n)).id for n in range(17)]
    rotated = sorted(picks)
    assert all(picks != rotated[i:] + rotated[:i] for i in range(17))


def test_quote_of_the_day_keeps_its_trust_mark():
    k = make_knowledge(quotes=(quote("only", trust="unverified"),), people=(RUTTE,))
    reply = digest_for(k, day("2026-05-05"), when_empty="quote")
    block = next(b for b in reply.blocks if b.style == "quote")
    assert block.heading == "Quote of the day"
    assert block.mark == "unverified: not found in any official text"


def test_empty_knowledge_still_answers_when_a_quote_was_asked_for():
    reply = digest_for(make_knowledge(), day("2026-05-05"), when_empty="quote")
    assert reply.blocks[0].text == "Nothing in the record happened on 5 May."
    assert next_anniversary(make_knowledge(), day("2026-05-05")) is None


def test_unknown_when_empty_choice_is_refused():
    with pytest.raises(ValueError, match="when_empty"):
        digest_for(KNOWLEDGE, day("2026-05-05"), when_empty="sometimes")


def test_coming_up_quote_is_named_with_its_words():
    k = make_knowledge(quotes=(quote("q1", "2024-06-02", text="We stand together."),), people=(RUTTE,))
    reply = digest_for(k, day("2026-06-01"), when_empty="quote")
    assert reply.blocks[-1].text == "Tomorrow (2 June): 2 years since Mark Rutte said “We stand together.”"


def test_a_day_with_many_quotes_shows_a_few_verified_first_and_points_to_the_rest():
    quotes = [quote(f"t{n}", "2023-11-09", trust="translated") for n in range(5)] + [quote("v", "2023-11-09")]
    k = make_knowledge(quotes=quotes, people=(RUTTE,))
    reply = digest_for(k, day("2026-11-09"))
    assert [i.id for i in reply.items] == ["v", "t0", "t1"]
    assert plain(reply.blocks[-1].text) == "… and 3 more quotes from this date: try `quotes rutte`."
    assert reply.more_hint == "quotes rutte"
    assert reply.meta["matches"] == 6


def test_shipped_knowledge_rome_pledge_conference_on_its_anniversary():
    from bot.knowledge.loader import load_knowledge
    from bot.paths import default_knowledge_path

    shipped = load_knowledge(str(default_knowledge_path()))
    reply = digest_for(shipped, day("2025-11-09"))
    headings = [b.heading for b in reply.blocks]
    assert "3 years ago today: NATO Cyber Defence Pledge Conference 2022, Rome, Italy" in headings
    assert all(s.title for s in reply.sources) and reply.sources
    assert digest_for(shipped, day("2026-03-03")) is None
    assert digest_for(shipped, day("2026-03-03"), when_empty="quote").blocks[-1].heading == "Coming up"
