"""Questions in a learner's word order, put the way the routes know (``bot.answering.learner_order``); the answers are in the answer table."""

import pytest

from bot.answering.learner_order import reorder
from bot.answering.question_text import normalise_question


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("explain me please what stoltenberg said in berlin", "what stoltenberg said in berlin"),
        ("say me who hosted the rome conference", "who hosted the rome conference"),
        ("explain me the cyber coalition", "explain the cyber coalition"),
        ("can you explain me why there was no conference in 2020", "why there was no conference in 2020"),
        ("could you please explain me the pledge", "explain the pledge"),
        ("what did say baerbock in her speech at the berlin conference", "what did baerbock say in her speech at the berlin conference"),
        ("what has told rutte to the tirana conference", "what did rutte say to the tirana conference"),
        ("what did say he", "what did say he"),  # no speaker named: left as typed
        ("what means nicc", "what is nicc"),
        ("what does the cyber defence pledge mean", "what is the cyber defence pledge"),
        ("what did stoltenberg mean by that", "what did stoltenberg mean by that"),  # his words, not a definition
        ("when it was", "when was it"),
        ("where they were held", "where were they held"),
        ("why the berlin conference is called the first if nato had pledge conferences before", "why is the berlin conference called the first"),
        ("when the nicc was established", "when was the nicc established"),
        ("why and when the nicc was created", "when and why was the nicc created"),
        ("when and where the first pledge conference was held", "when and where was the first pledge conference held"),
        ("why and when cyberspace became a domain", "when and why cyberspace became a domain"),
        ("when the allies have agreed it", "when did the allies agree it"),
        ("what nato has decided at the wales summit", "what did nato decide at the wales summit"),
        ("how many years have passed since the berlin conference", "how many years have passed since the berlin conference"),
        ("cyber coalition is what kind of thing", "what is cyber coalition"),
        ("the tirana conference was when", "when was the tirana conference"),
        ("the hague pledge conference was organised where", "where was the hague pledge conference organised"),
        ("the berlin conference of 2023 was organised by nato itself or by a german ministry", "who hosted the berlin conference of 2023"),
        ("was the 2019 conference hosted by france or by the uk", "was the 2019 conference hosted by france or by the uk"),  # asked the usual way: a claim with two sides
        ("since how much time the cyber defence pledge exists", "how long ago was the cyber defence pledge"),
        ("from how many years the pledge is in force", "how long ago was the pledge"),
        ("how many years since the rome speech until today", "how many years since the rome speech"),
        ("who is the actual secretary general", "who is the current secretary general"),
        ("the actual words of rutte", "the actual words of rutte"),  # "actual" before no role: his real words
        ("who was the actual secretary general in 2019", "who was the actual secretary general in 2019"),  # the real one, not today's
        ("i need one citation of her", "i need one quote of her"),
        ("what happened at 2024 in the hague", "what happened in 2024 in the hague"),
        ("list me all the conferences", "list all the conferences"),
        ("when has been signed the cyber defence pledge", "when was the cyber defence pledge signed"),
        ("where were organised the first conferences", "where were the first conferences organised"),
        ("by whom was organised the hague conference", "who hosted the hague conference"),
        ("where was held in 2024 the pledge conference", "where was held in 2024 the pledge conference"),  # a year first: left to the routes
        ("who has organised the london conference", "who organised the london conference"),
        ("who has spoken at the hague", "who spoke at the hague"),  # an irregular participle: its past
        ("who had given a speech in rome", "who gave a speech in rome"),
        ("who has been the secretary general", "who was the secretary general"),
        ("there was a conference in madrid", "was there a conference in madrid"),
        ("was rutte actually there in tirana", "was rutte in tirana in person"),
        ("was he really at the tirana conference", "was he at the tirana conference in person"),
        ("who assisted to the conference of tirana", "who attended the conference of tirana"),
        ("the sentence of rutte about investment", "the quote of rutte about investment"),
        ("is true that the berlin conference was the first", "is it true that the berlin conference was the first"),
        ("it is correct that rutte spoke by video", "is it true that rutte spoke by video"),
        ("how much years ago was the warsaw summit", "how many years ago was the warsaw summit"),
        ("how much did the nicc cost", "how much did the nicc cost"),
        ("how many speakers there were at the berlin conference", "how many speakers were there at the berlin conference"),
        ("how many days has lasted the rome conference", "how many days did the rome conference last"),
        ("who has been the secretary general in 2022", "who was the secretary general in 2022"),
        ("which role rutte had in 2023", "which role had rutte in 2023"),
        ("which position geoana held at the hague", "which position had geoana at the hague"),
        ("at which summit the allies have adopted the pledge", "at which summit had the allies adopted the pledge"),
        ("which is the name of the dutch defence minister", "what is the name of the dutch defence minister"),
        ("which is the first pledge conference", "which is the first pledge conference"),  # which of them: as typed
        ("until when stoltenberg was secretary general", "until when was stoltenberg secretary general"),
        ("from when rutte is secretary general", "since when is rutte secretary general"),
        ("stoltenberg was secretary general until which year", "until when was stoltenberg secretary general"),
        ("how old is the cyber defence pledge", "how long ago was the cyber defence pledge"),
        ("how old is rutte", "how old is rutte"),  # a person's age: as typed
        ("give me the complete list of the summits", "list the summits"),
        ("when was the tirana conference", "when was the tirana conference"),  # most questions: as typed
    ],
)
def test_reorder(typed, asked):
    assert reorder(typed) == asked


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("The article of Roxana Stanica about the pledge conference at The Hague gives no date, which is strange for me. When it was, exactly?",
         "when was the pledge conference at the hague"),
        ("Was there a NATO cyber conference in London in 2024 also? Who spoke there?", "who spoke at nato cyber conference in london in 2024 also"),
        ("Where it was, the 2021 pledge conference?", "where was the 2021 pledge conference"),
        ("when was it, thanks a lot", "when was it"),  # "thanks a lot" signs off: it names nothing "it" could be
        ("I know the pledge is from the Warsaw summit, but in which day the allies have agreed it?", "when was the pledge agreed"),
        ("Explain me the Cyber Defence Pledge, please: what the allies have promised, exactly?", "what is the cyber defence pledge"),
        ("Could you list me all the NATO cyber conferences you know?", "list all the nato cyber conferences"),  # where the list comes from filters nothing
    ],
)
def test_whole_messages(typed, asked):
    assert normalise_question(typed) == asked


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        # a lead that says where, not who: "he" is the one named before it
        ("The Albanian prime minister, at the Tirana conference, what did he say?", "what did the albanian prime minister say"),
        # "this saceur" is not Stoltenberg: the demonstrative names a noun the clause before did not
        ("Stoltenberg mentions SACEUR in the speech. Who was this SACEUR?", "who was this saceur"),
        ("Ollongren gave the opening remarks. Who is this minister?", "who is ollongren minister"),
        ("VCISC - what's that and where does it come from?", "what is vcisc and where does it come from"),
    ],
)
def test_what_pronouns_stand_for(typed, asked):
    assert normalise_question(typed) == asked


def test_the_thing_named_first_then_explain_me_or_since_when_it_exists():
    assert reorder("explain me") == "explain it"  # "the nicc, explain me": "it" is the clause before
    assert reorder("cyber coalition exercise since when it exist") == "since when does cyber coalition exercise exist"
    assert reorder("the nicc since when it exists") == "since when does the nicc exist"


def test_what_name_after_a_comma_asks_who_the_one_named_before_is():
    assert reorder("what name") == "who is it"
    assert reorder("what is the name") == "who is it"
