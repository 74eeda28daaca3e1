"""A follow-up pointing at the year of the last entry ("later that year", "that same year", Dutch "later dat jaar"): asked
of that year, never a miss on the words "later that year"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("after", "typed", "first", "said"), [
    ("when was the hague pledge conference?", "and the conference in london later that year, when was it?", "london-cyber-defence-conference-2024", "25 November 2024"),
    ("when was the berlin conference?", "what else happened that same year?", "berlin-cyber-defence-conference-2023", ""),
    ("who said 'Cyber is a constantly contested space'?", "and what was announced later that year?", "vilnius-dates-announcement-2022", ""),
    ("wanneer was de Berlijn conferentie?", "wat gebeurde er eerder dat jaar in Vilnius?", "vilnius-summit-2023", ""),
])
def test_that_year_is_the_last_entrys_year(bot, after, typed, first, said):
    reply = _asked_after(bot, after, typed)
    assert reply.items[0].id == first and said in reply.title, reply.title


def _asked_after(bot, after: str, typed: str):
    """The reply to ``typed`` asked right after ``after``, in a conversation of their own."""
    bot.handle(Request(after, user=after))
    return bot.handle(Request(typed, user=after))


def test_that_year_with_nothing_before_is_left_alone():
    from bot.answering.year_pointed import with_year_pointed

    assert with_year_pointed(None, "what happened later that year", None) == "what happened later that year"


def test_that_year_after_a_year_the_message_names_is_that_year(bot):
    reply = _asked_after(bot, "when was the hague pledge conference?", "and 2023? where was the pledge conference that year?")
    assert "2023" in reply.title and "2024" not in reply.title, reply.title
