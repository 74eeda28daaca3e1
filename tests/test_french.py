"""French questions, and French mixed into English, read into English word order and answered as the English is."""

import pytest

from bot.answering.other_languages import read_in_english
from bot.answering.search import normalize


def read(text: str) -> str:
    return read_in_english(text, normalize(text).split())


@pytest.mark.parametrize(("typed", "english"), [
    ("le sommet de Varsovie, c'était où?", "the warsaw summit, where was it?"),
    ("la conférence de Rome, elle a eu lieu quand ?", "the conference in rome, when was it held ?"),
    ("c’était quand, le sommet de Vilnius?", "when was it, the vilnius summit?"),
    ("qu'a-t-il dit à Berlin?", "what did he say at berlin?"),
    ("qui a écrit l'op-ed?", "who wrote the op-ed?"),
    ("il y a combien d'années, la conférence de Tirana?", "how many years ago was it, the conference in tirana?"),
    ("qui a co-organisé la conférence de La Haye?", "who co-hosted the conference in the hague?"),
])
def test_french_is_read_in_english_word_order(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize("typed", [
    "whose son spoke at the door", "what did the defense news op-ed say", "who will organise the next pledge conference",
    "when did the allies decide that cyber attacks can trigger article 5", "a citation for the pledge, please",
])
def test_english_words_that_french_shares_are_left_alone(typed):
    assert read(typed).lower() == typed.lower()


@pytest.mark.parametrize(("asked", "first"), [
    # a clause after the subject that asks where or when: "c'était où?", "elle a eu lieu quand?"
    ("le sommet de Varsovie, il a eu lieu quand?", "warsaw-summit-2016"),
    ("La conférence de Tirana, c'était quand exactement?", "tirana-cyber-defence-conference-2025"),
    ("le sommet du pays de Galles, c'était où et quand?", "wales-summit-2014"),
    ("Le sommet de Vilnius, c'était quand?", "vilnius-summit-2023"),
    # the perfect tense asked with who or what: "qui a écrit", "qu'a-t-il dit", "a pris la parole"
    ("Qui a écrit l'article sur la conférence de La Haye?", "roxana-stanica"),
    ("qui a parlé des 'digital frontiers of our alliance'?", "ollongren-hague-2024-stand-together"),
    ("Quand est-ce que l'OTAN a reconnu le cyberespace comme domaine d'opérations?", "cyberspace-domain-of-operations-2016"),
    # what was decided, asked "ils ont décidé quoi?", "qu'est-ce qu'ils ont décidé pour le cyber?"
    ("Le sommet de Vilnius, ils ont décidé quoi sur le cyber?", "vilnius-2023-cyber-defence-concept"),
    ("Au sommet de Varsovie, qu'est-ce qu'ils ont décidé pour le cyber?", "cyber-defence-pledge-2016"),
    ("le sommet du pays de Galles, ils ont décidé quoi pour la cyberdéfense?", "wales-2014-enhanced-cyber-defence-policy"),
    # a place's summit, as English names it; a claim about it checked
    ("Le sommet du pays de Galles, c'était à Cardiff?", "wales-summit-2014"),
    ("le sommet de Varsovie, c'était à Cracovie?", "warsaw-summit-2016"),
    ("Le sommet de Vilnius, c'était en 2024?", "vilnius-summit-2023"),
    # offices named in French
    ("Qui est le Secrétaire général de l'OTAN?", "mark-rutte"),
    ("Paris 2018, c'était quelle ministre des Armées?", "florence-parly"),
    ("Stoltenberg a été Secrétaire général de quand à quand?", "jens-stoltenberg"),
    # time counted back, in French
    ("Le sommet de Varsovie, c'était il y a combien d'années?", "warsaw-summit-2016"),
])
def test_french_questions_are_answered_as_their_english_is(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(("asked", "named"), [
    ("Qui a pris la parole pour l’OTAN à La Haye?", "Geoan"),
    ("Qui parlait pour l'OTAN à Tirana?", "Rutte"),
    ("Le Premier ministre albanais, c'est qui?", "Rama"),
    ("Qui a co-organisé la conférence de Rome avec l'Italie?", "United States"),
])
def test_who_asked_in_french_names_the_person(bot, asked, named):
    from bot.request import Request

    assert named in bot.handle(Request(asked, user=asked)).title


def test_a_french_word_is_never_mended_into_a_name(bot):
    from bot.request import Request

    reply = bot.handle(Request("Quand est-ce que Rutte a pris la parole à Tirana?", user="pris"))
    assert "Paris" not in reply.title and reply.items and reply.items[0].id == "tirana-cyber-defence-conference-2025"
