"""Words put to a speaker or a place in a negative or tag question ("wasn't '...' said in rome?", "'...' is a rutte
line, isn't it?", "the <words> quote - that was rutte, wasn't it?", typed with or without quotation marks): the
speaker and the place checked, never a yes to someone who did not say them or a place they were not said in."""

import pytest

from bot.request import Request

NO_ONE_ALONE = "rutte-tirana-2025-no-one-stands-alone"
NOT_REPEAT = "stoltenberg-berlin-2023-not-repeat-mistake"
ONE_FOR_ALL = "stoltenberg-berlin-2023-one-for-all"
NOTHING_IMMORAL = "stoltenberg-berlin-2023-nothing-immoral"


@pytest.mark.parametrize(("typed", "quote", "said_by", "not_by"), [
    ("wasn't 'no one stands alone' said by Stoltenberg?", NO_ONE_ALONE, "Mark Rutte", "Jens Stoltenberg"),
    ("'no one stands alone' is a Stoltenberg quote, isn't it?", NO_ONE_ALONE, "Mark Rutte", "Jens Stoltenberg"),
    ("isnt 'we must not repeat this mistake' from Rutte?", NOT_REPEAT, "Jens Stoltenberg", "Mark Rutte"),
    ("'we must not repeat this mistake' - Rutte said that, didn't he?", NOT_REPEAT, "Jens Stoltenberg", "Mark Rutte"),
    ("the no one stands alone quote - that was stoltenberg, wasn't it?", NO_ONE_ALONE, "Mark Rutte", "Jens Stoltenberg"),
    ("isn't the nothing immoral quote Rutte's?", NOTHING_IMMORAL, "Jens Stoltenberg", "Mark Rutte"),
    ("the one for all and all for one line was Rutte's, no?", ONE_FOR_ALL, "Jens Stoltenberg", "Mark Rutte"),
])
def test_words_put_to_the_wrong_speaker_are_given_to_the_right_one(bot, typed, quote, said_by, not_by):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == quote and reply.title.startswith(f"{said_by} said it, not {not_by}"), reply.title


@pytest.mark.parametrize(("typed", "quote", "not_in"), [
    ("wasn't 'no one stands alone' said in Rome?", NO_ONE_ALONE, "Rome"),
    ("'one for all and all for one' - wasn't that in London?", ONE_FOR_ALL, "London"),
    ("the nothing immoral line was said at the Hague, wasn't it?", NOTHING_IMMORAL, "The Hague"),
])
def test_words_put_to_the_wrong_place_are_corrected(bot, typed, quote, not_in):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == quote and reply.title.startswith("No:") and reply.title.endswith(f"not in {not_in}"), reply.title


@pytest.mark.parametrize(("typed", "quote"), [
    ("wasn't 'no one stands alone' said in Tirana?", NO_ONE_ALONE),
    ("isn't 'one for all and all for one' actually Stoltenberg's?", ONE_FOR_ALL),
    ("the no one stands alone line was Rutte's, wasn't it?", NO_ONE_ALONE),
])
def test_words_put_to_the_right_speaker_or_place_are_confirmed(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == quote and " not " not in reply.title and not reply.title.startswith("No"), reply.title
