"""A person's role asked as a request ("please give me Kajsa Ollongren's role and the conference she co-hosted",
"show me rutte's title"): their role, with the events they took part in, as "what is X's role" gives it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "person", "role"), [
    ("please give me Kajsa Ollongren's role and the conference she co-hosted", "kajsa-ollongren", "Minister of Defence"),
    ("tell me Luminita Odobescu's job and where she spoke", "luminita-odobescu", "Foreign Minister"),
    ("kindly send me edi rama's position and the event he hosted", "edi-rama", "Prime Minister"),
    ("give me the role of kalle laanet", "kalle-laanet", "Minister"),
    ("what is mircea geoana's title and the conferences he spoke at", "mircea-geoana", "Deputy Secretary General"),
])
def test_a_role_asked_as_a_request_is_the_role(bot, typed, person, role):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [person] and role in reply.title, reply.title


def test_a_request_for_a_quote_is_not_a_role(bot):
    assert "Quote" in bot.handle(Request("give me the quote", user="u")).title
