""""and the summit itself?" after an entry about another thing (the announcement of the Vilnius Summit's dates): that
thing, asked as the last question was; "the conference itself" after a conference is that same conference, never
another of its series."""

import pytest

from bot.request import Request


def _led_by(bot, first: str, then: str) -> tuple[str | None, str]:
    """The id the reply to ``then`` leads with, and its title, asked right after ``first``."""
    for text in (first, then):
        reply = bot.handle(Request(text, user=f"{first} >> {then}"))
    return (reply.items[0].id if reply.items else None), reply.title


@pytest.mark.parametrize(("first", "then", "thing"), [
    ("when did stoltenberg announce the vilnius summit", "and the summit itself?", "vilnius-summit-2023"),
    ("when was the vilnius summit announced", "ok what about the summit itself", "vilnius-summit-2023"),
    ("tell me about the protect the future photo", "and the campaign itself?", "protect-the-future-campaign"),
    ("who spoke at the first annual nato cyber defence conference", "and the conference itself?", "berlin-cyber-defence-conference-2023"),
    ("what is the nicc", "and the centre itself?", "nato-integrated-cyber-defence-centre"),
])
def test_the_thing_itself(bot, first, then, thing):
    assert _led_by(bot, first, then)[0] == thing


def test_the_summit_itself_is_asked_as_the_last_question_was(bot):
    assert "July 2023" in _led_by(bot, "when did stoltenberg announce the vilnius summit", "and the summit itself?")[1]
