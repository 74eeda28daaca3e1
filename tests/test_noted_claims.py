"""Table tests for the pure steps that read a writer's claims: what they have down, "the actual ...", the days claimed."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answering.claims import noted_claim
from bot.answering.noted_claims import actual_claim, asks_actual
from bot.answering.topics.claim_facts import before_date, claimed_days


@pytest.mark.parametrize("text, claim", [
    ("i have the rome conference down as 9 10 november 2022", "the rome conference was held 9 10 november 2022"),
    ("for my story i have the hague conference down as 16 may 2024 right", "the hague conference was held 16 may 2024"),
    ("in my draft i have tirana taking place in 2024", "tirana took place in 2024"),
    ("my notes put the rome conference at the italian defence ministry", "the rome conference took place at the italian defence ministry"),
    ("i have italy and the uk as co hosts of the rome conference", "the rome conference was hosted by italy and the uk"),
    ("my draft lists the hague conference as hosted by germany", "the hague conference was hosted by germany"),
    ("my notes say the berlin conference was in 2022", "the berlin conference was in 2022"),
    ("according to my draft the pledge was agreed in wales", "the pledge was agreed in wales"),
    ("i wrote that rutte spoke in person in tirana", "rutte spoke in person in tirana"),
    ("i have a question about the rome conference in 2022", None),
    ("i have to write about the hague conference", None),
    ("i have never been to rome", None),
    ("my notes are a mess", None),
    ("who hosted the rome conference", None),
])
def test_noted_claim(text, claim):
    assert noted_claim(text) == claim


@pytest.mark.parametrize("question, asks", [
    ("who were the actual co hosts", True),
    ("who actually hosted it", True),
    ("when was it really held", True),
    ("what are the correct dates", True),
    ("who hosted it", False),
    ("is that right", False),
])
def test_asks_actual(question, asks):
    assert asks_actual(question) is asks


def test_actual_claim_takes_the_nearest_claim_and_leaves_words_said_to_the_quote_checks():
    assert actual_claim(["hi", "my notes say rome was hosted by italy and france"]) == "is it true that rome was hosted by italy and france"
    assert actual_claim(["my notes say stoltenberg said cyber is the new frontier"]) is None
    assert actual_claim(["the article has no date"]) is None


@pytest.mark.parametrize("predicate, year, days", [
    ("was held 9 10 november 2022", 2022, [dt.date(2022, 11, 9), dt.date(2022, 11, 10)]),
    ("took place on may 17 18 2024", 2024, [dt.date(2024, 5, 17), dt.date(2024, 5, 18)]),
    ("was held on the 9th of october", 2025, [dt.date(2025, 10, 9)]),
    ("was held 2025 10 09", None, [dt.date(2025, 10, 9)]),
    ("was held in november 2022", 2022, []),
    ("was held 31 february 2022", 2022, []),
])
def test_claimed_days(predicate, year, days):
    assert claimed_days(predicate, year) == days


@pytest.mark.parametrize("claim, subject", [
    ("tirana conference october 2024", "tirana conference"),
    ("the 2024 pledge conference 16 17 may", "the 2024 pledge conference"),
    ("rome pledge conference 9 10 november 2022 farnesina", "rome pledge conference 9 10 november 2022 farnesina"),
])
def test_before_date(claim, subject):
    assert before_date(claim) == subject
