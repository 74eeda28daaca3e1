"""Questions a Baltic security analyst asks (tables of phrasings per class, each answered by the entry it asks about)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


def _ask(bot, text):
    return bot.handle(Request(text, user=text))


def _leads_with(bot, question, first, says=""):
    """Asks ``question``; its reply's first item is ``first`` and its title holds ``says``."""
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first and says in reply.title, reply.title
    return reply


@pytest.mark.parametrize("question, first", [
    ("exactly three years ago today - which NATO cyber conference opened?", "berlin-cyber-defence-conference-2023"),
    ("which NATO cyber conference opened 3 years ago today?", "berlin-cyber-defence-conference-2023"),
    ("what conference was held exactly 4 years ago today", "rome-pledge-conference-2022"),
    ("four years ago today, which conference took place?", "rome-pledge-conference-2022"),
    ("precisely 3 years ago today: what nato cyber event happened?", "berlin-cyber-defence-conference-2023"),
])
def test_a_kind_asked_of_a_day_counted_back_from_today(bot, question, first):
    reply = _ask(bot, question)
    assert first in [i.id for i in reply.items[:2]], reply.title  # that day's events, the announcement of 9 November 2022 too


@pytest.mark.parametrize("question, first, says", [
    ("NATO cyber rapid reaction teams - since when deployable?", "cyber-rapid-reaction-teams", "2013"),
    ("rapid reaction teams - when deployable?", "cyber-rapid-reaction-teams", "2013"),
    ("cyber RRTs, since when deployable?", "cyber-rapid-reaction-teams", "2013"),
    ("NICC - since when operational?", "nato-integrated-cyber-defence-centre", "2024"),
    ("malware sharing platform: since when available?", "malware-information-sharing-platform", "2016"),
])
def test_a_subject_then_since_when_it_is_in_a_state(bot, question, first, says):
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first, reply.title
    assert says in render_text(reply)


@pytest.mark.parametrize("question, first, says", [
    ("Has a Baltic country ever hosted a Cyber Defence Pledge Conference?", "tallinn-pledge-conference-2021", "Estonia (a Baltic country)"),
    ("did one of the Baltic states ever host a pledge conference?", "tallinn-pledge-conference-2021", "Tallinn"),
    ("have the baltics ever hosted one of the pledge conferences", "tallinn-pledge-conference-2021", "2021"),
    ("did any Balkan country host one of the annual cyber defence conferences?", "tirana-cyber-defence-conference-2025", "Albania"),
    ("has a benelux country ever hosted a pledge conference", "hague-pledge-conference-2024", "Netherlands"),
])
def test_a_group_of_countries_asked_as_one_host(bot, question, first, says):
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first, reply.title
    assert says in reply.title


def test_a_group_that_hosted_none_is_said_so(bot):
    reply = _ask(bot, "has a Nordic country ever hosted a NATO cyber defence conference?")
    assert reply.kind == "not_found" and "a Nordic country" in reply.title


@pytest.mark.parametrize("question, first", [
    ("Who spoke for the host country in Tirana?", "edi-rama"),
    ("who represented the host nation in Rome?", "edmondo-cirielli"),
    ("who spoke for the host government in London in 2024?", "pat-mcfadden"),
    ("at the Berlin conference, who spoke for the host country?", "annalena-baerbock"),
    ("who was there for the hosting nation at the tirana conference?", "edi-rama"),
])
def test_the_host_country_asked_as_a_party(bot, question, first):
    reply = _ask(bot, question)
    assert first in [i.id for i in reply.items[:2]], reply.title


@pytest.mark.parametrize("question, name", [
    ("What position does Tučkutė hold now?", "Tučkutė"),
    ("What position does Kallas hold now?", "Kallas"),
    ("what is Laanet's current job?", "Laanet"),
    ("which role does Tuckute currently hold?", "Tučkutė"),
    ("what post does Cirielli hold these days?", "Cirielli"),
])
def test_an_undated_role_asked_of_today_is_not_known(bot, question, name):
    reply = _ask(bot, question)
    assert reply.title.startswith("The knowledge does not say") and name in reply.title, reply.title


