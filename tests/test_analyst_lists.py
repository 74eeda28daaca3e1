"""Lists an analyst asks for: events and decisions over a stretch of time, a list narrowed by a follow-up."""


import pytest

from bot.answering.named_then_asked import named_first
from bot.request import Request


def _ids(reply) -> set[str]:
    return {item.id for item in reply.items}


def _ask(bot, *questions: str, channel: str = "c"):
    reply = None
    for question in questions:
        reply = bot.handle(Request(question, channel=channel))
    return reply


LONDON_19, TALLINN, ROME, BERLIN = ("london-pledge-conference-2019", "tallinn-pledge-conference-2021", "rome-pledge-conference-2022",
                                    "berlin-cyber-defence-conference-2023")
LONDON_24, TIRANA = "london-cyber-defence-conference-2024", "tirana-cyber-defence-conference-2025"


@pytest.mark.parametrize("question, listed, left_out", [
    ("which conferences (either series) took place between 2019 and 2023 inclusive", {LONDON_19, TALLINN, ROME, BERLIN}, {TIRANA}),
    ("conferences between 2019 and 2023, both ends included", {LONDON_19, TALLINN, ROME, BERLIN}, {TIRANA}),
    ("conferences in the past 2 yrs (from today)?", {LONDON_24, TIRANA}, {BERLIN}),
    ("events in the last three years", {BERLIN, LONDON_24, TIRANA}, {ROME}),
    ("summits in the past 10 years", {"vilnius-summit-2023", "washington-summit-2024"}, {"warsaw-summit-2016"}),
])
def test_events_of_a_stretch_are_listed(bot, question, listed, left_out):
    reply = bot.handle(Request(question, channel=question))
    assert listed <= _ids(reply) and not left_out & _ids(reply), reply.title


@pytest.mark.parametrize("question, listed, left_out", [
    ("cyber decisions made in 2016 - list", {"cyber-defence-pledge-2016", "cyberspace-domain-of-operations-2016"}, {"nicc-2024"}),
    ("commitments/pledges agreed after 2020 - list with dates", {"vilnius-2023-cyber-defence-concept", "nicc-2024"}, {"cyber-defence-pledge-2016"}),
    ("which pledges were made between 2014 and 2016", {"wales-2014-enhanced-cyber-defence-policy", "cyber-defence-pledge-2016"}, {"nicc-2024"}),
    ("nato cyber policies adopted in the past 5 years", {"nicc-2024"}, {"cyber-defence-pledge-2016"}),
    ("decisions before 2015", {"wales-2014-enhanced-cyber-defence-policy"}, {"cyber-defence-pledge-2016"}),
])
def test_decisions_of_a_stretch_are_listed(bot, question, listed, left_out):
    reply = bot.handle(Request(question, channel=question))
    assert listed <= _ids(reply) and not left_out & _ids(reply), reply.title


def test_a_decision_list_says_where_each_was_made(bot):
    assert "Warsaw" in " ".join(b.heading for b in bot.handle(Request("cyber decisions made in 2016")).blocks)


def test_a_stretch_without_decisions_is_an_honest_miss(bot):
    assert bot.handle(Request("decisions in 2019")).kind == "not_found"


@pytest.mark.parametrize("first, then, listed, left_out", [
    ("full list of pledge conference host cities by year pls", "which of those were before 2020?",
     {"paris-pledge-conference-2018", LONDON_19}, {"hague-pledge-conference-2024"}),
    ("list the pledge conferences", "which of them had two co-host countries", {ROME, "hague-pledge-conference-2024"}, {LONDON_19}),
    ("list the summits", "and which of these were after 2016", {"vilnius-summit-2023", "washington-summit-2024"}, {"wales-summit-2014"}),
    ("the complete list of pledge conferences", "which ones of those were after 2020", {ROME, TALLINN}, {LONDON_19}),
])
def test_a_list_is_narrowed_by_which_of_those(bot, first, then, listed, left_out):
    reply = _ask(bot, first, then, channel=first)
    assert listed <= _ids(reply) and not left_out & _ids(reply), reply.title


@pytest.mark.parametrize("question, first", [
    ("earliest dated event you have on record?", "cyber-coalition-2008"),
    ("the oldest event you know", "cyber-coalition-2008"),
    ("oldest summit in the list that took a cyber decision?", "wales-summit-2014"),
    ("newest summit in your data", "washington-summit-2024"),
    ("what was the latest conference on record", TIRANA),
    ("very first annual conference recorded", BERLIN),
])
def test_the_first_or_last_of_a_kind_in_the_knowledge(bot, question, first):
    reply = bot.handle(Request(question, channel=question))
    assert reply.items[0].id == first and "in the knowledge" in reply.title, reply.title


def test_a_bare_first_summit_is_not_numbered(bot):
    assert bot.handle(Request("first summit")).kind == "not_found"  # NATO's first summit is not in the knowledge


