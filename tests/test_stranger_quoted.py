"""Words in quotation marks put to someone the knowledge has never heard of, named in capitals after any titles
("Admiral Rob Bauer said '...'", "Ursula von der Leyen: '...'"): the reply names the stranger first, never presents
someone else's line as theirs; words someone on record did say are theirs ("X said it, not <stranger>")."""

import pytest

from bot.request import Request

STRANGERS = {
    "General Mark Milley said 'cyber is the fifth front' at a nato conference, true?": "Mark Milley",
    "seeing this everywhere: Christine Lagarde - 'hackers cost us billions'. real?": "Christine Lagarde",
    "did Dr Anna Kowalski really say 'the grid is our weak spot'": "Anna Kowalski",
    "Vice-President Kamala Harris said 'cyber peace is possible' at a NATO event. legit?": "Kamala Harris",
}


def _title(bot, typed: str) -> str:
    return bot.handle(Request(typed, user=typed)).title


@pytest.mark.parametrize("typed", sorted(STRANGERS))
def test_words_no_one_said_name_the_stranger_first(bot, typed):
    assert _title(bot, typed).startswith(f"There is nobody called “{STRANGERS[typed]}” in the knowledge")


def test_words_someone_on_record_said_are_theirs_not_the_strangers(bot):
    title = _title(bot, "is it true Senator Ted Cruz said 'no one stands alone in NATO'?")
    assert title.startswith("Mark Rutte said it, not Ted Cruz"), title


def test_words_only_close_to_a_line_on_record_say_whose_the_line_is(bot):
    title = _title(bot, "did Senator Ted Cruz say 'an attack on one is an attack on every ally' in a speech?")
    assert "nobody called “Ted Cruz”" in title and "Stoltenberg" in title, title


def test_someone_on_record_named_beside_a_stranger_is_the_one_asked_about(bot):
    reply = bot.handle(Request("my friend Tom Jenkins says Stoltenberg said 'no one stands alone in NATO'. did he?", user="u"))
    assert reply.kind == "answer" and "Rutte" in reply.title, reply.title
