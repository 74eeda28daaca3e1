"""A name in quotation marks asked what it is, with a clause that places it ("the 'Allied Cyber Reserve' that Stoltenberg
proposed in his 2016 op-ed"): when the knowledge lacks the name, the honest miss for it, never the entry the clause names
(the op-ed, the Tirana conference) nor a claim check of the name as a label on "what"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "name"), [
    ("what's the 'Cyber Shield Programme' that Rutte launched in Tirana in 2025?", "Cyber Shield Programme"),
    ("what is the 'Quantum Defence Initiative' stoltenberg announced in Berlin in 2023?", "Quantum Defence Initiative"),
    ("What was the 'Hague Cyber Accord' signed in May 2024?", "Hague Cyber Accord"),
    ("what is the 'Warsaw Cyber Compact' from the 2016 summit?", "Warsaw Cyber Compact"),
    ("what is NATO's 'Allied Cyber Reserve' that the op-ed proposed?", "Allied Cyber Reserve"),
])
def test_a_quoted_name_the_knowledge_lacks_is_the_miss(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title == f"I have no entry for “{name}”.", reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("what is the 'Virtual Cyber Incident Support Capability' piloted in 2023?", "virtual-cyber-incident-support-capability"),
    ("what's the 'Cyber Coalition' exercise that started in 2008?", "cyber-coalition"),
])
def test_a_quoted_name_the_knowledge_holds_is_answered(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first, (reply.title, [i.id for i in reply.items][:3])
