"""Portuguese words the reading had missed, read now: "datas" and "edições" alone in an English question, "além da
promessa" (besides the pledge), "o que mais" (what else), "o que exatamente X falou", a pronoun after a preposition
("antes dele": before him), "é de 2018" (is from 2018), a nationality after "ministra" with no other Portuguese word,
a place whose name holds a Portuguese word ("São Paulo", never "are paulo"), "sobre ele" after a thing (about it), and a
clause "antes dele," put first, asked last ("e antes dele, quem era sg?": who was sg before him?)."""

import pytest

from bot.answering.other_languages import read_if_portuguese


@pytest.mark.parametrize(("typed", "english"), [
    ("washington summit datas?", "washington summit dates?"),
    ("quantas edições teve a pledge conference?", "how many editions had the pledge conference?"),
    ("além do compromisso, o que mais aprovaram em vilnius?", "besides the pledge, what else did they approve in vilnius?"),
    ("o que mais decidiram em washington?", "what else did they decide in washington?"),
    ("o que exatamente a ollongren disse?", "what exactly did ollongren say?"),
    ("e depois dela, quem discursou?", "and who spoke after her?"),
    ("quem falou com ela em haia?", "who spoke with her in the hague?"),
    ("qual o papel dele em roma?", "what is his role in rome?"),
    ("a conferencia de paris é de 2019?", "the conference in paris is from 2019?"),
    ("rama era ministro italiano?", "rama was italian minister?"),
    ("o rutte esteve em são paulo?", "the rutte was in sao paulo?"),
    ("teve conferencia no rio de janeiro?", "there was conference in the rio de janeiro?"),
    ("e depois dela, quem era ministro da defesa?", "and who was defence minister after her?"),
    ("qual foi a ultima conferencia sobre ele?", "which was the last conference about it?"),
])
def test_the_missed_words_are_read(typed, english):
    assert read_if_portuguese(typed) == english


@pytest.mark.parametrize(("typed", "first"), [
    ("Washington summit 2024 datas?", "washington-summit-2024"),
    ("além da promessa de 2016, o que mais os aliados decidiram em Varsóvia?", "cyberspace-domain-of-operations-2016"),
    ("Ollongren era ministra romena, né?", "kajsa-ollongren"),
])
def test_they_are_answered_as_their_english_is(first_item, typed, first):
    assert first_item(typed) == first


@pytest.mark.parametrize(("before", "typed", "first"), [
    ("Vilnius summit 2023 quais as datas?", "e o que foi decidido sobre cyber lá?", "vilnius-2023-cyber-defence-concept"),
    ("Washington summit 2024 datas?", "além do NICC, o que mais decidiram lá?", None),
    ("quem é o Rutte?", "e antes dele, quem foi o secretário-geral?", "jens-stoltenberg"),
    ("o que é a Cyber Defence Pledge?", "quando foi a primeira conferência sobre ela?", "paris-pledge-conference-2018"),
])
def test_a_follow_up_after_the_dates(conversation, before, typed, first):
    reply = conversation(before, typed)
    assert not reply.title.startswith("I have no"), reply.title
    if first:
        assert reply.items[0].id == first, reply.title
