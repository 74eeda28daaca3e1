""""was that taken at the rome conf" right after an entry of its own (a photo, an announcement): whether that entry was
part of the gathering named, checked ("No: ... is an entry of its own, not part of ..."), never a quote holding the words
"was that taken", nor the gathering's card as if it were the answer."""

import pytest

from bot.request import Request

PHOTO = "whats the photo of stoltenberg with the young content creators"
ANNOUNCED = "when was the vilnius summit announced"


@pytest.mark.parametrize(("first", "then", "gathering"), [
    (PHOTO, "was that taken at the rome conf", "rome-pledge-conference-2022"),
    (PHOTO, "so was it taken at the berlin conference?", "berlin-cyber-defence-conference-2023"),
    (ANNOUNCED, "was that made at the rome conference", "rome-pledge-conference-2022"),
    (ANNOUNCED, "was it announced at the tirana conference?", "tirana-cyber-defence-conference-2025"),
])
def test_the_entry_is_checked_against_the_gathering(bot, first, then, gathering):
    for text in (first, then):
        reply = bot.handle(Request(text, user=f"{first}|{then}"))
    assert [i.id for i in reply.items][1:2] == [gathering] and "entry of its own" in reply.title, reply.title
    assert not any(i.type == "quote" for i in reply.items), reply.title
