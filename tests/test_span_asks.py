"""span_asks: asks about an event's span, a thing's start, a decision's date, someone's appeal."""

import pytest

from bot.answering.span_asks import span_ask


@pytest.mark.parametrize("text, expected", [
    ("was the rome conference one day or two", "how long was the rome conference"),
    ("berlin was only one day or two days", "how long was berlin"),
    ("how many days did the tirana conference last", "how long was the tirana conference"),
    ("tirana dates and how many days", "how long was tirana"),
    ("was berlin 2023 a one day thing or 2", "how long was berlin 2023"),
    ("hague or two days", "how long was hague"),
    ("was the hague a 2 day event", "how long was the hague"),
    ("london 2024 full day or half day", "how long was london 2024"),
    ("how long did rome run dates", "when was rome"),
    ("since when does cyber coalition exist", "when did cyber coalition start"),
    ("how long has the exercise been around", "when did the exercise start"),
    ("since when has nato run cyber coalition", "when did cyber coalition start"),
    ("when was the nicc decided", "when was the nicc agreed"),
    ("what was rutte s appeal to allies in tirana", "what did rutte appeal to allies in tirana"),
    ("what was stoltenberg call for more money", "what did stoltenberg call for more money"),
])
def test_asks_put_the_way_the_routes_know(text, expected):
    words = text.split()
    assert span_ask(text, words[0], words[-1]) == expected


@pytest.mark.parametrize("text", ["what was the appeal of the rome conference", "how many days ago was berlin",
                                  "when was the rome conference", "since when is rutte secretary general",
                                  "what happened on day two", "was rutte there on day two"])
def test_other_questions_are_left_alone(text):
    words = text.split()
    assert span_ask(text, words[0], words[-1]) is None
