"""The kind of thing a question names, held against an entry's names (bot.answering.thing_nouns)."""

import pytest

from bot.answering.thing_nouns import unmet_noun


@pytest.mark.parametrize(("question", "names", "kind", "unmet"), [
    ("what was nato first cyber defence strategy", ("First annual NATO Cyber Defence Conference",), "conference", "strategy"),
    ("what is nato cyber defence policy", ("Enhanced Cyber Defence Policy",), "", None),
    ("what are the rapid reaction teams", ("Cyber rapid reaction teams",), "team", None),
    ("where is the integrated cyber defence center", ("NATO Integrated Cyber Defence Centre",), "centre", None),
    ("when was the nicc agreed", ("NATO Integrated Cyber Defence Centre",), "centre", None),  # no kind named
])
def test_unmet_noun(question, names, kind, unmet):
    assert unmet_noun(question, names, kind) == unmet
