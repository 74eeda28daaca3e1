"""Speakers asked as a team lead asks: someone's mention of a thing at a gathering, the ministers at a gathering, a
described speaker's "name?", and a bare "who gave the keynote?" after a gathering."""

import pytest

from bot.answering.bare_name_asks import with_name_asked
from bot.answering.mention_asks import as_talked_about
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("text, put", [
    ("did stoltenberg mention starlink in berlin", "did stoltenberg talk about starlink in berlin"),
    ("did stoltenberg name drop companies in berlin", "did stoltenberg talk about companies in berlin"),
    ("has rutte ever brought up investment", "has rutte ever talked about investment"),
    ("did anyone mention russia", "did anyone mention russia"),  # every speaker's: asked as it is
    ("did he mention it", "did he mention it"),
])
def test_a_mention_is_asked_as_talk_about(text, put):
    assert as_talked_about(text) == put


@pytest.mark.parametrize("text, put", [
    ("Albanian PM spoke in Tirana too right? name?", "Albanian PM spoke in Tirana too right? what is his name?"),
    ("the romanian minister at the hague - full name pls", "the romanian minister at the hague - what is his full name?"),
    ("name?", "name?"),
    ("what is the name of the op-ed?", "what is the name of the op-ed?"),
])
def test_a_bare_name_is_asked_in_full(text, put):
    assert with_name_asked(text) == put


@pytest.mark.parametrize("asked, first", [
    ("did Stoltenberg name-drop companies in Berlin? I think Microsoft was one", "stoltenberg-berlin-2023-private-companies"),
    ("did stoltenberg mention starlink in berlin", "stoltenberg-berlin-2023-private-companies"),
    ("did rutte mention investment in tirana?", "rutte-tirana-2025-stepping-up-investment"),
    ("did ollongren mention standing together at the hague?", "ollongren-hague-2024-stand-together"),
    ("Albanian PM spoke in Tirana too right? name?", "edi-rama"),
    ("german foreign minister spoke in berlin, right? her name?", "annalena-baerbock"),
    ("the romanian foreign minister at the hague - full name?", "luminita-odobescu"),
    ("who were the nato officials at the hague", "mircea-geoana"),
])
def test_the_speaker_or_line_asked_leads(bot_9_november, asked, first):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("asked, named", [
    ("who were the two ministers at The Hague pledge conf?", {"kajsa-ollongren", "luminita-odobescu"}),
    ("who were the ministers in berlin", {"annalena-baerbock"}),
])
def test_the_ministers_at_a_gathering_are_named(bot_9_november, asked, named):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert named <= {i.id for i in reply.items}, reply.title


@pytest.mark.parametrize("after, asked, says", [
    ("when was the rome pledge conf?", "and who gave the NATO keynote?", "Stoltenberg"),
    ("when was the tirana conf", "who delivered the keynote", "Rutte"),
    ("where was the 2021 pledge conference", "who gave the keynote?", "Geoan"),
])
def test_a_bare_keynote_ask_is_about_the_last_gathering(bot_9_november, after, asked, says):
    bot_9_november.handle(Request(after, user=after + asked))
    reply = bot_9_november.handle(Request(asked, user=after + asked))
    assert not is_miss(reply) and says in reply.title, reply.title


@pytest.mark.parametrize("asked", ["did stoltenberg mention quantum computing in berlin?", "did mcfadden mention russia in london?"])
def test_a_mention_never_recorded_is_an_honest_miss(bot_9_november, asked):
    assert is_miss(bot_9_november.handle(Request(asked, user=asked)))


@pytest.mark.parametrize("asked", ["which partner countries were at The Hague? full list", "which countries attended the hague conference?",
                                   "list of participating countries at tirana", "which nations took part in the rome conference"])
def test_which_countries_attended_is_never_recorded(bot_9_november, asked):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert is_miss(reply) and "does not record which countries attended" in reply.title, reply.title


@pytest.mark.parametrize("asked, says", [("how many partner countries attended the hague", "50"),
                                         ("which countries co-organised the hague conference", "Romania")])
def test_a_count_or_the_hosts_are_still_answered(bot_9_november, asked, says):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert not is_miss(reply) and says in reply.title, reply.title
