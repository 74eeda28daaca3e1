"""An edition claimed as a question ("was X the Nth (of the) Y?") is checked like the claim (claims.as_claim), and
"whereabouts" asks where."""


import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "first", "verdict", "edition"), [
    ("Was the Tirana conference the fourth of the annual ones?", "tirana-cyber-defence-conference-2025", "No", "edition 3"),
    ("is tirana the fourth annual conference?", "tirana-cyber-defence-conference-2025", "No", "edition 3"),
    ("was london 2019 the second pledge conference?", "london-pledge-conference-2019", "Yes", "edition 2"),
    ("Was the Rome conference the third pledge conference?", "tallinn-pledge-conference-2021", "No", "edition 4"),
    ("was the tallinn conference the third of the pledge conferences?", "tallinn-pledge-conference-2021", "Yes", "edition 3"),
    ("was rome the second one", "london-pledge-conference-2019", "No", "edition 4"),
    ("was the berlin conference the second of the annual ones?", "london-cyber-defence-conference-2024", "No", "edition 1"),
])
def test_an_edition_claimed_is_checked(bot, question, first, verdict, edition):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and reply.title.startswith(f"{verdict}: ") and edition in reply.title, reply.title


@pytest.mark.parametrize(("question", "first", "says"), [
    ("Whereabouts in Rome was the pledge conference held?", "rome-pledge-conference-2022", "Farnesina"),
    ("Whereabouts was the Hague conference?", "hague-pledge-conference-2024", "The Hague"),
    ("whereabouts did they hold the berlin one", "berlin-cyber-defence-conference-2023", "Berlin"),
    ("Hello again dear bot. Whereabouts in Rome did they hold that pledge conference?", "rome-pledge-conference-2022", "Farnesina"),
])
def test_whereabouts_asks_where(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and says in reply.title, reply.title


@pytest.mark.parametrize(("question", "first", "opening", "says"), [
    ("Warsaw hosted the first annual summit, right?", "warsaw-summit-2016", "No: ", "NATO Wales Summit 2014"),
    ("was vilnius the first nato summit?", "vilnius-summit-2023", "No: ", "NATO Wales Summit 2014"),
    ("the wales summit was the first summit, right?", "wales-summit-2014", "I cannot say: ", "only some summits"),
    ("was the washington summit the third summit?", "washington-summit-2024", "I cannot say: ", "only some summits"),
])
def test_an_edition_claimed_of_a_kind_no_series_numbers_is_not_confirmed(bot, question, first, opening, says):
    """Summits are no series the knowledge numbers: an earlier one it holds disproves "the first"; nothing proves an ordinal."""
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and reply.title.startswith(opening) and says in reply.title, reply.title