@pytest.mark.parametrize("question, pair", [
    ("longest gap between two consecutive pledge conferences - between which two?", {LONDON_19, TALLINN}),
    ("what was the longest break between pledge conferences", {LONDON_19, TALLINN}),
    ("shortest gap between pledge conferences", {"paris-pledge-conference-2018", LONDON_19}),
    ("what was the biggest gap between the annual cyber defence conferences", {BERLIN, LONDON_24}),
])
def test_the_gap_between_consecutive_editions(bot, question, pair):
    assert {item.id for item in bot.handle(Request(question, channel=question)).items} == pair


def test_no_gap_between_summits_the_knowledge_holds_only_some_of(bot):
    assert bot.handle(Request("longest gap between summits")).kind == "not_found"


@pytest.mark.parametrize("question", ["which pledge conference was the only virtual one", "which conference was an online one",
                                      "which event was the virtual edition", "what pledge conference was the sole remote one"])
def test_the_virtual_one_is_the_one_held_online(bot, question):
    assert _ids(bot.handle(Request(question, channel=question))) == {TALLINN}


@pytest.mark.parametrize("question, shown", [
    ("how many Stoltenberg quotes do you have from Rome 2022? paste them", {"stoltenberg-rome-2022-contested-space", "stoltenberg-rome-2022-recommit"}),
    ("how many quotes from stoltenberg at the rome pledge conference", {"stoltenberg-rome-2022-contested-space", "stoltenberg-rome-2022-recommit"}),
    ("Rutte quotes - how many do u have and from which event?", {"rutte-tirana-2025-no-one-stands-alone", "rutte-tirana-2025-working-against-us"}),
    ("how many quotes by rutte", {"rutte-tirana-2025-no-one-stands-alone", TIRANA}),
    ("ollongren quotes: how many do you have?", {"ollongren-hague-2024-stand-together"}),
])
def test_a_count_of_a_speakers_quotes_shows_them(bot, question, shown):
    reply = bot.handle(Request(question, channel=question))
    assert shown <= _ids(reply) and reply.title[0].isdigit(), reply.title


@pytest.mark.parametrize("question, listed", [
    ("how many times has London hosted a NATO cyber conference (either series)?", {LONDON_19, LONDON_24}),
    ("how many times did germany host a conference", {BERLIN}),
    ("how many times has the netherlands hosted a pledge conference", {"hague-pledge-conference-2024"}),
    ("summits, how many in total", {"wales-summit-2014", "washington-summit-2024"}),
])
def test_a_count_asked_as_times_or_after_its_lead(bot, question, listed):
    assert listed <= _ids(bot.handle(Request(question, channel=question)))


@pytest.mark.parametrize("question, quoted", [
    ("who's quoted from the Hague conf", {"ollongren-hague-2024-stand-together", "odobescu-hague-2024-constant-evolution"}),
    ("which speakers are quoted from tirana 2025", {"rutte-tirana-2025-no-one-stands-alone"}),
    ("who was quoted at the rome pledge conference", {"stoltenberg-rome-2022-recommit"}),
])
def test_who_is_quoted_at_an_event_is_its_quotes(bot, question, quoted):
    assert quoted <= _ids(bot.handle(Request(question, channel=question)))


@pytest.mark.parametrize("question, order", [
    ("sort chronologically: Vilnius summit, Warsaw summit, Washington summit, Wales summit",
     ["wales-summit-2014", "warsaw-summit-2016", "vilnius-summit-2023", "washington-summit-2024"]),
    ("rank by date: Rome pledge conf, Tirana conf, Berlin conf, Stoltenberg's 'time to raise our game' op-ed",
     ["stoltenberg-oped-2016", ROME, BERLIN, TIRANA]),
    ("put these in chronological order - the nicc, the pledge, the wales policy",
     ["wales-2014-enhanced-cyber-defence-policy", "cyber-defence-pledge-2016", "nato-integrated-cyber-defence-centre"]),
    ("list oldest first: tirana conference and london 2019 pledge conference", [LONDON_19, TIRANA]),
])
def test_entries_listed_are_put_in_date_order(bot, question, order):
    assert [item.id for item in bot.handle(Request(question, channel=question)).items] == order


def test_an_entry_the_knowledge_lacks_is_said_before_the_others_in_order(bot):
    reply = bot.handle(Request("order by date: oslo conference, rome pledge conference and the berlin conference"))
    assert reply.kind == "not_found" and "oslo" in reply.title and [i.id for i in reply.items] == [ROME, BERLIN]


