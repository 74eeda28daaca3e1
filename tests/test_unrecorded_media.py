"""Details of a speech, a print issue, a photo or a press office the knowledge never records: an honest miss naming
the entry asked about, never that entry presented as the answer (topics/unrecorded_details)."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "names"), [
    ("how many minutes did stoltenberg speak for in rome?", "Pledge Conference 2022"),
    ("is there an archived video of the berlin conference?", "First annual NATO Cyber Defence Conference"),
    ("any recording online of geoana's remarks at the hague?", "Pledge Conference 2024"),
    ("what page was the op-ed on in the print edition?", "op-ed"),
    ("names of the young content creators stoltenberg met?", "Protect the Future"),
    ("which nato spokesperson commented on the tirana conference?", "Conference 2025"),
])
def test_an_unrecorded_detail_is_an_honest_miss(bot, question, names):
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) and names in reply.title, (question, reply.title)


def test_people_the_knowledge_names_at_a_gathering_are_answered(bot):
    reply = bot.handle(Request("names of the participants at berlin 2023?", user="participants"))
    assert not is_miss(reply) and "Tučkutė" in reply.title
