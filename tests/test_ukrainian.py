"""Ukrainian questions in Cyrillic, and Ukrainian mixed into English ("коли відбулася конференція в Лондоні 2024?",
"що Оллонгрен казала в Гаазі?"): read into English (declined names and places by their stem, the subject before its
verb, "they did it" as the passive) and answered as the English is, never folded to nothing; English is left alone."""

import pytest

from bot.answering.ukrainian_reading import is_ukrainian, read_if_ukrainian
from bot.request import Request


@pytest.mark.parametrize(("typed", "english"), [
    ("коли відбулася конференція в Лондоні 2024?", "when was conference in London 2024 held?"),
    ("що Оллонгрен казала в Гаазі?", "what did Ollongren say in The Hague?"),
    ("де прийняли Cyber Defence Pledge?", "where was Cyber Defence Pledge adopted?"),
    ("хто така Бербок?", "who is Baerbock?"),
    ("Рютте виступав у Берліні?", "did Rutte speak in Berlin?"),
    ("скільки було конференцій з кіберзахисту?", "how many conferences on cyber defence have there been?"),
    ("Геоана був у Таллінні 2021?", "was Geoana in Tallinn 2021?"),
    ("хто сказав 'one for all and all for one'?", "who said 'one for all and all for one'?"),
    ("коли Кулеба виступав у Римі?", "when did Kuleba speak in Rome?"),
    ("а хто її організував?", "and who hosted it?"),
    ("НАТО тільки обороняється в кіберпросторі?", "does NATO only defend in cyberspace?"),
    ("NICC засновали у Вашингтоні?", "was NICC founded in Washington?"),
    ("де вона вийшла спочатку?", "where was it published first?"),
    ("чи виступав Столтенберг у Таллінні?", "did Stoltenberg speak in Tallinn?"),
    ("що таке NICC і де він знаходиться?", "what is NICC and where is it based?"),
    ("хто стоїть за атакою на сайти НАТО?", "who is behind attack at website NATO?"),
    ("Коли був створений NICC?", "when was NICC created?"),
    ("Хто виступав на конференції в Римі 2022 року?", "who spoke at conference in Rome 2022?"),
    ("Які цитати є від Одобеску?", "what quotes are there from Odobescu?"),
    ("коли Стоелтенберг написав op-ed?", "when did Stoeltenberg write op-ed?"),
])
def test_ukrainian_is_read_in_english_order(typed, english):
    assert read_if_ukrainian(typed) == english


@pytest.mark.parametrize("typed", [
    "who said 'no one stands alone'?", "when was the conference in Tirana?", "Luminița Odobescu at The Hague", "Geoană – what did he say?",
])
def test_text_without_cyrillic_is_left_alone(typed):
    assert not is_ukrainian(typed) and read_if_ukrainian(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("коли відбулася конференція в Лондоні 2024?", "london-cyber-defence-conference-2024"),
    ("де проходила pledge conference 2021?", "tallinn-pledge-conference-2021"),
    ("що сказав Рютте в Тирані?", "rutte-tirana-2025-"),
    ("що Оллонгрен казала в Гаазі?", "ollongren-hague-2024-stand-together"),
    ("коли прийняли Cyber Defence Pledge?", "cyber-defence-pledge-2016"),
    ("хто такий Марк Рютте?", "mark-rutte"),
    ("коли був саміт у Вашингтоні?", "washington-summit-2024"),
    ("хто організував конференцію в Тирані?", "tirana-cyber-defence-conference-2025"),
    ("коли атакували сайти НАТО?", "nato-websites-ddos-2014"),
    ("де була друга pledge conference?", "london-pledge-conference-2019"),
    ("хто генсек НАТО зараз?", "mark-rutte"),
    ("дай цитату Рютте", "rutte-tirana-2025-"),
    ("розкажи про Cyber Coalition", "cyber-coalition"),
    ("чи була конференція в Парижі у 2018?", "paris-pledge-conference-2018"),
    ("Рютте виступав особисто чи по відео?", "tirana-cyber-defence-conference-2025"),
    ("Хто був співорганізатором конференції в Гаазі?", "hague-pledge-conference-2024"),
    ("Коли НАТО визнало кіберпростір сферою операцій?", "cyberspace-domain-of-operations-2016"),
    ("Що Столтенберг писав про гібридні загрози?", "stoltenberg-oped-2016"),
    ("Які цитати є від Одобеску?", "odobescu-hague-2024-constant-evolution"),
])
def test_ukrainian_questions_are_answered_as_in_english(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id.startswith(first), (reply.title, [item.id for item in reply.items])


@pytest.mark.parametrize(("asked", "named"), [
    ("Кулеба виступав у Гаазі?", "Kuleba"),
    ("коли була конференція в Мадриді?", "Madrid"),
])
def test_a_name_or_place_the_knowledge_lacks_stays_a_constraint(bot, asked, named):
    reply = bot.handle(Request(asked, user=asked))
    assert named.lower() in reply.title.lower(), reply.title


def test_a_follow_up_in_ukrainian_reads_the_conversation(bot):
    bot.handle(Request("коли була конференція в Тирані?", user="uk-follow"))
    reply = bot.handle(Request("а хто там виступав?", user="uk-follow"))
    assert reply.items[0].id == "tirana-cyber-defence-conference-2025" and "Rutte" in reply.title, reply.title