@pytest.mark.parametrize("question, quote", [
    ("the 'China is not our enemy' line - which event + year?", "stoltenberg-berlin-2023-china-values"),
    ("“no one stands alone” - where was that?", "rutte-tirana-2025-no-one-stands-alone"),
    ("'as dangerous as kinetic attacks': when, which conference", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("that quote \"no one stands alone\" - at which event?", "rutte-tirana-2025-no-one-stands-alone"),
])
def test_quoted_words_then_which_event_is_where_they_were_said(bot, question, quote):
    reply = bot.handle(Request(question, channel=question))
    assert reply.items[0].id == quote and " at " in reply.title, reply.title


def test_quoted_words_no_one_said_are_an_honest_miss(bot):
    assert bot.handle(Request("'we will fight on the beaches' - which event?")).kind == "not_found"


@pytest.mark.parametrize("asked, then, speaker", [
    ("when was the Tirana one?", "and who gave the SG address there", "mark-rutte"),
    ("when was the berlin conference?", "who gave the secretary general's speech there", "jens-stoltenberg"),
    ("", "who gave the SG address at the berlin conference", "jens-stoltenberg"),
    ("", "who delivered the NATO secretary general's keynote in tirana", "mark-rutte"),
])
def test_a_speech_named_by_its_speakers_role_is_that_holders(bot, asked, then, speaker):
    reply = _ask(bot, *filter(None, (asked, then)), channel=then)
    assert reply.items[0].id == speaker, reply.title


def test_a_role_nobody_held_there_is_not_given_to_the_holder_of_today(bot):
    reply = bot.handle(Request("who gave the secretary general's address at the hague", channel="hague"))
    assert "does not record" in reply.title and "Rutte" not in reply.title, reply.title


@pytest.mark.parametrize("question, entry, summit", [
    ("NICC: agreed when, at which summit?", "nato-integrated-cyber-defence-centre", "Washington"),
    ("NICC: at which summit?", "nato-integrated-cyber-defence-centre", "Washington"),
    ("the cyber defence pledge: issued when, at what summit?", "cyber-defence-pledge-2016", "Warsaw"),
    ("the cyber defence concept - adopted when, which summit?", "vilnius-2023-cyber-defence-concept", "Vilnius"),
])
def test_a_thing_named_first_then_when_and_at_which_summit(bot, question, entry, summit):
    reply = bot.handle(Request(question, channel=question))
    assert reply.items[0].id == entry and any(summit in b.text for b in reply.blocks) or summit in reply.title, reply.title


@pytest.mark.parametrize("question, hosted", [
    ("what did albania host", {TIRANA}),
    ("what has romania hosted", {"hague-pledge-conference-2024"}),
    ("what did the uk host so far", {"wales-summit-2014", LONDON_19, LONDON_24}),
    ("albania: what did they host?", {TIRANA}),
])
def test_what_a_country_hosted(bot, question, hosted):
    reply = bot.handle(Request(question, channel=question))
    assert _ids(reply) == hosted, reply.title


def test_one_event_a_country_hosted_is_named_in_the_title(bot):
    assert "Tirana" in bot.handle(Request("what did albania host", channel="albania")).title


@pytest.mark.parametrize("asked, then, says", [
    ("no. of content creators in that Protect the Future photo w/ Stoltenberg?", "and which countries were those content creators from", "Latvia"),
    ("tell me about the protect the future photo", "where were those content creators from", "Latvia"),
    ("what was the ddos on nato websites", "who claimed those attacks", "Berkut"),
])
def test_those_things_of_the_last_event_are_asked_of_it(bot, asked, then, says):
    reply = _ask(bot, asked, then, channel=then)
    assert "protect" in reply.items[0].id or "ddos" in reply.items[0].id
    assert says in " ".join((reply.title, *(b.text for b in reply.blocks))), reply.title


@pytest.mark.parametrize("question, listed", [
    ("any conferences after 2022, either series", {"hague-pledge-conference-2024", TIRANA}),
    ("how many times has Italy hosted a pledge conf", {ROME}),
])
def test_shorthand_around_a_stretch_or_a_count(bot, question, listed):
    assert listed <= _ids(bot.handle(Request(question, channel=question)))


@pytest.mark.parametrize("question, listed, left_out", [
    ("conferences in the last 18 months", {TIRANA}, {LONDON_24}),
    ("pledges made before 2016 - list", {"wales-2014-enhanced-cyber-defence-policy"}, {"cyber-defence-pledge-2016"}),
    ("pledges since 2022", {"nicc-2024"}, {"cyber-defence-pledge-2016"}),
])
def test_months_back_and_the_pledges_command_over_a_stretch(bot, question, listed, left_out):
    reply = bot.handle(Request(question, channel=question))
    assert listed <= _ids(reply) and not left_out & _ids(reply), reply.title


@pytest.mark.parametrize("typed, asked", [
    ("article 5 for cyber - has it ever been triggered", "has article 5 for cyber ever been triggered"),
    ("the nicc - has it started work yet?", "has the nicc started work yet"),
    ("cyber coalition - does it run every year", "does cyber coalition run every year"),
    ("the pledge - can it be enforced", "can the pledge be enforced"),
])
def test_a_thing_named_first_then_asked_with_any_auxiliary(typed, asked):
    assert named_first(typed) == asked  # "it" is the thing named, never the last answer's subject
