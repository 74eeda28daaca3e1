"""A follow-up asking what "this <noun>" of the quote just given meant ("which mistake does he mean?", "which mistake he
means, something with Russia?"): the quote, and the line before it that the noun points back to, as when the quote
and the question come in one message (``line_context``); never a search for the noun among every quote."""

import pytest

from bot.request import Request

MISTAKE, RUSSIA = "stoltenberg-berlin-2023-not-repeat-mistake", "stoltenberg-berlin-2023-russia-energy"


@pytest.mark.parametrize("first", [
    "who said 'we must not repeat this mistake'?",
    "what did stoltenberg say in berlin about relying on china for technology?",
])
@pytest.mark.parametrize("then", [
    "what mistake is he referring to?",
    "which mistake he meant?",
    "and what mistake, something about energy?",
    "what mistake exactly?",
])
def test_the_mistake_asked_after_the_quote_is_the_line_before_it(bot, first, then):
    user = f"{first}|{then}"
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(then, user=user))
    assert [i.id for i in reply.items][:2] == [MISTAKE, RUSSIA] and "points back" in reply.title, reply.title


@pytest.mark.parametrize("then", ["which year was that?", "which conference?"])
def test_a_question_about_the_quote_itself_gets_no_line_before(bot, then):
    first = "who said 'we must not repeat this mistake'?"
    user = f"{first}|{then}"
    bot.handle(Request(first, user=user))
    assert "points back" not in bot.handle(Request(then, user=user)).title