def test_a_dated_role_asked_of_today_is_told(bot):
    assert _ask(bot, "What position does Rutte hold now?").title == "Mark Rutte now: NATO Secretary General"


@pytest.mark.parametrize("question, miss, first", [
    ("did Estonia send a minister to Rome in Nov 2022?", True, "rome-pledge-conference-2022"),
    ("did Albania send an official to London in 2024?", True, "london-cyber-defence-conference-2024"),
    ("did Lithuania send a minister to Berlin?", False, "greta-monika-tuckute"),
    ("did Romania send its foreign minister to the Hague?", False, "luminita-odobescu"),
    ("did Estonia send any officials to the hague pledge conference?", True, "hague-pledge-conference-2024"),
])
def test_a_country_asked_whether_it_sent_someone(bot, question, miss, first):
    reply = _ask(bot, question)
    assert reply.title.startswith("The knowledge records nobody") is miss, reply.title
    assert first in [i.id for i in reply.items[:2]]


@pytest.mark.parametrize("typed, asked", [
    ("which general was saceur when stoltenberg talked about saceur authority", "who was saceur when stoltenberg talked about saceur authority"),
    ("which official was nato secretary general in 2019", "who was nato secretary general in 2019"),
    ("what politician was estonian prime minister in 2021", "who was estonian prime minister in 2021"),
    ("which admiral is saceur", "who is saceur"),
    ("which minister was at the hague", "which minister was at the hague"),  # no role asked: as typed
])
def test_which_person_held_a_role_asks_who_held_it(typed, asked):
    from bot.answering.role_time_asks import who_held_then

    assert who_held_then(typed) == asked


@pytest.mark.parametrize("question, first", [
    ("Which general was SACEUR when Stoltenberg talked about SACEUR authority?", None),
    ("which general was SACEUR in 2023?", None),
    ("which official was NATO secretary general in 2019?", "jens-stoltenberg"),
    ("which politician was Estonian prime minister in 2021?", "kaja-kallas"),
])
def test_which_person_held_a_role_is_its_holder_or_none(bot, question, first):
    reply = _ask(bot, question)
    assert (reply.items[0].id if reply.items else None) == first, reply.title


@pytest.mark.parametrize("question, first", [
    ("The Diplomatic Affairs piece on the Hague pledge conference has no date. When was it?", "hague-pledge-conference-2024"),
    ("the rmn digital article about the rome conference has no date - when was it?", "rome-pledge-conference-2022"),
    ("the oicanadian story on the Berlin conference gives no date. when was it held?", "berlin-cyber-defence-conference-2023"),
    ("the piece on the tirana conference doesn't say where exactly. where was it?", "tirana-cyber-defence-conference-2025"),
    ("The Diplomatic Affairs piece on the Hague pledge conference has no date. When was it published?", "src-hague-2024"),  # the piece's own date
])
def test_it_after_a_writing_about_a_gathering_is_the_gathering(bot, question, first):
    _leads_with(bot, question, first)


@pytest.mark.parametrize("question, first, says", [
    ("were Ollongren and Odobescu personally the co-hosts in The Hague?", "hague-pledge-conference-2024", "Netherlands and Romania"),
    ("were Ollongren and Odobescu themselves the hosts of the Hague conference?", "hague-pledge-conference-2024", "Netherlands and Romania"),
    ("was Baerbock personally the host in Berlin?", "berlin-cyber-defence-conference-2023", "Germany"),
    ("was Cirielli personally the host of the rome conference?", "rome-pledge-conference-2022", "Italy"),
    ("was Rutte personally in Tirana?", "tirana-cyber-defence-conference-2025", "video"),
])
def test_a_person_claimed_personally_as_host_is_checked(bot, question, first, says):
    _leads_with(bot, question, first, says)


