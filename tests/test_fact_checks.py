"""Claims pasted to be checked the way a newsroom's fact-checker pastes them: from a platform ("instagram says ..."),
with a verdict asked before or after ("real or fake: ...", "... is this real?"), an attacker named ("hacked by
anonymous"), a country someone stood for ("represented bulgaria"), a centre's seat. Each is the claim checked."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "instagram says the rome conference was in 2021",
    "on reddit someone claims the rome conference was in 2021",
    "rate this claim: the rome conference was in 2021",
    "real or fake: the rome conference was in 2021",
    "the rome conference was in 2021. is this real?",
    "the rome conference was in 2021 - legit?",
    "Viral post says the Rome conference was in 2021",
])
def test_a_claim_with_its_platform_or_verdict_asked_is_checked(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and "2022" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "named"), [
    ("is it true that nato websites were hacked by anonymous in 2014", "Anonymous"),
    ("were nato websites hacked by anonymous in 2014?", "Anonymous"),
    ('tweet: "NATO websites were hacked by Anonymous in 2014". fact?', "Anonymous"),
    ("i heard nato got hacked by russia", "Russia"),
])
def test_an_attacker_claimed_is_checked_against_who_the_text_says_claimed_it(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == "nato-websites-ddos-2014" and "Cyber Berkut" in reply.title, reply.title
    assert f"does not name {named} as behind it" in reply.title


def test_an_attack_claim_naming_no_doer_keeps_its_date_check(bot):
    reply = bot.handle(Request("my caption says 'nato websites were hit by a ddos in 2016'", user="u"))
    assert reply.title.startswith("No:") and "2014" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "verdict"), [
    ("is it true that odobescu represented bulgaria at the hague", "No: Luminița Odobescu is Foreign Minister of Romania"),
    ("rate this claim: ollongren represented belgium at the hague", "No: Kajsa Ollongren is Minister of Defence of the Netherlands"),
    ("odobescu represented romania at the hague, right?", "Yes: Luminița Odobescu is Foreign Minister of Romania"),
])
def test_the_country_someone_stood_for_is_read_from_their_titles(bot, typed, verdict):
    assert bot.handle(Request(typed, user=typed)).title == verdict


def test_a_decision_claimed_where_the_centre_it_set_up_is_based_holds(bot):
    reply = bot.handle(Request("reddit says NATO built a cyber centre in Mons in 2024 - real?", user="u"))
    assert reply.title.startswith("Yes:") and "Mons" in reply.title and "not in Mons" not in reply.title, reply.title
