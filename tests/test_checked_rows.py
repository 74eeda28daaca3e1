"""A sheet's row filled in and put to be checked ("Tirana 2025 | 9-10 Sep 2025 | confirm", "wales summit 2016 - enhanced
cyber defence policy, confirm", "Rome 2022 | Opener: Rutte | verify"): the claim the row makes, checked against the entry it
names (Yes or No, with what the knowledge has), never a miss of the wrong year or date the row claims, nor a quote."""

import pytest

from bot.answering.form_rows import form_as_row
from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "shown"), [
    ("Tirana 2025 | 9-10 Sep 2025 | confirm", "tirana-cyber-defence-conference-2025", "October 2025"),
    ("Paris 2018 | London | ok?", "paris-pledge-conference-2018", "Paris"),
    ("Tallinn 2021 | in person | pls check", "tallinn-pledge-conference-2021", "virtual"),
    ("Rome 2022 | Opener: Rutte | verify", "rome-pledge-conference-2022", "Rutte is not among"),
    ("wales summit 2016 - enhanced cyber defence policy, confirm", "wales-2014-enhanced-cyber-defence-policy", "2014"),
    ("Washington summit 2023 | 9-11 July 2023 | is the date right?", "washington-summit-2024", "2024"),
])
def test_a_row_claiming_what_is_not_so_is_answered_no(bot, typed, first, shown):
    reply = bot.handle(Request(typed, user=typed))  # "No: ... was held 9–10 October 2025 ...", about the entry the row names
    assert (reply.items[0].id if reply.items else None, reply.title.split(":")[0], shown in reply.title) == (first, "No", True), reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("London 2024 | Lancaster House | 25 Nov 2024 | pls check", "london-cyber-defence-conference-2024"),
    ("london 2019 | 23 May 2019 | correct?", "london-pledge-conference-2019"),
])
def test_a_row_claiming_what_is_so_is_answered_yes(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first and reply.title.startswith("Yes"), reply.title


@pytest.mark.parametrize("typed", [
    "who said no one stands alone - is that right?",
    "is it true that rome - the 2022 one - was in november, correct?",
    "berlin 2023 - what happened there?",
    "Rome 2022 pledge conf | venue? | dates? | ok?",
])
def test_a_sentence_with_dashes_or_a_row_with_blanks_is_no_row_to_check(typed):
    assert form_as_row(typed) == typed
