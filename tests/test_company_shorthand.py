"""Companies in a rushed asker's shorthand ("tech cos", "which cos", "private firms") are companies, so the line
naming them is found (bot.answering.shorthand); "cos" meaning "because" is left alone."""

import pytest

from bot.answering.shorthand import spell_out_shorthand
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("which technology cos did stoltenberg name about ukraine", "which technology companies did stoltenberg name about ukraine"),
    ("which cos did he mention", "which companies did he mention"),
    ("the private firms in the berlin speech", "the private companies in the berlin speech"),
    ("3 cos named in berlin", "3 companies named in berlin"),
    ("when was rome cos i need it", "when was rome cos i need it"),  # because
])
def test_companies_in_shorthand_are_spelt_out(typed, read):
    assert spell_out_shorthand(typed) == read


@pytest.mark.parametrize("question", [
    "which tech cos did Stoltenberg name re Ukraine?",
    "which private cos did stoltenberg say were critical actors?",
    "which private firms did Stoltenberg name in Berlin?",
])
def test_the_line_naming_the_companies_is_found(bot, question):
    reply = bot.handle(Request(question, user="company-shorthand"))
    assert "stoltenberg-berlin-2023-private-companies" in [i.id for i in reply.items[:2]], (reply.title, [i.id for i in reply.items])
