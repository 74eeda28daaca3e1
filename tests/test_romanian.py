"""Romanian questions, and Romanian mixed into English ("când s-a ținut conferința de la Londra?", "Ollongren ce a
spus la Haga?"): read into English order (the subject before its verb, "s-a" as the passive, the article ending
dropped) and answered as the English is; names keep their letters, English is left alone."""

import pytest

from bot.answering.romanian_reading import is_romanian, read_if_romanian
from bot.request import Request


@pytest.mark.parametrize(("typed", "english"), [
    ("când s-a ținut conferința de la Londra din 2019?", "when was conference in Londra in 2019 held?"),
    ("ce a declarat Rutte la Tirana despre investiții?", "what did Rutte state at Tirana about investment?"),
    ("Ollongren ce a spus la Haga?", "what did Ollongren say at Haga?"),
    ("unde s-a adoptat Cyber Defence Pledge?", "where was Cyber Defence Pledge adopted?"),
    ("Stoltenberg ce funcție avea în 2023?", "what position did Stoltenberg have in 2023?"),
    ("conferința de la Tallinn a fost online, corect?", "conference in Tallinn was online, right?"),
    ("unde a fost a treia conferinta pledge", "where was the third conference pledge"),
    ("citatul ăsta e din discursul lui?", "this quote is from his speech?"),
    ("NICC-ul a fost creat la Vilnius, da?", "the NICC was created at Vilnius, right?"),
    ("summitul din Wales, când exact?", "the summit in Wales, when exactly?"),
])
def test_romanian_is_read_in_english_order(typed, english):
    assert read_if_romanian(typed) == english


@pytest.mark.parametrize("typed", [
    "who said 'no one stands alone'?", "when was the conference in Tirana?", "what did Rutte say about investment",
    "is the hague's pledge conference in may?", "a pledge conference in Rome", "Data on the 2014 attack, please",
])
def test_english_is_left_alone(typed):
    assert not is_romanian(typed) and read_if_romanian(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("când s-a ținut conferința de la Londra din 2019?", "london-pledge-conference-2019"),
    ("ce a declarat Rutte la Tirana despre investiții?", "rutte-"),
    ("Ollongren ce a spus la Haga?", "ollongren-hague-2024-stand-together"),
    ("unde s-a adoptat angajamentul cyber?", "cyber-defence-pledge-2016"),
    ("cine a găzduit conferința din Berlin?", "berlin-cyber-defence-conference-2023"),
    ("ce s-a decis la summitul din Washington pe cyber?", "nicc-2024"),
    ("Stoltenberg ce funcție avea în 2023?", "jens-stoltenberg"),
    ("câte zile a durat conferința de la Haga?", "hague-pledge-conference-2024"),
    ("Pledge-ul a fost semnat la Bruxelles în 2016, corect?", "cyber-defence-pledge-2016"),
    ("prima conferință Pledge, când exact?", "paris-pledge-conference-2018"),
])
def test_romanian_questions_are_answered(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert any(i.id.startswith(first) for i in reply.items[:2]), (reply.title, [i.id for i in reply.items[:3]])


@pytest.mark.parametrize(("asked", "named"), [
    ("ce a spus Klaus Iohannis la Vilnius?", "Iohannis"),
    ("a fost vreo conferință cyber la Oslo?", "Oslo"),
    ("summitul de la Madrid din 2022 ce a decis pe cyber?", "2022"),
    ("care a fost bugetul cyber al NATO în 2021?", "2021"),
])
def test_what_the_knowledge_lacks_is_named(bot, asked, named):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.kind == "not_found" or reply.title.startswith(("I have no", "There is no", "Nobody")), reply.title
    assert named.lower() in reply.title.lower(), reply.title
