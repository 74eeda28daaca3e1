"""Another organisation's name put on a NATO entry ("the UN pledge conference in london", "ENISA's rapid reaction teams")
is NATO's entry, with a note that it is NATO's; another organisation's own law, report or talks ("the EU AI act",
"europol's iocta report") is an honest miss that names what was asked, never a NATO entry sharing a word."""

import pytest

from bot.request import Request

#: Asked, the entry that answers, the organisation the note says it is not.
NATO_S_UNDER_ANOTHER_NAME = (
    ("when was the UN pledge conference in london", "london-pledge-conference-2019", "the UN"),
    ("who spoke at the OSCE cyber defence conference in tirana?", "tirana-cyber-defence-conference-2025", "the OSCE"),
    ("where is the EU's integrated cyber defence centre based", "nato-integrated-cyber-defence-centre", "the EU"),
    ("ENISA's cyber rapid reaction teams - what are they", "cyber-rapid-reaction-teams", "ENISA"),
    ("did the second EU cyber defence conference take place in london?", "london-cyber-defence-conference-2024", "the EU"),
    ("the UN warsaw summit - what did it decide on cyber?", "cyber-defence-pledge-2016", "the UN"),
    ("who hosted the G7 pledge conference in paris", "paris-pledge-conference-2018", "the G7"),
)
#: Asked, and words of it the miss names.
THEIR_OWN = {
    "what does the EU cyber resilience act require": "resilience act",
    "europol's IOCTA report 2024 findings": "iocta",
    "what did nato say about the EU AI act": "ai act",
    "the OSCE confidence building talks on cyber, was nato involved": "OSCE",
    "interpol cyber fusion centre report - key points?": "Interpol",
}


@pytest.mark.parametrize(("typed", "first", "owner"), NATO_S_UNDER_ANOTHER_NAME)
def test_a_nato_entry_under_another_name_is_nato_s(bot, typed, first, owner):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title
    assert any(f"not {owner}'s" in str(b.text) for b in reply.blocks), reply.blocks


def test_a_year_it_did_not_meet_is_still_said_first(bot):
    reply = bot.handle(Request("when was the EU council summit in warsaw, july 2015?", user="u"))
    assert reply.title.startswith("I have no summit in Warsaw in") and "2015" in reply.title, reply.title


@pytest.mark.parametrize("typed", sorted(THEIR_OWN))
def test_another_organisation_s_own_thing_is_a_miss_that_names_it(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and THEIR_OWN[typed].lower() in reply.title.lower(), reply.title


@pytest.mark.parametrize("typed", ["kajsa ollongren, is she from the EU?", "tuckute - is she from ENISA?", "was the 2014 ddos from the UN"])
def test_a_person_or_attack_asked_of_is_not_an_organisation_s_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "nothing on" not in reply.title, reply.title
