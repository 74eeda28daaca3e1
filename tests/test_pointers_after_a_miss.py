"""After an honest miss, "there" is the place the missed question named and "the last one" the newest of what it asked
about: the follow-up is answered of them, not searched for as words ("there then", "the last one")."""

import pytest

from bot.request import Request

#: (the question missed, the follow-up, the entry it is answered by)
POINTED = [
    ("what did rutte say in berlin 2023", "ok so who spoke there", "berlin-cyber-defence-conference-2023"),
    ("what did rutte say in berlin 2023", "who hosted there?", "berlin-cyber-defence-conference-2023"),
    ("what did odobescu say in rome", "and who spoke there then", "rome-pledge-conference-2022"),
    ("nato cyber defence conference 2027 when", "what about the latest one", "tirana-cyber-defence-conference-2025"),
    ("pledge conference 2025 where", "and the most recent one?", "hague-pledge-conference-2024"),
    ("nato summit 2030 where", "the last one then", "washington-summit-2024"),
    ("what did stoltenberg say at the madrid summit", "was there a quote from rome", "stoltenberg-rome-2022-contested-space"),  # no pointer
]


@pytest.mark.parametrize(("missed", "typed", "first"), POINTED)
def test_a_pointer_after_a_miss_is_what_the_missed_question_named(bot, missed, typed, first):
    conversation = f"{missed}|{typed}"
    missed_reply, reply = (bot.handle(Request(text, user=conversation)) for text in (missed, typed))
    assert (missed_reply.kind, reply.items[0].id if reply.items else None) == ("not_found", first), reply.title
