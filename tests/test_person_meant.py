""""He" or "she" after an answer naming several people: the one the question's role fits (bot.answering.person_meant)."""

import datetime as dt

import pytest

from bot.answering.lookup import Lookup
from bot.answering.person_meant import person_by_role
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path
from bot.reply import ItemRef

TODAY = dt.date(2026, 11, 23)
TIRANA = (ItemRef("person", "mark-rutte"), ItemRef("person", "edi-rama"))
HAGUE = tuple(ItemRef("person", p) for p in ("kajsa-ollongren", "luminita-odobescu", "mircea-geoana", "ernest-noorman"))


@pytest.fixture(scope="module")
def lookup():
    return Lookup(load_knowledge(default_knowledge_path()))


@pytest.mark.parametrize(("question", "people", "meant"), [
    ("what post did he hold before becoming sg", TIRANA, "mark-rutte"),
    ("when did she become romania s foreign minister", HAGUE, "luminita-odobescu"),
    ("was she the dutch defence minister then", HAGUE, "kajsa-ollongren"),
    ("what did he say", TIRANA, None),  # no role: two men, nothing tells them apart
    ("when did he become prime minister of albania", HAGUE, None),  # nobody of them held it
])
def test_person_by_role(lookup, question, people, meant):
    found = person_by_role(lookup, question, people, TODAY)
    assert (found.id if found else None) == meant
