"""After a quote, a follow-up naming another person at the same gathering by country and part ("and what did the Dutch
co-host say?" after Odobescu's Hague line): the one of that gathering's people who stood for that country as host
(its minister, not its ambassador), never a miss about someone called "the dutch co host"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("first", "then", "speaker"), [
    ("who said 'cybersecurity is a dynamic field'?", "and the dutch co-host, what did she say?", "Kajsa Ollongren"),
    ("who said 'we stand together'?", "what did the romanian co-host say?", "Luminița Odobescu"),
    ("who said 'no one stands alone in nato'?", "what did the albanian host say?", "Edi Rama"),
])
def test_the_host_of_the_quoted_gathering(bot, first, then, speaker):
    replies = [bot.handle(Request(typed, user=then)) for typed in (first, then)]
    assert replies[0].items[0].type == "quote", replies[0].title  # the follow-up is asked of a quote's gathering
    assert speaker in replies[1].title and "co host" not in replies[1].title, replies[1].title
