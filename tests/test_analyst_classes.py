"""Questions a Baltic security analyst asks (tables of phrasings per class, each answered by the entry it asks about)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


def _ask(bot, text):
    return bot.handle(Request(text, user=text))


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
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("question, first, says", [
    ("were Ollongren and Odobescu personally the co-hosts in The Hague?", "hague-pledge-conference-2024", "Netherlands and Romania"),
    ("were Ollongren and Odobescu themselves the hosts of the Hague conference?", "hague-pledge-conference-2024", "Netherlands and Romania"),
    ("was Baerbock personally the host in Berlin?", "berlin-cyber-defence-conference-2023", "Germany"),
    ("was Cirielli personally the host of the rome conference?", "rome-pledge-conference-2022", "Italy"),
    ("was Rutte personally in Tirana?", "tirana-cyber-defence-conference-2025", "video"),
])
def test_a_person_claimed_personally_as_host_is_checked(bot, question, first, says):
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first and says in reply.title, reply.title
