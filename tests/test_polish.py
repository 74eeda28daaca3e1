"""Polish mixed into English questions ("ł" folded to "l"), read into English and answered as the English is."""

import pytest

from bot.answering.normalizing import normalize
from bot.answering.other_languages import read_in_english


def read(text: str) -> str:
    return read_in_english(text, normalize(text).split())


@pytest.mark.parametrize(("typed", "folded"), [
    ("mówił", "mowil"), ("Łódź", "lodz"), ("dokładnie", "dokladnie"), ("Ørsted", "orsted"),
])
def test_letters_nfkd_leaves_whole_are_folded_not_dropped(typed, folded):
    assert normalize(typed) == folded


@pytest.mark.parametrize(("typed", "english"), [
    ("i kto tam przemawiał?", "and who spoke there?"),
    ("a gdzie to było powiedziane?", "and where was it said?"),
    ("kto był gospodarzem w Berlinie?", "who was host in berlin?"),
    ("druga edycja - kiedy i gdzie?", "second edition - when and where?"),
    ("czy Geoană był w Hadze osobiście?", "was geoana in the hague in person?"),
    ("ile lat temu był szczyt w Walii?", "how many years ago was summit in wales?"),
    ("kto był sekretarzem generalnym w 2016 roku?", "who was secretary general in 2016?"),
    ("kto z rządu UK mówił tam?", "who from the uk government spoke there?"),
])
def test_polish_is_read_in_english(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize("typed", [
    "who co-hosted the rome conference?", "a summit to remember", "i think the pledge came in 2016",
    "what is the z-score of cyber attacks", "the tam of cyber security", "was it a co-host or a host",
])
def test_english_words_that_polish_shares_are_left_alone(typed):
    assert read(typed).lower() == typed.lower()


@pytest.mark.parametrize(("asked", "first"), [
    ("kiedy była konferencja w Tiranie?", "tirana-cyber-defence-conference-2025"),
    ("gdzie odbyła się pierwsza konferencja Pledge?", "paris-pledge-conference-2018"),
    ("kto był gospodarzem konferencji w Rzymie?", "rome-pledge-conference-2022"),
    ("kiedy się odbył szczyt w Wilnie? dokładnie", "vilnius-summit-2023"),
    ("'No one stands alone in NATO' - gdzie i kiedy to było powiedziane?", "rutte-tirana-2025-no-one-stands-alone"),
    ("czy Rutte był osobiście w Tiranie?", "tirana-cyber-defence-conference-2025"),
    ("co zdecydowano w Walii w 2014 roku?", "wales-2014-enhanced-cyber-defence-policy"),
    ("kiedy był szczyt w Waszyngtonie?", "washington-summit-2024"),
])
def test_polish_questions_are_answered_as_their_english_is(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(("first_asked", "then", "named"), [
    ("kiedy była konferencja Pledge w Hadze?", "a kto z NATO tam przemawiał?", "mircea-geoana"),
    ("kiedy byla konferencja w Londynie 2024?", "i kto tam mówił z rządu UK?", "pat-mcfadden"),
    ("who was Secretary General in 2016?", "a kto był po nim?", "mark-rutte"),
])
def test_polish_follow_ups_read_as_english_ones(bot, first_asked, then, named):
    from bot.request import Request

    bot.handle(Request(first_asked, user=then))
    reply = bot.handle(Request(then, user=then))
    assert named in [item.id for item in reply.items[:2]], reply.title
