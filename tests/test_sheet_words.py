"""A question naming where its answer goes in the asker's spreadsheet ("col E", "the hosts column", "the hague 2024 row",
"for the SG tab", "the venue cell", "y/n"): answered as if those words were not there, never a miss for "column" nor the
cyber threat assessment cell for a cell of the sheet."""

import pytest

from bot.answering.sheet_words import without_sheet_words
from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("london 2024 speakers, col E pls", "london-cyber-defence-conference-2024"),
    ("hosts column for the tallinn 2021 row", "tallinn-pledge-conference-2021"),
    ("paris 2018 venue, column C", "paris-pledge-conference-2018"),
    ("rome 2022 dates cell", "rome-pledge-conference-2022"),
    ("who opened berlin 2023? for the events tab", "berlin-cyber-defence-conference-2023"),
    ("warsaw summit row: what was agreed?", "warsaw-summit-2016"),
])
def test_a_sheets_column_row_or_tab_is_no_word_of_the_question(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and reply.items and reply.items[0].id == first, (reply.title, [i.id for i in reply.items[:3]])


#: What is left once the sheet's words are off.
_DROPPED = {
    "berlin 2023 opener, col D": "berlin 2023 opener",
    "need a row for the london 2019 conf": "the london 2019 conf",
    "is the nicc operational? y/n": "is the nicc operational?",
    "tirana dates for the timeline tab": "tirana dates",
}
#: The knowledge's own cell, an op-ed's column, one thing after another, an ask of both answers: kept as typed.
_KEPT = ("what is the cyber threat assessment cell", "what does the cell do", "stoltenberg's column in defence news",
         "three conferences in a row?", "who wrote the defence news column", "can a cyber attack trigger article 5? yes/no and since when")


def test_the_sheet_words_are_dropped_and_the_knowledges_own_words_kept():
    assert {typed: without_sheet_words(typed) for typed in _DROPPED} == _DROPPED
    assert [without_sheet_words(typed) for typed in _KEPT] == list(_KEPT)
