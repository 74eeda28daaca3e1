"""After an answer about a gathering, a follow-up that sets one of its decisions aside and points back at it ("besides
the pledge, what else did they approve there?"): the gathering's other decisions, never the decision set aside as
the answer, nor a miss."""

import pytest


@pytest.mark.parametrize(("before", "typed", "first"), [
    ("when was the warsaw summit?", "apart from the cyber defence pledge, what else was decided there?", "cyberspace-domain-of-operations-2016"),
    ("tell me about the 2016 warsaw summit", "other than the pledge, anything else they agreed at that summit?", "cyberspace-domain-of-operations-2016"),
    ("warsaw summit datas", "além do compromisso, o que mais decidiram lá?", "cyberspace-domain-of-operations-2016"),
    ("when was the vilnius summit?", "besides the new concept, what else did allies agree there?", "vilnius-summit-2023"),
])
def test_the_other_decisions_of_the_gathering(conversation, before, typed, first):
    reply = conversation(before, typed)
    assert reply.items[0].id == first, reply.title


def test_a_question_that_names_its_own_gathering_is_left_to_it(conversation):
    reply = conversation("when was the vilnius summit?", "besides the pledge, what else did they decide in warsaw?")
    assert reply.items[0].id == "cyberspace-domain-of-operations-2016", reply.title
