"""Questions typed in Albanian, or in English with Albanian words ("kur u tha kjo?", "po Rutte çfarë tha ne Tiranë?",
"Vilnius samiti datat?"): read into English in Albanian's order (the verb before its subject, the adjective after
its noun, the place's case on its end, "u" for the passive), and answered as the English question would be."""

import pytest

from bot.answering.albanian_reading import place_named
from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("kur u mbajt samiti ne Varshavë?", "warsaw-summit-2016"),
    ("cfare tha Ollongren ne Hagë?", "ollongren-hague-2024-stand-together"),
    ("kur u tha 'No one stands alone in NATO'?", "rutte-tirana-2025-no-one-stands-alone"),
    ("kur e njoftoi NATO samitin ne Vilnius?", "vilnius-dates-announcement-2022"),
    ("Vilnius samiti datat?", "vilnius-summit-2023"),
    ("po Rutte çfarë tha ne Tiranë?", "rutte-tirana-2025-"),
    ("data e sakte e samitit ne Uashington?", "washington-summit-2024"),
    ("kur ndodhi sulmi kibernetik ndaj NATO?", "nato-websites-ddos-2014"),
    ("ku u mbajt samiti i Uellsit?", "wales-summit-2014"),
    ("kush ishin folesit ne Berlin?", "berlin-cyber-defence-conference-2023"),
    ("Tallinn konferenca çfarë është?", "tallinn-pledge-conference-2021"),
])
def test_an_albanian_question_is_answered_as_the_english_one(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id.startswith(first), reply.title


@pytest.mark.parametrize(("word", "place"), [
    ("tiranes", "tirana"), ("madridit", "madrid"), ("ankarase", "ankara"), ("shqiperise", "albania"), ("hages", "the hague"),
    ("lines", ""), ("conference", ""),
])
def test_a_place_is_read_whatever_case_ending_it_has(word, place):
    assert place_named(word) == place
