"""Whether NATO said anything about something, asked as a yes/no question or with the thing named first ("did NATO ever
comment on SolarWinds?", "Viasat hack - what did NATO say?"): the Alliance's position on that thing, or a miss naming
the thing; never "no quote by “nato”", which reads the Alliance as a speaker (bot.answering.alliance_said)."""

import pytest

from bot.answering.alliance_said import alliance_said
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("did NATO ever comment on SolarWinds?", "nato: SolarWinds"),
    ("has the alliance said anything about the Colonial Pipeline attack?", "nato: the Colonial Pipeline attack"),
    ("Viasat hack - what did NATO say?", "nato: Viasat hack"),
    ("the Albania attack 2022, did the allies react to it?", "nato: the Albania attack 2022"),
    ("Wales summit - what NATO said about collective defence?", "nato: collective defence at Wales summit"),
])
def test_did_the_alliance_say_is_asked_as_its_topic(typed, read):
    assert alliance_said(typed) == read


@pytest.mark.parametrize("typed", [
    "did NATO say anything about it?", "did rutte talk about china?", "Tirana conference - what did Rutte say?",
])
def test_a_speaker_or_a_bare_it_is_left_as_it_is(typed):
    assert alliance_said(typed) == typed


@pytest.mark.parametrize(("typed", "named"), [
    ("did NATO ever comment on SolarWinds?", "solarwinds"),
    ("Viasat hack - what did NATO say?", "viasat hack"),
    ("has NATO said anything about Colonial Pipeline?", "colonial pipeline"),
    # the thing in three or four words: "nato" in the Alliance's question counts as no word of it
    ("north sea pipeline sabotage - what did nato say", "pipeline"),
    ("what did nato say about the colonial pipeline hack", "colonial pipeline"),
    ("has the alliance said anything about subsea cable cuts near finland", "cable"),
])
def test_a_thing_the_knowledge_lacks_is_named_in_the_miss(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and named in reply.title.lower() and "quote by" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("did the allies say anything about cyber defence as part of collective defence?", "wales-2014-enhanced-cyber-defence-policy"),
    ("Vilnius 2023 - what did NATO say about cyber defence?", "vilnius-2023-cyber-defence-concept"),
])
def test_a_thing_the_knowledge_holds_is_answered(first_item, typed, first):
    assert first_item(typed) == first
