"""Turkish mixed into English questions ("Lahey'de kim konuştu?", "Varşova zirvesi ne zaman?"): read into English,
asking word and verb first, and answered as the English is; names keep their letters, English is left alone."""

import pytest

from bot.answering.normalizing import normalize
from bot.answering.turkish_reading import is_turkish, read_if_turkish
from bot.request import Request


def test_dotless_i_is_folded_not_dropped():
    assert normalize("yapıldı hakkında") == "yapildi hakkinda"


@pytest.mark.parametrize(("typed", "english"), [
    ("Brüksel zirvesi ne zaman yapıldı?", "when was brussels summit held?"),
    ("Lahey'de kim konuştu?", "who spoke in the hague?"),
    ("Rutte Çin hakkında ne dedi?", "what did Rutte say about china?"),
    ("Baerbock Tiran konferansında konuştu mu?", "did Baerbock speak at the tirana conference?"),
    ("Londra konferansı 2019'da yapıldı, değil mi?", "london conference was held in 2019, right?"),
    ("Mircea Geoană kim?", "who is Mircea Geoană?"),
    ("pledge konferansları hangi yıllarda yapıldı?", "in which years was pledge conferences held?"),
    ("Vilnius zirvesi 2022'de miydi?", "was Vilnius summit in 2022?"),
])
def test_turkish_is_read_in_english_order(typed, english):
    assert read_if_turkish(typed) == english


@pytest.mark.parametrize("typed", [
    "who said 'no one stands alone'?", "when was the conference in Tirana?", "Kim Jong-un and cyber attacks",
    "what did Rutte say about investment", "is the hague's pledge conference in may?", "o'clock at the summit",
])
def test_english_is_left_alone(typed):
    assert not is_turkish(typed) and read_if_turkish(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("Tiran'daki konferans hangi tarihte yapıldı?", "tirana-cyber-defence-conference-2025"),
    ("Varşova zirvesi ne zaman oldu?", "warsaw-summit-2016"),
    ("Londra'daki 2019 pledge konferansına kim ev sahipliği yaptı?", "london-pledge-conference-2019"),
    ("Galler zirvesinde siber ile ilgili ne karar alındı?", "wales-2014-enhanced-cyber-defence-policy"),
    ("Rutte Tiran'da ne söyledi?", "rutte-tirana-2025-"),
    ("'Cyber is a constantly contested space' sözü kimin?", "stoltenberg-rome-2022-contested-space"),
])
def test_turkish_questions_are_answered(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert any(i.id.startswith(first) for i in reply.items[:2]), (reply.title, [i.id for i in reply.items[:3]])


@pytest.mark.parametrize(("asked", "named"), [
    ("Mevlüt Çavuşoğlu Lahey konferansında konuştu mu?", "Çavuşoğlu"),
    ("İstanbul'da NATO cyber konferansı yapıldı mı?", "Istanbul"),
    ("Atina zirvesi 2020 ne zaman yapıldı?", "Athens"),
])
def test_what_the_knowledge_lacks_is_named_as_typed(bot, asked, named):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.kind == "not_found" or reply.title.startswith(("I have no", "There is no", "Nobody")), reply.title
    assert normalize(named) in normalize(reply.title), reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("when was the lahey conference", "hague-pledge-conference-2024"),  # no Turkish word but the place's name
    ("what was agreed at the varsova summit", "cyber-defence-pledge-2016"),  # as "the warsaw summit" is answered
])
def test_a_places_turkish_name_is_the_place_in_any_question(bot, typed, first):
    """The Turkish names are the places' own table's (``places.OTHER_NAMES``), read wherever a place is."""
    reply = bot.handle(Request(typed, user=typed))
    assert first in [item.id for item in reply.items][:2], reply.title
