"""A claim that nothing of a kind came before an event is answered with those that did."""

import pytest

from bot.answering.never_held import never_held_asked
from bot.request import Request


@pytest.mark.parametrize(
    ("claim", "asked"),
    [
        ("is it true that before berlin in nov 2023 nato never held any cyber conference at all", "which cyber conferences were held before berlin in nov 2023"),
        ("before wales nato had never held a summit right", "which summits were held before wales"),
        ("before rome there was no pledge conference correct", "which pledge conferences were held before rome"),
        ("nato had never held a summit before wales right", "nato had never held a summit before wales right"),  # the negative claim's own check
        ("what was held before rome", "what was held before rome"),  # no claim: as it is
    ],
)
def test_a_never_before_claim_is_asked_as_what_came_before(claim, asked):
    assert never_held_asked(claim) == asked


@pytest.mark.parametrize(
    ("claim", "ids"),
    [
        ("so before Berlin in Nov 2023 NATO never held any cyber conference at all, correct?", {"paris-pledge-conference-2018", "rome-pledge-conference-2022"}),
        ("before the hague one there was no pledge conference, right?", {"paris-pledge-conference-2018", "rome-pledge-conference-2022"}),
    ],
)
def test_the_earlier_ones_answer_it(bot_9_november, claim, ids):
    reply = bot_9_november.handle(Request(claim, user="never-held"))
    assert ids <= {i.id for i in reply.items}, reply.title
