"""After a line is shown: whether it may be used, the rest of its sentence; and what is held from a speaker, asked plainly."""


import pytest

from bot.answering.have_from import have_from
from bot.answering.use_checks import use_asked, use_check
from bot.reply import ItemRef
from bot.request import Request


def _after(bot, first, then, user):
    bot.handle(Request(first, user=user))
    return bot.handle(Request(then, user=user))


_QUOTE = ItemRef("quote", "odobescu-hague-2024-constant-evolution")


@pytest.mark.parametrize(
    "typed",
    [
        "is that safe to attribute to her?",
        "can the minister quote that on the record?",
        "ok to use this in a speech?",
        "can we cite it?",
        "I don't want to misquote her - is that attributable?",
    ],
)
def test_asking_to_use_the_last_quote_checks_it(typed):
    assert use_check(typed, _QUOTE) == "can i quote that line"


@pytest.mark.parametrize("typed", ["can i quote rutte on investment?", "where was that said?", "who is she?"])
def test_other_questions_are_no_use_check(typed):
    assert use_check(typed, _QUOTE) is None


def test_a_use_check_needs_a_quote_before_it():
    assert use_check("is that safe to attribute?", ItemRef("person", "kajsa-ollongren")) is None


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("what do you have from kajsa ollongren", "quotes by kajsa ollongren"),
        ("what have you got from rutte", "quotes by rutte"),
        ("anything from odobescu", "quotes by odobescu"),
        ("what do you have from the rome conference", "what do you have from the rome conference"),
        ("anything from 2016", "anything from 2016"),
    ],
)
def test_what_is_held_from_a_speaker_is_their_quotes(typed, asked):
    assert have_from(typed) == asked


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("who said no one stands alone in nato?", "what's the rest of that sentence?", "rutte-tirana-2025-stand-together"),
        ("who said no one stands alone in nato?", "how does it go on?", "rutte-tirana-2025-stand-together"),
        ("a line on solidarity from rutte", "and what did he say next?", "rutte-tirana-2025-stand-together"),
        ("I need a line on resilience from a minister", "is that safe to attribute to her?", "odobescu-hague-2024-constant-evolution"),
        ("what have you got from ollongren?", "can we quote that on the record?", "ollongren-hague-2024-stand-together"),
    ],
)
def test_follow_ups_on_a_line(bot, first, then, expected, request):
    reply = _after(bot, first, then, request.node.name)
    assert reply.items and reply.items[0].id == expected


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("is the saceur authority line from berlin solid enough to cite", "can i quote the saceur authority line from berlin"),
        ("is the russia energy quote safe to use in a speech", "can i quote the russia energy quote"),
        ("are his tirana lines ok for a footnote", "can i quote his tirana lines"),
        ("is the pledge solid", "is the pledge solid"),
    ],
)
def test_a_named_line_asked_whether_usable_is_checked(typed, asked):
    assert use_asked(typed) == asked


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("is the SACEUR authority line from Berlin solid enough to cite?", "stoltenberg-berlin-2023-saceur-authority"),
        ("is the kinetic attacks line from berlin verified?", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
        ("can i quote the russia energy line from berlin", "stoltenberg-berlin-2023-russia-energy"),
    ],
)
def test_a_line_named_with_its_city_is_found(bot, asked, first):
    reply = bot.handle(Request(asked))
    assert reply.items and reply.items[0].id == first
