"""Right after a quote said at a gathering, a follow-up about the gathering's people is asked of that gathering: "and the
dutch minister?" is what she said there (the last question, of her), "did anyone from nato speak there" its NATO
speaker; never a card of someone alone, nor an entry of another gathering."""

import pytest

from bot.request import Request

ROMANIAN_SAID = "what did the romanian minister say at the hague pledge conference"

#: A follow-up to ROMANIAN_SAID -> the ids its reply must lead with (in order).
AFTER_HER_QUOTE = {
    "and the dutch minister?": ["ollongren-hague-2024-stand-together", "kajsa-ollongren"],
    "what about the dutch minister": ["ollongren-hague-2024-stand-together", "kajsa-ollongren"],
    "did anyone from nato speak there": ["hague-pledge-conference-2024", "mircea-geoana"],
    "anyone from nato itself speak?": ["hague-pledge-conference-2024", "mircea-geoana"],
    "and the nato guy?": ["mircea-geoana", "hague-pledge-conference-2024"],
}


@pytest.mark.parametrize("follow_up", AFTER_HER_QUOTE)
def test_the_gathering_of_the_quote_is_asked_of(bot, follow_up):
    for text in (ROMANIAN_SAID, follow_up):
        reply = bot.handle(Request(text, user=f"quote|{follow_up}"))
    assert [i.id for i in reply.items][:2] == AFTER_HER_QUOTE[follow_up], reply.title

