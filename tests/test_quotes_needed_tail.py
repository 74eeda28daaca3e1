"""A need of quotes after asking what someone said ("what did Rutte say in Tirana? need quotes"): what the question asks
anyway, never a topic ("no quote about 'need'")."""

import pytest

from bot.request import Request

SPEAKER_AT = {"rutte": "rutte-tirana-2025", "odobescu": "odobescu-hague-2024", "stoltenberg": "stoltenberg-rome-2022",
              "ollongren": "ollongren-hague-2024"}


@pytest.mark.parametrize("speaker, typed", [
    ("rutte", "what did Rutte say in Tirana? I need the quotes"),
    ("odobescu", "what did Odobescu say at the Hague? want quotes"),
    ("stoltenberg", "what did Stoltenberg say in Rome? need exact quotes pls"),
    ("ollongren", "and what did Ollongren say in The Hague? need the lines"),
])
def test_quotes_needed_restate_what_was_said(bot, speaker, typed):
    reply = bot.handle(Request(typed, user=speaker))
    assert reply.kind != "not_found" and "need" not in reply.title.lower(), reply.title
    assert reply.items[0].id.startswith(SPEAKER_AT[speaker]), [item.id for item in reply.items]
