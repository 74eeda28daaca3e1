"""Days typed the Czech (and Slovak) way, a space after each dot ("8. 7. 2016", "9.-10. 11. 2021", "11. 7. - 12. 7.
2024"): read as days, so a claimed date is checked, never taken for numbers or a title's words."""

import pytest

from bot.answering.dotted_days import spelt_out_spaced_days
from bot.request import Request


@pytest.mark.parametrize(("typed", "spelt"), [
    ("on 8. 7. 2016?", "on 8 July 2016?"), ("was 9.-10. 11. 2021", "was 9\u201310 November 2021"),
    ("11. 7. - 12. 7. 2024", "11 July - 12 July 2024"), ("items 1. 2. and 3.", "items 1. 2. and 3."),
    ("dd. mm. yyyy please", "dd.mm.yyyy please"), ("version 1.2.3", "version 1.2.3"),
])
def test_spaced_days_are_spelt_out(typed, spelt):
    assert spelt_out_spaced_days(typed) == spelt


@pytest.mark.parametrize(("asked", "opening"), [
    ("the summit in Varšava was 8. 7. 2016, right?", "Yes"),
    ("the Haag pledge conference was 16. 5. 2024?", "Yes"),
    ("the Tallinn pledge conference was 14. 4. - 15. 4. 2020?", "No"),
    ("Vilnius summit was 10.-11. 7. 2024, right?", "No"),
])
def test_days_typed_the_czech_way_are_checked(bot, asked, opening):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.title.startswith(opening), reply.title


@pytest.mark.parametrize(("earlier", "asked", "first"), [
    ("where was the first annual NATO Cyber Defence Conference?", "when exactly? dd. mm. yyyy", "berlin-cyber-defence-conference-2023"),
    ("who is Kajsa Ollongren?", "kdy tam mluvila? d. m. rrrr", "hague-pledge-conference-2024"),
    ("when was the Vilnius summit?", "and the Washington one? DD. MM. YYYY please", "washington-summit-2024"),
    ("who spoke at the London conference 2024?", "when exactly? dd. mm. yyyy", "london-cyber-defence-conference-2024"),
])
def test_a_date_format_typed_with_spaces_asks_only_the_format(bot, earlier, asked, first):
    bot.handle(Request(earlier, user=earlier))
    reply = bot.handle(Request(asked, user=earlier))
    assert reply.items and reply.items[0].id == first, (reply.title, [item.id for item in reply.items])
