"""Dutch and Dunglish (Dutch glue round English names) read whole into English: "klopt het dat" is a claim to check, its
verb put back after its subject; "de", "top", "op" read as Dutch; "graag" as please; a name of two words kept whole."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("klopt het dat de pledge conferentie in Rome in oktober 2022 was?", "rome-pledge-conference-2022", "No: "),
    ("Klopt het dat de conferentie in Berlijn in december 2023 was?", "berlin-cyber-defence-conference-2023", "No: "),
    ("is het waar dat Rutte tot 2020 secretaris-generaal was?", "mark-rutte", "No: "),
    ("klopt het dat Stoltenberg tot 2024 secretaris-generaal was?", "jens-stoltenberg", "Yes"),
])
def test_a_claim_after_klopt_het_dat_is_checked(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))  # not "nothing matches 'is that right that ... was'"
    assert reply.items[0].id == first and reply.title.startswith(said), reply.title


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("de Washington top was toch in 2023?", "washington-summit-2024", "No: "),
    ("wanneer was de allereerste annual cyber defence conference?", "berlin-cyber-defence-conference-2023", "9 November 2023"),
    ("wanneer werd de Tallinn conferentie gehouden? graag de datum", "tallinn-pledge-conference-2021", "15 April 2021"),
    ("welke quote gaat over 'constantly contested space'?", "stoltenberg-rome-2022-contested-space", ""),
])
def test_dutch_glue_round_english_names_is_read(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and said in reply.title, reply.title


@pytest.mark.parametrize(("typed", "named"), [("Wat zei Kaja Kallas in Tallinn?", "Kaja Kallas"), ("wat zei Edi Rama daar?", "Edi Rama")])
def test_a_two_word_name_after_wat_zei_is_kept_whole(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))  # not "no quote by 'kaja'"
    assert named in reply.title, reply.title


@pytest.mark.parametrize("typed", ["top 3 quotes by rutte", "wat did he say"])
def test_english_with_one_dutch_looking_word_is_not_read_as_dutch(bot, typed):
    from bot.answering.other_languages import read_if_dutch

    assert read_if_dutch(typed) == typed


@pytest.mark.parametrize(("after", "typed", "first"), [
    ("wie is Luminita Odobescu?", "heeft zij iets gezegd in Den Haag?", "odobescu-hague-2024-constant-evolution"),
    ("wanneer was de conferentie in Tirana?", "heeft Rutte daar gesproken?", "tirana-cyber-defence-conference-2025"),
    ("wie waren de co-hosts in Den Haag?", "wat zei de Nederlandse minister daar?", "ollongren-hague-2024-stand-together"),
])
def test_a_dutch_perfect_and_a_speaker_named_with_an_article_are_read(bot, after, typed, first):
    bot.handle(Request(after, user=after))
    reply = bot.handle(Request(typed, user=after))
    assert reply.items[0].id == first, reply.title


def test_an_aside_that_the_asker_mixes_them_up_is_dropped():
    from bot.answering.other_languages import read_if_dutch

    assert read_if_dutch("was Tallinn een pledge conferentie? ik haal ze altijd door elkaar") == "was Tallinn a pledge conference?"


@pytest.mark.parametrize(("typed", "first"), [
    ("wie organiseerde samen met Nederland de pledge conferentie in 2024?", "hague-pledge-conference-2024"),
    ("wie opende samen met Baerbock de conferentie in Berlijn?", "jens-stoltenberg"),
])
def test_samen_met_before_the_object_goes_after_it(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))  # "who opened together with X the conference": the object first
    assert reply.items[0].id == first, reply.title
