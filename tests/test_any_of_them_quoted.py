"""Words asked of the people an event's answer named, by a pronoun for two or more ("did either of them say anything
quotable", "any quotes from them", "was either of them quoted"): the quotes said at that event, or those on a topic
asked; never "there is no quote by 'either of them'"."""

import datetime as dt

import pytest

from tests.answers.scoring import Row, ask_in_conversation


@pytest.mark.parametrize(("first", "asked", "quote"), [
    ("who co-hosted the hague pledge conference", "did both of them say something", "ollongren-hague-2024-stand-together"),
    ("who spoke at the tirana conference", "was either of them quoted", "rutte-tirana-2025-no-one-stands-alone"),
    ("who opened the berlin conference", "did either of them say anything about china", "stoltenberg-berlin-2023-china-values"),
    ("who hosted the 2024 pledge conference", "any good quotes from them?", "odobescu-hague-2024-constant-evolution"),
])
def test_their_words_at_that_event(bot, first, asked, quote):
    reply = ask_in_conversation(bot, Row("any-of-them", asked, dt.date(2026, 11, 9), after=(first,)), asked)
    assert quote in [item.id for item in reply.items], reply.title
