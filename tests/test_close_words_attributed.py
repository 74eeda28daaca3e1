"""Words put in one person's mouth that another's line only comes close to ("did Ollongren say 'a cyber attack on one
Ally is a cyber attack on all of us'?"): no quote by the person asked holds them, and the closest are the other's; only
words held as typed (spelt either way) are "X said it, not Y"."""

import pytest

from bot.request import Request

CLOSEST = "No quote by {} holds those words; the closest are {}'s"


@pytest.mark.parametrize(("typed", "title"), [
    ("did ollongren say 'an attack on one ally is an attack on all of us'?", CLOSEST.format("Kajsa Ollongren", "Jens Stoltenberg")),
    ("when did rutte say 'we must not repeat the mistake of relying on china'?", CLOSEST.format("Mark Rutte", "Jens Stoltenberg")),
    ("did odobescu say 'we all stand together against those who would do us harm'?", CLOSEST.format("Luminița Odobescu", "Mark Rutte")),
    ("when did noorman say 'no one stands alone in the alliance'?", CLOSEST.format("Ernest Noorman", "Mark Rutte")),
    # held as typed, American spelling and all: the other said it
    ("did ollongren say 'no one stands alone in nato'?", "Mark Rutte said it, not Kajsa Ollongren"),
    ("baerbock said 'a great pleasure to welcome you all to the first nato cyber defense conference', right?", "Jens Stoltenberg said it, not Annalena Baerbock"),
])
def test_only_words_held_as_typed_are_said_by_another(bot, typed, title):
    assert bot.handle(Request(typed, user=typed)).title == title
