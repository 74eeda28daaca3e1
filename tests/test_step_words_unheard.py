"""An English word the steps read but everyday English's 3,000 words lack ("stance") is never heard as a name of the
knowledge ("stanica"): the question keeps its word, and the reply names nobody it did not ask about."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "in 2016 did nato say its cyber stance was purely defensive? what was the line",
    "what was stoltenberg's stance on china",
    "rutte's stance on investment",
])
def test_stance_is_no_name_misheard(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "roxana-stanica" not in [i.id for i in reply.items] and "Stanica" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "named"), [("what did stanica write", "roxana-stanica"), ("olangren quote", "kajsa-ollongren")])
def test_names_misheard_are_still_heard(bot, typed, named):
    assert named in [i.id for i in bot.handle(Request(typed, user=typed)).items]
