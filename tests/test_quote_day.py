"""Table tests for ``quote_day``: the day asked of words just shown is the day their speaker spoke there."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("first, then, says", [
    ("What did Rutte say at the Tirana conference?", "what day of the week was it?", "Thursday"),
    ("What did Rutte say at the Tirana conference?", "Thanks. Which day was that said?", "9 October 2025"),
    ("What did Stoltenberg say in Rome about recommitting?", "which day was that said?", "10 November 2022"),
    ("What did Stoltenberg say about China in Berlin?", "And when was that said?", "9 November 2023"),
    # which of the days offered, asked of the words or of the call they made
    ("What did Stoltenberg call on Allies to do at the Rome conference?", "Was that on the first or the second day of the conference?", "Day two"),
    ("What did Stoltenberg say in Rome about recommitting?", "was it said on day one or day two?", "Day two"),
    ("What did Rutte say at the Tirana conference?", "Thanks. Was that on the first day or the second?", "Day one"),
    ("What did Rutte say at the Tirana conference?", "was it on day 2?", "No: Mark Rutte spoke by video on 9 October 2025"),
])
def test_the_day_of_the_words_just_shown(bot, first, then, says):
    bot.handle(Request(first, user=first + then))
    reply = bot.handle(Request(then, user=first + then))
    assert says in reply.title and "“" not in reply.title, reply.title


def test_a_day_asked_of_an_event_is_left_to_the_event():
    from bot.answering.quote_day import quote_day
    from bot.reply import ItemRef
    assert quote_day(None, "what day of the week was it", ItemRef("event", "tirana-cyber-defence-conference-2025")) is None
