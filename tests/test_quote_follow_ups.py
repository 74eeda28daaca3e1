"""Follow-ups on a quote: "link?" asks its sources' addresses (follow_ups.sources_asked); "and the odobescu one?" asks
the last question again of that person's words, not of the words quoted before (ask_again._other_person)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("first", "then", "leads", "has"), [
    ("who said 'no one stands alone in nato'?", "link?", "rutte-tirana-2025-no-one-stands-alone", "src-tirana-2025"),
    ("who said 'we must be able to act at the speed of the threat'?", "url pls", None, None),
    ("where was the tirana conference held?", "any link for that?", "tirana-cyber-defence-conference-2025", "src-tirana-2025"),
    ("is the ollongren quote from the hague ('it is imperative that we stand together') verified?", "and the odobescu one?",
     "odobescu-hague-2024-constant-evolution", None),
    ("is rutte's quote 'no one stands alone in nato' verified?", "and the stoltenberg one?", None, None),
])
def test_a_follow_up_on_a_quote(bot, first, then, leads, has):
    user = f"{first} {then}"
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(then, user=user))
    ids = [i.id for i in reply.items]
    assert (leads is None or ids[:1] == [leads]) and (has is None or has in ids), (reply.title, ids)
    assert "Quote with" not in reply.title
