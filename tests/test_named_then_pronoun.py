"""A person named with "what about X" and then asked of as "he" or "she" ("what about rutte, did he speak there too?"):
the question is asked of that person (and "there" of the gathering just talked about), never answered with the
person's card as if they had been there."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("listed", "typed", "event", "spoke"), [
    ("who spoke at the hague pledge conference?", "what about rutte, did he speak there too?", "hague-pledge-conference-2024", False),
    ("who spoke at the berlin conference", "and how about baerbock - was she there as well?", "berlin-cyber-defence-conference-2023", True),
    ("speakers at tallinn 2021", "what about stoltenberg, did he speak there?", "tallinn-pledge-conference-2021", False),
    ("who spoke in rome 2022?", "ok what about cirielli, was he there too", "rome-pledge-conference-2022", True),
])
def test_after_a_gatherings_speakers(bot, listed, typed, event, spoke):
    user = f"named-then {listed}"
    bot.handle(Request(listed, user=user))
    reply = bot.handle(Request(typed, user=user))
    assert reply.items[0].id == event, reply.title
    assert ("is not among the speakers recorded" in reply.title) is not spoke, reply.title


def test_asked_alone(bot):
    asked = {"what about rutte, did he speak at berlin?": "berlin-cyber-defence-conference-2023",
             "how about kallas - was she at the hague?": "hague-pledge-conference-2024"}
    replies = {typed: bot.handle(Request(typed, user=typed)) for typed in asked}
    assert {typed: reply.items[0].id for typed, reply in replies.items()} == asked
    assert all("is not among the speakers recorded" in reply.title for reply in replies.values())
