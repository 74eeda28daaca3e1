"""A companion named before the question ("apart from the secretary general, who else spoke in rome?") or by a short
title ("besides the sg"): the others lead the reply's items, as when the companion is named after the question."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "others", "companion"), [
    ("apart from the secretary general, who spoke at rome?", "edmondo-cirielli", "jens-stoltenberg"),
    ("Besides the SG, who else spoke in Rome?", "edmondo-cirielli", "jens-stoltenberg"),
    ("who spoke at rome besides the sg", "edmondo-cirielli", "jens-stoltenberg"),
    ("Aside from Ollongren, who spoke at the Hague?", "luminita-odobescu", "kajsa-ollongren"),
    ("who spoke at the hague aside from ollongren", "luminita-odobescu", "kajsa-ollongren"),
])
def test_the_companion_comes_after_the_others(bot, typed, others, companion):
    ids = [i.id for i in bot.handle(Request(typed, user=typed)).items]
    assert others in ids and companion in ids and ids.index(others) < ids.index(companion), ids
