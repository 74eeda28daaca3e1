"""After an answer about a gathering, who spoke for a country's government or side ("who spoke for the british
government?", "who was there for the german side?"): that country's people at that gathering."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("first", "then", "person"), [
    ("when was the london conference 2024?", "who spoke for the uk government?", "pat-mcfadden"),
    ("when was the berlin conference?", "and who was there for the german side?", "annalena-baerbock"),
    ("when was tirana?", "who spoke for the albanian government?", "edi-rama"),
    ("when was the hague conference?", "who represented the romanian government?", "luminita-odobescu"),
])
def test_a_government_asked_after_a_gathering(bot, first, then, person):
    user = f"{first}|{then}"
    event = bot.handle(Request(first, user=user)).items[0].id
    reply = bot.handle(Request(then, user=user))
    assert [i.id for i in reply.items][:2] == [event, person], reply.title
