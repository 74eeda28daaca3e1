"""Every quote in the shipped knowledge, asked about in its own words ("is "<its text>" real?", "did <speaker> really say
"<its text>"?"), is that quote and never "Close, not word for word": no step may change words in quotation marks (one
dropped the "also" of "NATO Allies are also stepping up ...", as it does in "were partners also invited")."""

import pytest

from bot.request import Request
from bot.service import Bot

_SHIPPED = Bot.from_path(None).knowledge


@pytest.mark.parametrize("quote_id", sorted(_SHIPPED.quotes))
@pytest.mark.parametrize("form", ['is "{text}" real?', 'did {speaker} really say "{text}"?'])
def test_a_quote_asked_in_its_own_words_is_that_quote_word_for_word(bot, quote_id, form):
    quote = _SHIPPED.quotes[quote_id]
    speaker = _SHIPPED.people[quote.speaker].name if quote.speaker in _SHIPPED.people else quote.speaker
    text = form.format(text=quote.text, speaker=speaker)
    reply = bot.handle(Request(text, user=text))
    assert reply.kind == "answer" and reply.items[0].id == quote_id and not reply.title.startswith("Close, not word for word"), reply.title
