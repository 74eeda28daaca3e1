"""Questions a chat power user types around commands: a lead naming a gathering with its month and year, the day
offered in a tail ("…, day 1 or day 2?"), how many years something has been around."""

import pytest

from bot.answering.lead_clauses import names_the_gathering
from bot.answering.since_when import since_when
from bot.request import Request


@pytest.mark.parametrize(("clause", "question", "names"), [
    ("the london in nov 2024", "who gave the speech", True),
    ("the hague pledge conf in may 2024", "who gave the opening speech", True),
    ("rome in november 2022", "who gave the keynote", True),
    ("my boss was in london in 2024", "who gave the speech", False),  # a statement, not a gathering's name
    ("the london in nov 2024", "did germany host", False),  # before a yes-or-no question: a claim
])
def test_a_lead_of_names_only_names_the_gathering(clause, question, names):
    assert names_the_gathering(clause, question) is names


@pytest.mark.parametrize(("question", "first", "says"), [
    ("the london one in nov 2024, who gave the speech", "london-cyber-defence-conference-2024", "McFadden"),
    ("the london conference in nov 2024, who gave a speech", "london-cyber-defence-conference-2024", "McFadden"),
    ("the tirana one in oct 2025, who gave the speech", "tirana-cyber-defence-conference-2025", "Rutte"),
    ("rome in november 2022, who gave the keynote", "rome-pledge-conference-2022", "Stoltenberg"),
])
def test_who_gave_the_speech_after_a_dated_lead(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert (reply.items[0].id, says in reply.title) == (first, True)


@pytest.mark.parametrize(("question", "title"), [
    ("when did stoltenberg give his rome speech, day 1 or day 2?", "Day two: Jens Stoltenberg"),
    ("when did rutte give his tirana speech, day 1 or day 2?", "Day one: Mark Rutte"),
    ("stoltenberg rome speech - day one or two?", "Day two: Jens Stoltenberg"),
    ("geoana's hague speech: day one or day two?", "Day two: Mircea Geoană"),
    ("when did ollongren speak at the hague, first or second day?", "The knowledge does not say on which day"),
])
def test_the_day_offered_in_a_tail(bot, question, title):
    assert bot.handle(Request(question, user=question)).title.startswith(title)


@pytest.mark.parametrize(("typed", "read"), [
    ("how many years has the cyber defence pledge been around now", "how old is the cyber defence pledge"),
    ("how many years has the nicc been around", "how old is the nicc"),
    ("how many years has the pledge been going already", "how old is the pledge"),
    ("how many years has it been around", "how many years has it been around"),  # "it" is a follow-up's
    ("how long has cyber coalition been around", "how long has cyber coalition been around"),  # when it started: span_asks
])
def test_years_been_around_is_how_old(typed, read):
    assert since_when(typed) == read


@pytest.mark.parametrize(("question", "first", "says"), [
    ("how many years has the cyber defence pledge been around now", "cyber-defence-pledge-2016", "10 years"),
    ("how many years has the nicc been around", "nato-integrated-cyber-defence-centre", "2 years"),
])
def test_years_been_around_answered(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert (reply.items[0].id, says in reply.title) == (first, True)


@pytest.mark.parametrize(("first", "then", "item", "says"), [
    ("quote rutte investment", "when n where", "rutte-tirana-2025-stepping-up-investment", "Tirana"),
    ("quote -s ollongren", "when n where?", "ollongren-hague-2024-stand-together", "The Hague"),
    ("event tirana", "when n where", "tirana-cyber-defence-conference-2025", "October 2025"),
    ("pledge nicc", "when n where", "nicc-2024", "Washington"),
    ("event hague --when", "same but --where", "hague-pledge-conference-2024", "The Hague"),
    ("event hague", "same for where", "hague-pledge-conference-2024", "The Hague"),
    ("event tirana", "just the hosts", "tirana-cyber-defence-conference-2025", "Albania"),
    ("event rome", "now who spoke", "rome-pledge-conference-2022", "Stoltenberg"),
])
def test_chat_words_in_a_bare_follow_up(bot, first, then, item, says):
    """"n" for "and", "same for", "now", "just" in a follow-up that only asks: about the last answer."""
    user = f"{first} {then}"
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(then, user=user))
    assert (reply.items[0].id, says in reply.title) == (item, True)
