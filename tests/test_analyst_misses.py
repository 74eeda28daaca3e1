"""What an analyst asks that the knowledge does not hold: an honest miss, never a neighbouring entry as the answer."""


import pytest

from bot.request import Request


@pytest.mark.parametrize("question", [
    "exact start day of the first Cyber Coalition in Nov 2008?",
    "which day was the vilnius cyber defence concept agreed",
    "precise date the first cyber coalition began",
    "what day of the month was the renewed pledge made at the hague",
])
def test_the_day_of_something_dated_only_to_its_month_is_not_recorded(bot, question):
    reply = bot.handle(Request(question, channel=question))
    assert reply.kind == "not_found" and "only the month" in reply.title, reply.title


@pytest.mark.parametrize("question, day", [
    ("what day was the vilnius summit", "11–12 July 2023"),
    ("exact dates of the hague pledge conference", "16–17 May 2024"),
    ("opening day of the 2024 pledge conf?", "16"),
])
def test_a_recorded_day_is_answered(bot, question, day):
    reply = bot.handle(Request(question, channel=question))
    assert reply.kind != "not_found" and day in reply.title, reply.title


@pytest.mark.parametrize("question", [
    "total allied cyber defence spending in 2024 (EUR)?",
    "overall nato cyber spending last year",
    "combined allied cyber expenditure 2025?",
])
def test_spending_figures_are_not_recorded(bot, question):
    assert bot.handle(Request(question, channel=question)).kind == "not_found"


@pytest.mark.parametrize("question", ["what did rutte say about allied spending", "did rutte say anything about allies spending more on cyber?"])
def test_what_someone_said_about_spending_is_their_words(bot, question):
    assert bot.handle(Request(question, channel=question)).kind != "not_found"


@pytest.mark.parametrize("question", [
    "how many allies met their pledge commitments in the latest assessment cycle",
    "which allies have fulfilled the pledge",
    "how many countries have implemented their commitments so far",
])
def test_which_allies_kept_the_pledge_is_not_recorded(bot, question):
    assert bot.handle(Request(question, channel=question)).kind == "not_found"


@pytest.mark.parametrize("question", ["who represented the US at The Hague 2024?", "who represented the usa at rome 2022",
                                      "who represented germany at the tirana conference"])
def test_a_country_with_nobody_recorded_at_a_gathering_is_an_honest_miss(bot, question):
    reply = bot.handle(Request(question, channel=question))
    assert reply.kind == "not_found" and "nobody representing" in reply.title, reply.title


@pytest.mark.parametrize("question, entry", [
    ("how many years old is the Cyber Defence Pledge as of today", "cyber-defence-pledge-2016"),
    ("how old is the nicc now", "nato-integrated-cyber-defence-centre"),
    ("how many years old is the enhanced cyber defence policy", "wales-2014-enhanced-cyber-defence-policy"),
])
def test_how_old_a_thing_is_counts_from_today(bot, question, entry):
    reply = bot.handle(Request(question, channel=question))
    assert reply.items[0].id == entry and "ago" in reply.title, reply.title


@pytest.mark.parametrize("question, subject", [
    ("was the Integrated Cyber Defence Centre agreed before or after the Hague pledge conference?", "nicc-2024"),
    ("was the berlin conference before or after the rome one", "berlin-cyber-defence-conference-2023"),
])
def test_before_or_after_is_about_the_entry_asked_of(bot, question, subject):
    assert bot.handle(Request(question, channel=question)).items[0].id == subject
