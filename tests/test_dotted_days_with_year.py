"""Days typed the German way with their year or an ordinal's dot ("15.03.2014", "the 8. and 9. July 2016"): read as the
day they are, so a claim about that day is checked and a day with nothing recorded is said to have nothing."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "title"), [
    ("The Summit in Warsaw was on the 8. and 9. July 2016, right?", "warsaw-summit-2016", "Yes"),
    ("The Pledge Conference in Paris was on the 15.05.2018, correct?", "paris-pledge-conference-2018", "Yes"),
    ("Was the Conference in Berlin on the 9. November 2023?", "berlin-cyber-defence-conference-2023", "Yes"),
    ("Was there an attack on NATO on 15.03.2014?", "nato-websites-ddos-2014", "DDoS"),
])
def test_a_dotted_day_is_the_day_it_names(bot, typed, first, title):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first and title in reply.title, reply.title


def test_a_dotted_day_with_nothing_recorded_presents_nothing(bot):
    reply = bot.handle(Request("Gave it on the 03.02.2020 a Cyber Attack on NATO?", user="u"))
    assert "2020" in reply.title and not reply.title.startswith("No:"), reply.title
