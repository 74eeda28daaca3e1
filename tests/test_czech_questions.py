"""Czech mixed into English questions, or whole questions in Czech (with or without the diacritics): read into
English and answered as the English is; English words Czech shares ("a", "to", "na") left alone in English."""

import pytest

from bot.answering.czech_reading import read_if_czech
from bot.request import Request


@pytest.mark.parametrize(("typed", "english"), [
    ("kdy se konala konference v Tiraně?", "when was held conference in Tirana?"),
    ("co řekl Rutte v Tiraně?", "what did Rutte say in Tirana?"),
    ("a kdo to řekl?", "and who said it?"),
    ("kde tam mluvila?", "where did she speak there?"),
    ("Kdo je Kajsa Ollongren a od kdy je ministryně obrany?", "who is Kajsa Ollongren and since when is defence minister?"),
    ("kdy byl summit ve Varšavě, že jo?", "when was summit in Warsaw, right?"),
])
def test_czech_is_read_in_english(typed, english):
    assert read_if_czech(typed) == english


@pytest.mark.parametrize("typed", [
    "who co-hosted the rome conference?", "a summit to remember", "how long ago did jake sullivan speak at the rome conference",
    "was the ddos hostile to nato?", "what is the date of the pledge conference", "po konferenca e pare per pledge ku ishte?",
])
def test_questions_in_other_languages_are_left_alone(typed):
    assert read_if_czech(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("kdy se konala konference v Tiraně?", "tirana-cyber-defence-conference-2025"),
    ("kdo hostil konferenci v Haagu?", "hague-pledge-conference-2024"),
    ("kde byla první pledge konference?", "paris-pledge-conference-2018"),
    ("kdo řekl 'one for all and all for one'?", "stoltenberg-berlin-2023-one-for-all"),
    ("kdy byl summit ve Varšavě?", "warsaw-summit-2016"),
    ("kdy přesně byl summit ve Vilniusu?", "vilnius-summit-2023"),
    ("kdy se konal summit ve Walesu?", "wales-summit-2014"),
    ("who hosted the konferenci v Londýně 2024?", "london-cyber-defence-conference-2024"),
    ("co rekl Rutte v Tirane?", "rutte-tirana-2025-working-against-us"),
])
def test_czech_questions_are_answered(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, (reply.title, [item.id for item in reply.items])


@pytest.mark.parametrize(("earlier", "asked", "first"), [
    ("kdy byla konference v Tiraně?", "a kdo tam mluvil?", "tirana-cyber-defence-conference-2025"),
    ("who is Annalena Baerbock?", "kdy tam mluvila?", "berlin-cyber-defence-conference-2023"),
])
def test_czech_follow_ups(bot, earlier, asked, first):
    bot.handle(Request(earlier, user=earlier))
    reply = bot.handle(Request(asked, user=earlier))
    assert reply.items and reply.items[0].id == first, (reply.title, [item.id for item in reply.items])
