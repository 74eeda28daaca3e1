"""Words put to a named speaker without quotation marks, then where or when asked ("stoltenberg said cyber attacks are as
dangerous as kinetic ones - which conference?", "how long ago did rutte say allies are stepping up their investment"):
the speech they were said in, checked against the speaker named; never every event the speaker attended, nor an attack."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "said_at"), [
    ("how long ago did stoltenberg say cyber attacks are as dangerous as kinetic ones", "Berlin"),
    ("where did stoltenberg say cyberspace is contested", "Rome"),
    ("stoltenberg said china is not our enemy: which event, what year?", "Berlin"),
    ("at which conference did rutte say allies are stepping up their investment", "Tirana"),
])
def test_the_speech_the_words_were_said_in(bot, typed, said_at):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.endswith(")") and said_at in reply.title and " said it at " in reply.title, reply.title


def test_words_the_speaker_named_never_said_are_put_right(bot):
    reply = bot.handle(Request("rutte said cyber attacks are as dangerous as kinetic ones - where was that", user="u"))
    assert reply.title.startswith("No quote by Mark Rutte") and "Stoltenberg" in reply.title, reply.title
