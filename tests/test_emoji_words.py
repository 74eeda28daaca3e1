"""Emoji typed in place of words (a flag for its country, 📅 for when, 📍 for where, 🗣️ for who spoke or said, 💬 for a
quote): read as those words, so the question they ask is answered, and a place or person they name is still a constraint."""

import pytest

from bot.answering.emoji_words import emoji_as_words
from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("🇪🇪 pledge conf 📅", "tallinn-pledge-conference-2021", "15 April 2021"),
    ("📅 🇱🇹 summit", "vilnius-summit-2023", "July 2023"),
    ("🇬🇧 2019 pledge conf 📍", "london-pledge-conference-2019", "National Cyber Security Centre"),
    ("🇵🇱 summit 📅📍", "warsaw-summit-2016", "Warsaw"),
    ("🇫🇷 conf 📅❓", "paris-pledge-conference-2018", "15 May 2018"),
])
def test_a_flag_and_a_calendar_or_pin_ask_when_or_where(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and says in reply.title, reply.title


@pytest.mark.parametrize(("typed", "speaker"), [
    ("🇮🇹 conf 🗣️", "Cirielli"),
    ("🇪🇪 2021 conf 🗣️", "Kallas"),
    ("🗣️ 'one for all and all for one'", "Stoltenberg"),
    ("🇷🇴 fm 💬?", "Odobescu"),
    ("who 🗣️ at the 🇳🇱 2024 conf?", "Ollongren"),  # "who" typed already: not "who who spoke"
])
def test_a_speaking_head_or_a_speech_balloon_asks_who_spoke_or_said(bot, typed, speaker):
    reply = bot.handle(Request(typed, user=typed))
    assert speaker in reply.title, reply.title


@pytest.mark.parametrize(("typed", "named"), [("🇳🇴 pledge conf 📅", "Norway"), ("🇪🇸 madrid conf 🗣️", "Madrid")])
def test_a_flag_the_knowledge_lacks_stays_a_miss(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("I have no") and named in reply.title, reply.title


@pytest.mark.parametrize(("typed", "read"), [
    ("🇮🇹 rome conf 📅", "rome conf when"),  # a flag beside its own city is decoration
    ("zelensky 🗣️ at 🇦🇱 conf?", "zelensky spoke at albania conf?"),
    ("📅 when agreed", "when agreed"),  # said twice, read once
    ("just words, no emoji", "just words, no emoji"),
])
def test_emoji_read_as_words(typed, read):
    assert emoji_as_words(typed) == read


@pytest.mark.parametrize("typed", ["tirana conf was in 2024 yep?", "the tirana conf was 2024 ya?", "tirana conf was 2024 right? 📅"])
def test_a_claim_tagged_in_chat_is_checked(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and "2025" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["the tallinn 2020 one?", "estonia 2020 one"])
def test_a_flag_read_as_a_place_in_a_follow_up_for_a_year(bot, typed):
    bot.handle(Request("paris pledge conf when", user=typed))
    reply = bot.handle(Request(typed, user=typed))  # the series' 2020 edition, postponed: the one held next
    assert reply.items[0].id == "tallinn-pledge-conference-2021" and "2020" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["stoltenberg sg till when", "till when was stoltenberg secretary general"])
def test_till_is_until(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title == "Jens Stoltenberg was NATO Secretary General until 1 October 2024", reply.title
