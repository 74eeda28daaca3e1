"""What gatherings came to, asked loosely or side by side ("what cyber stuff came out of it", "Wales vs Warsaw, what did
each add?"); a word of the quote just given asked about ("what mistake exactly?"); and a quote's body wording leading
the article's sub-heading version of it."""

import pytest

from bot.answering.quote_word_asks import word_of_quote
from bot.reply import ItemRef
from bot.request import Request

MISTAKE = ItemRef("quote", "stoltenberg-berlin-2023-not-repeat-mistake")


@pytest.mark.parametrize("before, asked, has", [
    (None, "what cyber stuff came out of the warsaw summit", {"cyber-defence-pledge-2016", "cyberspace-domain-of-operations-2016"}),
    ("when exactly was the Warsaw summit", "what cyber stuff came out of it, tl;dr", {"cyber-defence-pledge-2016"}),
    (None, "what did the Vilnius summit bring for cyber?", {"vilnius-2023-cyber-defence-concept"}),
    (None, "what cyber decisions came out of the wales summit?", {"wales-2014-enhanced-cyber-defence-policy"}),
    (None, "what things came out of the washington summit", {"nicc-2024"}),
])
def test_what_came_out_of_a_gathering_is_what_it_agreed(bot_9_november, before, asked, has):
    if before:
        bot_9_november.handle(Request(before, user=asked))
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert has <= {i.id for i in reply.items}, reply.title


@pytest.mark.parametrize("asked, has", [
    ("Wales 2014 vs Warsaw 2016, what did each add on cyber? one line each", {"wales-2014-enhanced-cyber-defence-policy", "cyber-defence-pledge-2016"}),
    ("compare the outcomes of the wales and warsaw summits", {"wales-2014-enhanced-cyber-defence-policy", "cyberspace-domain-of-operations-2016"}),
    ("Vilnius 2023 vs Washington 2024: what was decided at each?", {"vilnius-2023-cyber-defence-concept", "nicc-2024"}),
])
def test_gatherings_compared_for_what_each_agreed_name_their_decisions(bot_9_november, asked, has):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert has <= {i.id for i in reply.items}, reply.title
    assert any(b.heading == "Agreed at each" for b in reply.blocks)


def test_gatherings_compared_on_hosts_get_no_decisions(bot_9_november):
    reply = bot_9_november.handle(Request("Rome 2022 vs Hague 2024 - what changed on the hosting side?", user="hosts"))
    assert not any(b.heading == "Agreed at each" for b in reply.blocks)


@pytest.mark.parametrize("asked", [
    "what mistake exactly, in 1 line",
    "which mistake was he talking about?",
    "what did he mean by mistake?",
    "so what mistake?",
])
def test_a_word_of_the_last_quote_asks_for_that_quote(bot_9_november, asked):
    assert word_of_quote(bot_9_november.engine.lookup, asked, MISTAKE).startswith("“we must not repeat this mistake")


@pytest.mark.parametrize("asked", ["what year?", "which conference?", "what about rutte?", "what is the nicc?"])
def test_a_word_not_in_the_quote_is_asked_as_it_is(bot_9_november, asked):
    assert word_of_quote(bot_9_november.engine.lookup, asked, MISTAKE) is None


@pytest.mark.parametrize("before, asked, first, says", [
    ("who said 'we must not repeat this mistake'?", "what mistake exactly, in 1 line", "stoltenberg-berlin-2023-not-repeat-mistake", "China"),
    ("who said 'a constantly contested space'?", "what space exactly?", "stoltenberg-rome-2022-contested-space", "Cyber is"),
    ("rutte's quote on investment", "which investment did he mean?", "rutte-tirana-2025-stepping-up-investment", "cyber defence"),
])
def test_the_quote_comes_back_whole(bot_9_november, before, asked, first, says):
    bot_9_november.handle(Request(before, user=asked))
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert reply.items[0].id == first and any(says in b.text for b in reply.blocks), reply.title


@pytest.mark.parametrize("asked", [
    "which tech companies did Stoltenberg call critical actors in Ukraine?",
    "did stoltenberg mention starlink in berlin",
    "which private companies did stoltenberg mention in berlin?",
])
def test_the_body_quote_leads_its_sub_heading_version(bot_9_november, asked):
    ids = [i.id for i in bot_9_november.handle(Request(asked, user=asked)).items]
    assert ids.index("stoltenberg-berlin-2023-private-companies") < ids.index("stoltenberg-berlin-2023-private-companies-heading")


@pytest.mark.parametrize("asked, first", [
    ("what did the Wales summit add on cyber? one line", "wales-2014-enhanced-cyber-defence-policy"),
    ("what did the warsaw summit add for cyber defence?", "cyber-defence-pledge-2016"),
    ("what did the Hague conference add?", "hague-2024-renewed-pledges"),
])
def test_what_a_gathering_added_is_what_it_agreed(bot_9_november, asked, first):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title


def test_gatherings_that_agreed_nothing_say_so(bot_9_november):
    reply = bot_9_november.handle(Request("London 2024 vs Berlin 2023 - what did each decide?", user="none"))
    assert any(b.heading == "Agreed at each" and "no decision" in b.text for b in reply.blocks), reply.title
