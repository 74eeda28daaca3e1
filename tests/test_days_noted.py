"""The day someone spoke, asked with "exact" or "precise" (topics/spoke_days), and a gathering recorded on one day whose
notes give it more (topics/how_long_held: the note is said beside the single day)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "says"), [
    ("Stoltenberg spoke at Rome on which exact day?", "10 November 2022"),
    ("stoltenberg spoke at rome on which exact day? the conference was two days", "day 2"),
    ("on which precise day did geoana speak at the hague?", "17 May 2024"),
    ("what specific day did stoltenberg speak in rome", "10 November 2022"),
    ("how long was the berlin conference?", "9-10 November"),
    ("was berlin 2023 a one-day or two-day event?", "medium confidence"),
    ("how many days did the london conference last?", "single day"),
])
def test_the_day_asked_and_what_the_notes_add(bot, question, says):
    reply = bot.handle(Request(question, user=question))
    assert says in reply.title, reply.title
