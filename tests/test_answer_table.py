"""The public answer table, asked through the real bot on the shipped knowledge, rendered as plain text.

Each class of question the bot must understand has its rows (tests/answers/answer_table.yaml);
benchmarks/answers.py prints the score per class. Every row must pass: a failing row is a class to fix.
"""

import datetime as dt
from collections import Counter

import pytest

from adapters.text_render import render_text
from tests.answers.scoring import ask_in_conversation, judge, load_rows

ROWS = load_rows()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.cls}: {r.ask[:50]}" for r in ROWS])
def test_answer_table(bots, row):
    reply = ask_in_conversation(bots(row.today), row, f"row-{ROWS.index(row)}")
    rendered = render_text(reply)
    assert judge(row, reply, rendered) == "", rendered


def test_the_table_covers_every_class_with_enough_questions():
    counts = Counter(r.cls for r in ROWS)
    assert len(ROWS) >= 150 and counts["miss"] >= 30
    classes = {"when", "where", "hosts", "speakers", "said", "who_said", "what_is", "list", "role_country", "edition",
               "how_long", "behind", "verify", "on_this_date", "dates", "chatter", "spelling", "original", "miss"}
    assert classes <= set(counts), classes - set(counts)


@pytest.mark.parametrize(("ask", "first", "named", "good"), [
    ("who spoke for nato at tirana?", "mark-rutte", ["tirana-cyber-defence-conference-2025", "mark-rutte"], True),
    ("who spoke for nato at tirana?", "mark-rutte", ["mark-rutte", "tirana-cyber-defence-conference-2025"], True),
    ("which nato official spoke at the hague", "mircea-geoana", ["hague-pledge-conference-2024", "mircea-geoana"], True),
    ("who spoke for nato at tirana?", "mark-rutte", ["tirana-cyber-defence-conference-2025", "edi-rama", "mark-rutte"], False),
    ("when was the tirana conference?", "tirana-cyber-defence-conference-2025", ["mark-rutte", "tirana-cyber-defence-conference-2025"], False),
])
def test_a_who_question_may_lead_with_the_person_or_the_gathering(ask, first, named, good):
    from types import SimpleNamespace

    from tests.answers.scoring import Row

    row = Row("speakers", ask, dt.date(2026, 11, 9), answer={"first": first})
    reply = SimpleNamespace(kind="answer", title="", items=[SimpleNamespace(id=i) for i in named])
    assert (judge(row, reply, "") == "") is good
