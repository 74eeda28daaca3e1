"""A person's role with "since when" or "until when" typed last, the verb left out or after the name ("Rutte secretary
general of NATO since when?", "Stoltenberg SG until when?"): the term's start or end, never an event "since nato"."""

import pytest

from bot.request import Request

CASES = [
    ("Rutte secretary general of NATO since when?", "has been NATO Secretary General", "since 1 October 2024"),
    ("mark rutte nato secretary general since when? exact date pls", "has been NATO Secretary General", "since 1 October 2024"),
    ("Stoltenberg secretary general until when?", "was NATO Secretary General", "until 1 October 2024"),
    ("Rutte prime minister of the Netherlands until when?", "was Prime Minister of the Netherlands", "until 2024"),
]


@pytest.mark.parametrize("typed, role, span", CASES)
def test_the_term_asked_last(bot, typed, role, span):
    title = bot.handle(Request(typed, user="asker")).title
    assert role in title and span in title, title
