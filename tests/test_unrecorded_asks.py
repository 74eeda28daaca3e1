"""Questions the knowledge has no answer to, put as a reporter puts them: each class must be an honest miss, never
another entry presented as the answer. Asked of the real bot; the answer table holds a few rows of each class too."""


import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "word"), [
    ("was moldova one of the partner countries at the hague conference?", "Moldova"),
    ("was ukraine among the partner nations at the rome conference", "Ukraine"),
    ("did president iohannis send a message to the hague pledge conference?", "iohannis"),
    ("did chancellor scholz send a video message to the berlin conference", "scholz"),
    ("did president zelensky send greetings to the tirana conference?", "zelensky"),
    ("is roxana stanica romanian?", "nationality"),
    ("is stanica albanian herself? where is she from?", "nationality"),
    ("where is roxana stanica from?", "nationality"),
    ("what nationality is roxana stanica", "nationality"),
    ("what did rutte say about albania", "albania"),
    ("did stoltenberg say anything about italy?", "italy"),
])
def test_what_the_knowledge_does_not_record_is_an_honest_miss(bot, question, word):
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) and word.lower() in render_text(reply).lower(), (question, reply.title)


@pytest.mark.parametrize(("question", "first", "word"), [
    ("was romania one of the countries at the hague conference", "hague-pledge-conference-2024", "Odobescu"),
    ("was lithuania one of the participants at the berlin conference?", "berlin-cyber-defence-conference-2023", "Tučkutė"),
    ("which country is odobescu from", "luminita-odobescu", "Romania"),
    ("where is rutte from?", "mark-rutte", "Netherlands"),
    ("what did rutte say about tirana", "rutte-tirana-2025-stepping-up-investment", "Rutte"),
])
def test_what_it_does_record_is_answered(bot, question, first, word):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("question", "first", "word"), [
    ("did rutte send a message to the tirana conference", "tirana-cyber-defence-conference-2025", "by video"),
    ("did geoana send greetings to the 2021 pledge conference", "tallinn-pledge-conference-2021", "Geoan"),
    ("did stoltenberg send a video message to the tirana conference?", "tirana-cyber-defence-conference-2025", "not among the speakers"),
])
def test_a_known_person_sending_a_message_is_asked_as_speaking_there(bot, question, first, word):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and word in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("question", "first", "words"), [
    ("what role did romania play at the 2024 pledge conference?", "hague-pledge-conference-2024", ["co-hosted", "Odobescu"]),
    ("what role did albania play in tirana", "tirana-cyber-defence-conference-2025", ["hosted", "Rama"]),
    ("what part did lithuania play in the berlin conference?", "berlin-cyber-defence-conference-2023", ["Tučkutė"]),
])
def test_a_country_s_role_at_a_gathering_is_whether_it_hosted_and_who_came_for_it(bot, question, first, words):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and all(w in render_text(reply) for w in words), (question, reply.title)
