"""An entry asked for in brief ("explain X like I'm five", "one-liner on Y") gets its card; words asked of someone the
knowledge never heard of get an honest miss, never another speaker's line."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("typed", "entry"), [
    ("the NICC - explain it to me like I'm five", "nato-integrated-cyber-defence-centre"),
    ("NICC - explain it like I'm talking to someone who's never heard of it", "nato-integrated-cyber-defence-centre"),
    ("cyber coalition, one-liner please", "cyber-coalition"),
    ("quick bio of kajsa ollongren for the show notes", "kajsa-ollongren"),
    ("ok first up, give me a one-liner on the Rome 2022 cyber pledge conference", "rome-pledge-conference-2022"),
    ("tldr on the tirana conference", "tirana-cyber-defence-conference-2025"),
])
def test_an_overview_asked_gets_the_card(first_item, typed, entry):
    assert first_item(typed) == entry


@pytest.mark.parametrize("typed", [
    "explain the oslo conference like I'm five",  # no conference there
    "bio of emmanuel macron pls",  # nobody so called
    "McFadden's best one-liner from London 2024? VERBATIM pls",  # his words, and he has none
])
def test_an_overview_of_what_the_knowledge_lacks_is_a_miss(bot, typed):
    assert is_miss(bot.handle(Request(typed, user=typed)))


@pytest.mark.parametrize(("typed", "name"), [
    ("Macron quote on NATO cyber defence?", "Macron"),
    ("macron's best line on cyber?", "macron"),
    ("any Scholz quotes about the pledge", "Scholz"),
    ("quotes from Biden on cyber attacks", "Biden"),
    ("Show me quotes from Ursula von der Leyen on cyber defence", "Ursula von der Leyen"),
])
def test_words_of_a_stranger_are_an_honest_miss(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and f"“{name}”" in reply.title, reply.title
    assert not any(item.type == "quote" for item in reply.items)


@pytest.mark.parametrize(("typed", "speaker"), [
    ("Rutte quote on investment", "mark-rutte"),
    ("Stoltenberg's best line about China", "jens-stoltenberg"),
])
def test_words_of_a_known_speaker_are_still_found(bot, typed, speaker):
    reply = bot.handle(Request(typed, user=typed))
    quote = next(item for item in reply.items if item.type == "quote")
    assert bot.knowledge.quotes[quote.id].speaker == speaker


@pytest.mark.parametrize(("typed", "name"), [
    ("Was Greta Monika Tučkutė quoted anywhere?", "Greta Monika Tučkutė"),
    ("was Edi Rama quoted in the Tirana article?", "Edi Rama"),
])
def test_whether_someone_never_quoted_was_quoted(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and name in reply.title, reply.title
