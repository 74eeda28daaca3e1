"""A subject or setting typed before its question with no comma gets the comma back (bot.answering.run_on_leads)."""

import pytest

from bot.answering.run_on_leads import with_lead_break


@pytest.mark.parametrize(("typed", "read"), [
    ("vilnius summit 2023 what did allies agree about cyber", "vilnius summit 2023, what did allies agree about cyber"),
    ("At the Albania conference did Rutte say anything about spending?", "At the Albania conference, did Rutte say anything about spending?"),
    ("at the hague conference did ollongren speak", "at the hague conference, did ollongren speak"),
    ("in rome was stoltenberg there in person", "in rome, was stoltenberg there in person"),
    ("in my opinion was it good", "in my opinion was it good"),  # names no place, year or gathering
    ("what did stoltenberg say in rome", "what did stoltenberg say in rome"),
])
def test_a_run_on_lead_gets_its_comma(typed, read):
    assert with_lead_break(typed) == read
