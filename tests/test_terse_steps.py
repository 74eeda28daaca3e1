"""Table tests for the steps that read terse questions: initials and acronyms, years relative to today."""

import datetime as dt

import pytest

from bot.answering.initials import spell_out_initials
from bot.answering.relative_time import with_years
from bot.knowledge.loader import load_knowledge
from bot.answering.lookup import Lookup
from bot.paths import default_knowledge_path


@pytest.fixture(scope="module")
def lookup():
    return Lookup(load_knowledge(default_knowledge_path()))


@pytest.mark.parametrize("typed, read", [
    ("what did JS say in rome", "what did Stoltenberg say in rome"),
    ("js quote tirana?", "Stoltenberg quote tirana?"),
    ("last year's NCDC - where/when", "last year's annual NATO Cyber Defence Conference - where/when"),
    ("cdpc 2019 city", "Cyber Defence Pledge Conference 2019 city"),
    ("NICC? where based", "NICC? where based"),  # the knowledge's own alias: its entry
    ("pm albania name", "pm albania name"),  # a common short word, not initials
    ("mr rutte in tirana", "mr rutte in tirana"),
    ("who is the PM of albania", "who is the PM of albania"),  # two people's initials never, a role's either
    ("jsx and tojs", "jsx and tojs"),  # inside a longer word: left alone
])
def test_initials_read_as_names(lookup, typed, read):
    assert spell_out_initials(lookup, typed) == read


TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("question, read", [
    ("where when last year ncdc", "where when 2025 ncdc"),
    ("who hosted last years pledge conference", "who hosted 2025 pledge conference"),
    ("this year nato cyber defence conference", "2026 nato cyber defence conference"),
    ("where was the pledge conference the year before last", "where was the pledge conference in 2024"),
    ("was there a summit next year", "was there a summit in 2027"),
    ("what happened in the last year", "what happened in the last year"),  # twelve months, not a year
    ("what did rutte say over the past year", "what did rutte say over the past year"),
    ("how many years ago was berlin", "how many years ago was berlin"),
])
def test_years_relative_to_today(question, read):
    assert with_years(question, TODAY) == read
