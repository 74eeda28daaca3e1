"""A spreadsheet's row or a form pasted with blanks ("event=rome 2022, hosts=?", a CSV header and a row under it, "X quote |
text ? | event ?", "no. of delegates = ?", "editions: 1st = ?, 2nd = ?"): the entry the row names, never a miss about a
column's name, a quote holding "speaker", or another series."""

import pytest

from adapters.text_render import render_text
from bot.answering.form_rows import form_as_row
from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "shown"), [
    ("event=rome 2022, hosts=?, venue=?", "rome-pledge-conference-2022", "Italy"),
    ("event=berlin 2023; date=?; host=?", "berlin-cyber-defence-conference-2023", "November"),
    ("name = london 2024 | date = ? | venue = ?", "london-cyber-defence-conference-2024", "November"),
    ("summit=Vilnius, dates=?", "vilnius-summit-2023", "July"),
    ("event,year,city,hosts\nCyber Defence Pledge Conference,2024,?,?", "hague-pledge-conference-2024", "Hague"),
    ("conference\tyear\tcity\nNATO Cyber Defence Conference\t2025\t?", "tirana-cyber-defence-conference-2025", "Tirana"),
    ("Event | Where | When\nLondon 2019 pledge conf | ? | ?", "london-pledge-conference-2019", "London"),
])
def test_a_row_with_blanks_is_asked_of_what_it_names(bot, typed, first, shown):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, (reply.title, [i.id for i in reply.items[:3]])
    assert reply.kind != "not_found" and shown in render_text(reply), reply.title


@pytest.mark.parametrize(("typed", "first", "speaker"), [
    ("line | said by | year\n'No one stands alone in NATO' | ? | ?", "rutte-tirana-2025-no-one-stands-alone", "Rutte"),
    ("quote,speaker,event\n\"we must not repeat this mistake\",?,?", "stoltenberg-berlin-2023-not-repeat-mistake", "Stoltenberg"),
    ("'it is imperative that we stand together' - who=?, event=?", "ollongren-hague-2024-stand-together", "Ollongren"),
])
def test_a_quoted_line_with_its_speaker_blank_asks_who_said_it(bot, typed, first, speaker):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first and speaker in reply.title, (reply.title, [i.id for i in reply.items[:3]])


@pytest.mark.parametrize(("typed", "speaker"), [
    ("Ollongren quote | wording ? | event ?", "kajsa-ollongren"),
    ("rutte quote, text=?, date=?", "mark-rutte"),
    ("stoltenberg quote | exact words ? | occasion ?", "jens-stoltenberg"),
])
def test_a_speakers_quote_with_its_own_columns_blank_is_their_quote(bot, typed, speaker):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].type == "quote" and speaker in [i.id for i in reply.items], (reply.title, [i.id for i in reply.items[:3]])


@pytest.mark.parametrize("typed", ["London 2024 | no. of participants = ?", "berlin 2023, number of delegates=?", "event,attendee count\nrome 2022,?"])
def test_a_count_column_is_how_many_which_the_knowledge_does_not_record(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and "how many" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "series"), [
    ("Cyber Defence Pledge Conference editions: 1st = ?, 2nd = ?, 3rd = ?", "cyber-defence-pledge-conference-series"),
    ("nato cyber defence conference | first ? | second ?", "nato-cyber-defence-conference-series"),
])
def test_editions_asked_by_number_are_the_series_in_order(bot, typed, series):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == series, (reply.title, [i.id for i in reply.items[:3]])


@pytest.mark.parametrize("typed", [
    "when was the tirana conference?", "who said 'no one stands alone' | source?", "x = y", "2+2=4?",
    "Rome 2022 pledge conf | venue? | dates?", "events | where city=tirana",
])
def test_what_is_no_form_is_left_as_typed(typed):
    assert form_as_row(typed) == typed
