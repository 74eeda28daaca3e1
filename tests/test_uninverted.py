"""A question asked without "did" or inversion ("what they decided", "rutte took over when"): put in question order."""

import pytest

from bot.answering.uninverted import uninverted
from bot.request import Request


@pytest.mark.parametrize(("text", "read"), [
    ("which private companies stoltenberg named in berlin", "which private companies did stoltenberg name in berlin"),
    ("what the wales summit in 2014 decided for cyber", "what did the wales summit in 2014 decide for cyber"),
    ("what they agreed at vilnius", "what did they agree at vilnius"),
    ("when was rutte took over from stoltenberg", "when did rutte take over from stoltenberg"),
    ("rutte took over from stoltenberg when", "when did rutte take over from stoltenberg"),
    ("stoltenberg is still nato secretary general today", "is stoltenberg still nato secretary general today"),
    ("what in berlin he spoke also of saceur", "what did he say about saceur in berlin"),
    ("what in tirana rutte spoke of investment", "what did rutte say about investment in tirana"),
    ("what stoltenberg said in rome", "what stoltenberg said in rome"),  # the routes read it
    ("which summit decided the pledge", "which summit decided the pledge"),  # no subject between
])
def test_uninverted_is_put_in_question_order(text, read):
    assert uninverted(text) == read


@pytest.mark.parametrize(("asked", "first"), [
    ("Rutte took over from Stoltenberg when?", "mark-rutte"),
    ("what the allies decided for cyber at the Wales summit?", "wales-2014-enhanced-cyber-defence-policy"),
    ("which private companies Stoltenberg named in Berlin?", "stoltenberg-berlin-2023-private-companies"),
    ("NATO launched the NICC when?", "nato-integrated-cyber-defence-centre"),
    ("in Berlin he spoke also of SACEUR, what exactly?", "stoltenberg-berlin-2023-saceur-authority"),
    ("in Tirana Rutte spoke of investment - what exactly?", "rutte-tirana-2025-stepping-up-investment"),
])
def test_uninverted_questions_are_answered(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title


def test_still_in_office_is_checked_on_today(bot_9_november):
    reply = bot_9_november.handle(Request("Stoltenberg is still NATO secretary general today?", user="still"))
    assert reply.title.startswith("No") and "Rutte" in reply.title
