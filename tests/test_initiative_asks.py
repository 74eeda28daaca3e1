"""What an entry's own text says when asked: who decides, how progress is tracked, what came of it, when it began,
its first edition, whether it stood by a year.

Each table runs the whole path on a fresh bot and checks the entry answered first and the words its reply must hold.
"""


import pytest

from adapters.text_render import render_text
from bot.answering.constraints import standing_in
from bot.answering.thing_nouns import unmet_noun
from bot.request import Request


def _first_and_text(bot, text, after=()):
    for earlier in after:
        bot.handle(Request(earlier, user="initiative-asks"))
    reply = bot.handle(Request(text, user="initiative-asks"))
    return ([i.id for i in reply.items] or [None])[0], render_text(reply)


@pytest.mark.parametrize(
    ("text", "first", "words"),
    [
        # who decides: the sentence naming the decider
        ("who has to sign off on sending an RRT to help an ally under attack?", "cyber-rapid-reaction-teams", "North Atlantic Council"),
        ("who decides whether a cyber rapid reaction team gets sent to an ally?", "cyber-rapid-reaction-teams", "North Atlantic Council"),
        ("who must approve deploying the rapid reaction teams", "cyber-rapid-reaction-teams", "North Atlantic Council"),
        ("post-Wales, who actually decides whether a cyber attack is serious enough to invoke article 5?", "wales-2014-enhanced-cyber-defence-policy", "case by case"),
        ("who makes the call on whether a cyber attack triggers article 5", "wales-2014-enhanced-cyber-defence-policy", "North Atlantic Council"),
        # how progress is tracked, and what came of it: the sentence saying so
        ("How was implementation of the pledge supposed to be tracked over time?", "cyber-defence-pledge-2016", "assessed every year"),
        ("how is progress on the cyber defence pledge monitored?", "cyber-defence-pledge-2016", "assessed every year"),
        ("had the pledge made any difference to what allies put into cyber defence by 2022?", "cyber-defence-pledge-2016", "increase their investment"),
        ("what impact has the cyber defence pledge had?", "cyber-defence-pledge-2016", "increase their investment"),
        ("did the warsaw pledge have any effect on spending?", "cyber-defence-pledge-2016", "increase their investment"),
        # when an undated initiative began: what its text says
        ("When did NATO start developing the rapid reaction team concept for cyber?", "cyber-rapid-reaction-teams", "2011"),
        ("when were the rapid reaction teams set up?", "cyber-rapid-reaction-teams", "2011"),
        ("when was the malware information sharing platform set up?", "malware-information-sharing-platform", "does not say"),  # a year it was mentioned is no start
        ("Were NATO's cyber rapid reaction teams deployable already by the time of that 2014 attack?", "cyber-rapid-reaction-teams", "2013"),
        ("were the rapid reaction teams operational by 2015?", "cyber-rapid-reaction-teams", "2013"),
    ],
)
def test_who_decides_and_when_it_began_are_what_its_text_says(bot, text, first, words):
    answered, rendered = _first_and_text(bot, text)
    assert answered == first and words in rendered


@pytest.mark.parametrize(
    ("text", "after", "first", "words"),
    [
        ("when was the very first Cyber Coalition exercise held?", (), "cyber-coalition-2008", "November 2008"),
        ("when did the first cyber coalition take place?", (), "cyber-coalition-2008", "2008"),
        ("what's cyber coalition and when was it first run?", (), "cyber-coalition", "2008"),  # the series asked about
        ("were the allied nations in it from the start, or only later?", ("when was the first cyber coalition held?",), "cyber-coalition-2008", "2009"),
    ],
)
def test_the_first_edition_of_a_series_is_that_edition(bot, text, after, first, words):
    answered, rendered = _first_and_text(bot, text, after)
    assert answered == first and words in rendered


@pytest.mark.parametrize(
    ("text", "year", "stood"),
    [("The concept was developed from 2011; in 2015 a team worked in Mons.", 2014, True),
     ("The concept was developed from 2011.", 2009, False),
     ("Established around 2012.", 2012, True),
     ("No year at all.", 2012, False)],
)
def test_a_standing_body_stood_in_a_year_after_its_first(text, year, stood):
    assert standing_in(text, year) is stood


@pytest.mark.parametrize(
    ("question", "names", "summary", "noun"),
    [("when was the rapid reaction team concept made", ("Cyber rapid reaction teams",), "The concept was developed from 2011.", None),
     ("when was the rapid reaction team concept made", ("Cyber rapid reaction teams",), "Teams of experts.", "concept"),
     ("what was nato first cyber defence strategy", ("First annual NATO Cyber Defence Conference",), "A strategy was discussed.", "strategy")],
)
def test_a_kind_noun_after_one_the_entry_holds_names_a_part_of_it(question, names, summary, noun):
    assert unmet_noun(question, names, "", summary) == noun