@pytest.mark.parametrize("question", [
    "Estonia was supposed to host already in 2020 - what happened?",
    "Estonia was meant to host the pledge conference in 2020. what happened?",
    "Tallinn was due to host in 2020, why didn't it?",
    "estonia was scheduled to host the 2020 edition, what happened to it?",
    "Estonia was originally set to host in 2020 - what went wrong?",
])
def test_a_host_planned_for_a_year_without_an_edition(bot, question):
    reply = _ask(bot, question)
    assert "2020" in reply.title and "COVID" in reply.title, reply.title


def test_a_host_planned_for_a_year_it_did_host_is_the_edition(bot):
    reply = _ask(bot, "London was supposed to host in 2024 - what happened?")
    assert reply.items and reply.items[0].id == "london-cyber-defence-conference-2024", reply.title


@pytest.mark.parametrize("question, first, says", [
    ("Which industry players took part in Berlin according to the Lithuanian ministry?", "berlin-cyber-defence-conference-2023", "Mandiant"),
    ("who hosted Rome according to the Italian foreign ministry?", "rome-pledge-conference-2022", "Italy"),
    ("who spoke at the Hague pledge conference according to the Romanian foreign ministry?", "hague-pledge-conference-2024", "Odobescu"),
])
def test_a_body_named_as_the_source_names_no_place_asked(bot, question, first, says):
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first and says in render_text(reply), reply.title


@pytest.mark.parametrize("question, first, says", [
    ("what companies attended the berlin conference?", "berlin-cyber-defence-conference-2023", "Mandiant"),
    ("which industry players took part in Berlin?", "berlin-cyber-defence-conference-2023", "ESET"),
    ("which tech firms were at the tirana conference?", "tirana-cyber-defence-conference-2025", "industry"),
    ("which firms were at the hague?", "hague-pledge-conference-2024", "does not say"),
])
def test_which_companies_took_part_is_the_entry_naming_them(bot, question, first, says):
    _leads_with(bot, question, first, says)


@pytest.mark.parametrize("question, ids", [
    ("2024 had two NATO cyber conferences, right? which ones", {"hague-pledge-conference-2024", "london-cyber-defence-conference-2024"}),
    ("2019 had two conferences, right? which were they?", {"london-pledge-conference-2019"}),
    ("2016 saw two summits? which?", {"warsaw-summit-2016"}),
    ("in 2023 there were two NATO events, right? which ones", {"berlin-cyber-defence-conference-2023", "vilnius-summit-2023"}),
])
def test_a_year_said_to_have_had_gatherings_then_which(bot, question, ids):
    reply = _ask(bot, question)
    assert {i.id for i in reply.items} == ids, reply.title


@pytest.mark.parametrize("question, first", [
    ("Did the March 2014 DDoS also hit the Tallinn centre of excellence site?", "nato-websites-ddos-2014"),
    ("was the website of the NATO Cooperative Cyber Defence Centre of Excellence hit in 2014?", "nato-websites-ddos-2014"),
    ("did the 2014 attack also take down the centre of excellence in Tallinn?", "nato-websites-ddos-2014"),
    ("when was the Tallinn centre of excellence founded?", None),  # no entry of its own: an honest miss
])
def test_the_tallinn_centre_spelt_out_is_the_ccdcoe(bot, question, first):
    reply = _ask(bot, question)
    assert (reply.items[0].id if reply.items else None) == first, reply.title
    assert "CCDCOE" in render_text(reply) or "ccdcoe" in reply.title


@pytest.mark.parametrize("after, question, says", [
    ("Who gave the NATO keynote at the Tallinn 2021 edition?", "did the same person also speak at the Hague pledge conference?", "Mircea Geoană spoke at"),
    ("Who gave the NATO keynote at the Tallinn 2021 edition?", "did he also speak at the Hague pledge conference?", "Mircea Geoană spoke at"),
    ("who spoke for the host country in tirana?", "did that same person speak at the rome conference?", "Edi Rama"),
])
def test_the_same_person_after_a_gathering_with_one_person(bot, after, question, says):
    user = f"same-{question}-{after}"
    bot.handle(Request(after, user=user))
    reply = bot.handle(Request(question, user=user))
    assert says in reply.title, reply.title


