"""An event named by its neighbour, then its year restated ("the conference before Tirana, the 2024 one, who hosted it?"):
one event, the one of that year on that side, never a miss on "the 2024 one"."""

import pytest

from bot.request import Request


EXPECTED = {
    "the conference before Tirana, the 2024 one - where was it?": "london-cyber-defence-conference-2024",
    "and the conference before Tirana, the one in 2024, who hosted it?": "london-cyber-defence-conference-2024",
    "the summit after Wales, the 2016 one, when was it?": "warsaw-summit-2016",
    "the pledge conference after Rome (2024), who hosted it?": "hague-pledge-conference-2024",
}


@pytest.mark.parametrize("typed", sorted(EXPECTED))
def test_the_year_restated_names_one_event(bot, typed):
    first = bot.handle(Request(typed, user=typed)).items[0]
    assert first.id == EXPECTED[typed], (typed, first.id)
