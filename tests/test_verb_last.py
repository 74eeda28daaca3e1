"""German clause order in English words (the auxiliary early, the participle last: "what has rutte in tirana about the
investments said?", "when became the pledge conference in london held?"): read in English order, so the question
gets the answer its English words get, never a miss or another entry. The pure step is table-tested too."""

import pytest

from bot.answering.verb_last import joined_that, verb_put_back
from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("What has Rutte in Tirana about the Investments said?", "rutte-tirana-2025-stepping-up-investment", "investment"),
    ("What has Ollongren in Den Haag about the digital Frontiers said?", "ollongren-hague-2024-stand-together", "frontiers"),
    ("Who has the Op-Ed in the Defence News written?", "stoltenberg-oped-2016", "Stoltenberg"),
    ("Which Countries have the Conference in Den Haag together hosted?", "hague-pledge-conference-2024", "Romania"),
    ("When became the Pledge Conference in London held?", "london-pledge-conference-2019", "May 2019"),
    ("Has Baerbock in Berlin a Speech held?", "berlin-cyber-defence-conference-2023", "Baerbock spoke"),
    ("Which Minister has in Rom the opening Keynote held?", "rome-pledge-conference-2022", "Cirielli"),
    ("What became 2016 in Warschau decided?", "cyber-defence-pledge-2016", "Warsaw"),
])
def test_the_participle_at_the_end_is_read_in_english_order(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title
    assert said in render_text(reply), reply.title


@pytest.mark.parametrize(("typed", "named"), [
    ("What has Boris Pistorius in Berlin said?", "pistorius"),
    ("What has Olaf Scholz at the Conference in Den Haag said?", "scholz"),
])
def test_someone_who_said_nothing_recorded_is_missed_by_name(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))  # never the quotes of the gathering's speakers instead
    assert named in reply.title.lower() and not reply.items, reply.title


@pytest.mark.parametrize(("normalised", "english"), [
    ("what has stoltenberg in berlin about russia said", "what did stoltenberg say in berlin about russia"),
    ("who has the article about the hague conference written", "who wrote the article about the hague conference"),
    ("which person has in the hague as deputy secretary general spoken", "which person spoke in the hague as deputy secretary general"),
    ("has baerbock in berlin a speech held", "did baerbock give a speech in berlin"),
    ("what became there decided", "what was decided there"),
    ("the pledge conference 2021 became in tallinn held", "the pledge conference 2021 was held in tallinn"),
    ("stoltenberg has in rome said that china is not our enemy", "stoltenberg said in rome that china is not our enemy"),
    ("what has the wales summit for the cyber defence decided", "what did the wales summit decide for cyber defence"),
    ("at which date exactly he has this said", "at which date exactly did he say this"),
    ("and at which summit became it agreed", "and at which summit was it agreed"),
    ("in which city it became held", "in which city was it held"),
    ("what else has he written", "what else has he written"),  # English's own perfect
    ("has the pledge been signed", "has the pledge been signed"),
    ("who said it", "who said it"),
])
def test_verb_put_back(normalised, english):
    assert verb_put_back(normalised) == english


@pytest.mark.parametrize(("typed", "joined"), [
    ("Stoltenberg has in Rome said, that China is not our Enemy.", "Stoltenberg has in Rome said that China is not our Enemy."),
    ("Is it right, as our briefing says, that the Hague conference was in May?", "Is it right, as our briefing says, that the Hague conference was in May?"),
])
def test_the_comma_before_that(typed, joined):
    assert joined_that(typed) == joined
