"""'Did anything happen N years ago today?': the day's entries, never a claimed span checked against something else."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did anything NATO cyber related happen 4 years ago today?", "rome-pledge-conference-2022"),
        ("for a this-day-in-history bit: did anything cyber related happen exactly 4 years ago today", "rome-pledge-conference-2022"),
        ("did something cyber related take place 3 years ago today", "berlin-cyber-defence-conference-2023"),
        ("has anything nato-related happened exactly 3 years ago today?", "berlin-cyber-defence-conference-2023"),
        ("did anything nato related take place four years ago today", "rome-pledge-conference-2022"),
    ],
)
def test_anything_on_the_day_years_ago(bot_9_november, question, expected):
    reply = bot_9_november.handle(Request(question, user=question))
    assert not reply.title.startswith(("No:", "Yes:")), reply.title
    assert expected in [item.id for item in reply.items], reply.title