@pytest.mark.parametrize("question, first, says", [
    ("Cyber Coalition is run from Estonia usually, no? where exactly?", "cyber-coalition", "Tartu"),
    ("where is cyber coalition run from?", "cyber-coalition", "Tartu"),
    ("where is Cyber Coalition held?", "cyber-coalition", "Tartu"),
    ("where is the NICC based?", "nato-integrated-cyber-defence-centre", "SHAPE"),
])
def test_where_an_initiative_runs_is_the_sentence_saying_so(bot, question, first, says):
    _leads_with(bot, question, first, says)


@pytest.mark.parametrize("question, ids", [
    ("Estonian MoD called Tallinn the 'third annual' pledge conference. Which were the first two and where?", ["paris-pledge-conference-2018", "london-pledge-conference-2019"]),
    ("which were the first two pledge conferences?", ["paris-pledge-conference-2018", "london-pledge-conference-2019"]),
    ("what were the first two pledge conferences and where?", ["paris-pledge-conference-2018", "london-pledge-conference-2019"]),
    ("the last three NATO cyber defence conferences?", ["berlin-cyber-defence-conference-2023", "london-cyber-defence-conference-2024", "tirana-cyber-defence-conference-2025"]),
    ("the latest two pledge conferences - where were they?", ["rome-pledge-conference-2022", "hague-pledge-conference-2024"]),
])
def test_the_first_or_last_few_editions_of_a_series(bot, question, ids):
    reply = _ask(bot, question)
    assert sorted(i.id for i in reply.items) == sorted(ids), reply.title
    assert reply.title.startswith(("The first", "The last"))


@pytest.mark.parametrize("question, first", [
    ("in the op-ed, what did he say about NATO staying defensive?", "defensive-principles-2016"),
    ("in that op-ed, what did stoltenberg say about NATO staying defensive?", "defensive-principles-2016"),
    ("in his op-ed, what did he write about rapid reaction teams?", "cyber-rapid-reaction-teams"),
])
def test_a_writing_named_before_what_its_author_said(bot, question, first):
    _leads_with(bot, question, first)


def test_a_writing_named_before_what_he_said_in_a_follow_up(bot):
    user = "op-ed then defensive"
    bot.handle(Request("Stoltenberg's op-ed 'Time to raise our game' - where and when was it published?", user=user))
    reply = bot.handle(Request("in that op-ed, what did he say about NATO staying defensive?", user=user))
    assert reply.items and reply.items[0].id == "defensive-principles-2016", reply.title


@pytest.mark.parametrize("question, first, says", [
    ("Apart from the new concept, was anything else cyber-related decided at Vilnius 2023?", "vilnius-summit-2023", "annual NATO Cyber Defence Conference"),
    ("what else was agreed at Vilnius 2023 on cyber?", "vilnius-summit-2023", "annual NATO Cyber Defence Conference"),
    ("besides the concept, did the vilnius summit agree anything else?", "vilnius-summit-2023", "Virtual Cyber Incident Support Capability"),
    ("besides the pledge, what else was decided at the Warsaw summit?", "cyberspace-domain-of-operations-2016", "Warsaw"),  # the other decision recorded there
])
def test_what_else_a_gathering_decided_is_its_whole_account(bot, question, first, says):
    _leads_with(bot, question, first, says)


@pytest.mark.parametrize("question, first", [
    ("how did he compare cyber attacks with kinetic attacks in Berlin?", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("how did stoltenberg compare cyber attacks with kinetic attacks?", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("how did stoltenberg liken reliance on china to reliance on russia?", "stoltenberg-berlin-2023-not-repeat-mistake"),
    ("how does the pledge compare with the nicc?", "cyber-defence-pledge-2016"),  # two entries, side by side
])
def test_how_someone_compared_two_things_is_what_they_said(bot, question, first):
    _leads_with(bot, question, first)
