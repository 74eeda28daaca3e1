"""Dates with a precision, and date spans, as the knowledge uses them."""

import datetime as dt

import pytest

from bot.knowledge.model import DateSpan, FuzzyDate, Role


@pytest.mark.parametrize(
    ("text", "expected", "precision", "shown"),
    [
        ("2022-11-10", FuzzyDate(2022, 11, 10), "day", "10 November 2022"),
        ("2008-11", FuzzyDate(2008, 11), "month", "November 2008"),
        ("2016", FuzzyDate(2016), "year", "2016"),
        (" 2024-02-29 ", FuzzyDate(2024, 2, 29), "day", "29 February 2024"),
    ],
)
def test_fuzzy_date_parses_each_precision(text, expected, precision, shown):
    date = FuzzyDate.parse(text)
    assert (date, date.precision, str(date)) == (expected, precision, shown)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023-02-30", "day is out of range"),
        ("2023-13", "month 13 does not exist"),
        ("4 Sept 2014", "expected YYYY-MM-DD"),
        ("22-11-10", "expected YYYY-MM-DD"),
        ("2022-1-5", "expected YYYY-MM-DD"),
        ("", "expected YYYY-MM-DD"),
    ],
)
def test_fuzzy_date_refuses_impossible_or_malformed_dates(text, message):
    with pytest.raises(ValueError, match=message):
        FuzzyDate.parse(text)


def test_only_day_precision_has_an_exact_date():
    assert FuzzyDate(2022, 11, 10).as_date() == dt.date(2022, 11, 10)
    assert FuzzyDate(2008, 11).as_date() is None
    assert FuzzyDate(2008, 2).last_day() == dt.date(2008, 2, 29)


def test_span_lists_every_day_and_reads_naturally():
    span = DateSpan(FuzzyDate(2022, 11, 9), FuzzyDate(2022, 11, 10))
    assert span.days() == [dt.date(2022, 11, 9), dt.date(2022, 11, 10)]
    assert str(span) == "9–10 November 2022"
    assert str(DateSpan(FuzzyDate(2024, 7, 9), FuzzyDate(2024, 7, 11))) == "9–11 July 2024"
    assert str(DateSpan(FuzzyDate(2014, 3, 15))) == "15 March 2014"
    assert DateSpan(FuzzyDate(2008, 11)).days() == []


def test_span_across_months_names_both_months():
    span = DateSpan(FuzzyDate(2024, 5, 31), FuzzyDate(2024, 6, 1))
    assert str(span) == "31 May – 1 June 2024"
    assert span.contains(dt.date(2024, 6, 1)) and not span.contains(dt.date(2024, 6, 2))


def test_role_is_held_from_its_start_until_the_day_its_successor_starts():
    role = Role("NATO Secretary General", FuzzyDate(2014, 10, 1), FuzzyDate(2024, 10, 1))
    assert role.held_on(dt.date(2024, 9, 30))
    assert not role.held_on(dt.date(2024, 10, 1))
    assert not role.held_on(dt.date(2014, 9, 30))
