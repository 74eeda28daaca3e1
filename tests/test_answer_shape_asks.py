"""A prompt-style asker says how the answer should look ("2 bullets each", "respond only with the date", "as a table
(year | city)", "give me a numbered list of", "just the year: X"): the bot answers what is asked, never searches for
the shape's words, and a lead asking for one detail asks it of what follows."""

import pytest

from bot.request import Request


def _asked(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    return reply, [item.id for item in reply.items]


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("who spoke at the london 2024 conference? three bullet points max", "london-cyber-defence-conference-2024", "McFadden"),
    ("when was the vilnius summit? reply only with the date, nothing else", "vilnius-summit-2023", "2023"),
    ("where was the 2019 pledge conference? answer with the city and the year only", "london-pledge-conference-2019", "London"),
    ("what is the nicc? answer in 2 sentences", "nato-integrated-cyber-defence-centre", "Integrated"),
    ("when was the hague pledge conference? format: dd/mm/yyyy", "hague-pledge-conference-2024", "May 2024"),
    ("just the year please: the cyber defence pledge", "cyber-defence-pledge-2016", "2016"),
    ("only the dates, no extra text - vilnius summit", "vilnius-summit-2023", "July 2023"),
    ("Reply with just the city: the 2018 pledge conference", "paris-pledge-conference-2018", "Paris"),
    ("month only: the berlin cyber defence conference", "berlin-cyber-defence-conference-2023", "November 2023"),
    ("just the date - when did the london 2024 conference take place?", "london-cyber-defence-conference-2024", "25 November 2024"),
])
def test_a_shape_before_or_after_the_question_asks_nothing_of_its_own(bot, typed, first, said):
    reply, ids = _asked(bot, typed)
    assert ids[:1] == [first] and said in reply.title, reply.title


@pytest.mark.parametrize("typed", [
    "compare berlin 2023 and london 2024, 3 bullets each",
    "compare the berlin and london 2024 conferences - one sentence each",
])
def test_a_shape_after_a_comparison_is_no_entry_compared(bot, typed):
    reply, ids = _asked(bot, typed)
    assert reply.title.startswith("Side by side") and set(ids) >= {"berlin-cyber-defence-conference-2023", "london-cyber-defence-conference-2024"}, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("numbered list of the pledge conferences please", "paris-pledge-conference-2018"),
    ("give me a bulleted list of the annual cyber defence conferences", "berlin-cyber-defence-conference-2023"),
    ("a short list of the speakers in rome", "rome-pledge-conference-2022"),
])
def test_a_kind_of_list_asks_the_list(bot, typed, first):
    reply, ids = _asked(bot, typed)
    assert ids[:1] == [first] and "list" not in reply.title.lower(), reply.title
