"""Portuguese questions, and Portuguese mixed into English, read into English and answered as the English is."""

import random

import pytest

from bot.answering.other_languages import read_if_portuguese
from bot.answering.portuguese import AMBIGUOUS, VERBS, WORDS


@pytest.mark.parametrize(("typed", "english"), [
    # "foi quando?", "quando foi?", "foi em que cidade?": the clause asks of what came before it
    ("a cúpula de varsóvia foi quando?", "the summit in warsaw when was it?"),
    ("vilnius summit, quando foi exatamente?", "vilnius summit, when was it exactly?"),
    ("a conferencia de berlim foi em que cidade?", "the conference in berlin in which city was it?"),
    ("paris 2018, qual dia foi?", "paris 2018, which day was it?"),
    ("qual a data da conferencia de tirana?", "what is the date of the conference in tirana?"),
    # a question word, a subject and a verb: "what did X say", "when did X write", "where did he say"
    ("o que o rutte disse em tirana?", "what did rutte say in tirana?"),
    ("oq a odobescu falou na conferencia de haia", "what did odobescu say at the conference in the hague"),
    ("quando o stoltenberg escreveu o op-ed?", "when did stoltenberg write the op-ed?"),
    ("e onde ela falou isso?", "and where did she say that?"),
    ("em que dia o rutte falou na conferencia?", "on which day did rutte speak at the conference?"),
    ("quando decidiram criar o nicc?", "when did they decide to create the nicc?"),
    # offices and nationalities, put in English order
    ("quem era a ministra francesa em paris?", "who was the french minister in paris?"),
    ("quem era o primeiro-ministro da albania?", "who was the prime minister of albania?"),
    ("quem é o secretário-geral da nato hoje?", "who is the secretary general of nato today?"),
    # "que" is "which" after a preposition or opening a clause, "who" before a verb, "that" elsewhere
    ("a odobescu era ministra de que país?", "the odobescu was minister of which country?"),
    ("quem foi o ministro que falou em tirana?", "who was the minister who spoke in tirana?"),
    ("quem falou que a china não é inimiga?", "who said that china is not an enemy?"),
    # time counted back, and the latest of a series
    ("o que aconteceu 2 anos atras hoje?", "what happened 2 years ago today?"),
    ("a conferencia de londres foi ano passado né?", "the conference in london was last year right?"),
    ("qual foi a conferencia de cyber defence mais recente?", "which was the latest conference on cyber defence?"),
    # "X é o que?", "e esse X, é o que?": what is X; "o artigo de roma": the Rome article
    ("cyber coalition é oq?", "what is cyber coalition?"),
    ("o que é o NICC?", "what is the nicc?"),
    ("a cyber coalition é um exercício?", "the cyber coalition is a exercise?"),
    ("o nicc é o que exatamente?", "what is the nicc exactly?"),
    ("e essa campanha que aparece no artigo de roma, é o que?", "what is this campaign that appears in the rome article?"),
    # chat's openers dropped, the clause's order turned round, a bare "and the one of ..."
    ("vc sabe quando foi a conferencia de roma?", "when was the conference in rome?"),
    ("e ela falou onde?", "and where did she speak?"),
    ("o stoltenberg foi secretario geral ate quando?", "until when was stoltenberg secretary general?"),
    ("quando começou a cyber coalition?", "when did cyber coalition start?"),
    ("e a de 2024?", "and the 2024 one?"),
    ("tem alguma frase do rutte sobre a russia?", "is there any quote by rutte about russia?"),
    ("quem estava por trás do ataque de 2014?", "who was behind the attack in 2014?"),
    ("onde ele fica?", "where is it?"),
    # a subject first, then what is asked of it: "X decidiu o que", "X aprovou qual Y", "X foi feito por quem"
    ("the warsaw summit decidiu o que sobre cyber?", "what did the warsaw summit decide about cyber?"),
    ("a vilnius summit aprovou qual documento?", "which document did vilnius summit approve?"),
    ("o ataque de 2014 foi feito por quem?", "who was behind the attack in 2014?"),
    ("o op-ed foi publicado quando?", "the op-ed when was it published?"),
    ("ollongren e odobescu falaram na mesma conferencia?", "did ollongren and odobescu speak at the same conference?"),
    # chat shorthand: "qnd", "q", "oq", "hj", "obg", "vlw"
    ("qnd foi a conferencia de tirana? obg", "when was the conference in tirana? thanks"),
    ("oq o rutte disse hj?", "what did rutte say today?"),
    ("vlw, e em q cidade foi?", "thanks, and in which city was it?"),
    ("quem falou sobre empresas privadas tipo microsoft?", "who said about private companies like microsoft?"),
])
def test_portuguese_is_read_in_english_word_order(typed, english):
    assert read_if_portuguese(typed) == english


@pytest.mark.parametrize("typed", [
    "quem disse 'no one stands alone in nato'?", "quem disse \"as we see in ukraine, private companies have become critical actors\"",
])
def test_quotations_in_a_portuguese_question_are_left_as_typed(typed):
    quotation = typed.split("'")[1] if "'" in typed else typed.split('"')[1]
    assert quotation in read_if_portuguese(typed)


@pytest.mark.parametrize("typed", [
    "what did stoltenberg say about relying on russia for energy", "no one stands alone - who said that?", "do you have the data on tirana?",
    "so when was the pledge conference in rome", "era of cyber defence: when did it start", "wer hat das gesagt?",
    "¿cuándo fue la conferencia de tirana?", "quando è stata la conferenza di roma?", "¿qué es el NICC?", "le café de la conférence",
])
def test_english_and_other_languages_are_not_read_as_portuguese(typed):
    assert read_if_portuguese(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("quando foi a conferencia de tirana?", "tirana-cyber-defence-conference-2025"),
    ("warsaw summit foi quando? preciso pro trabalho", "warsaw-summit-2016"),
    ("o summit de wales foi em que cidade?", "wales-summit-2014"),
    ("onde foi a segunda nato cyber defence conference", "london-cyber-defence-conference-2024"),
    ("quem disse que cyber é um espaço 'constantly contested'?", "stoltenberg-rome-2022-contested-space"),
    ("o que a ollongren falou na conferencia de haia?", "ollongren-hague-2024-stand-together"),
    ("quem era o ministro romeno... quer dizer, a ministra romena na conferencia de haia", "luminita-odobescu"),
    ("quem era a ministra da defesa holandesa em 2024?", "kajsa-ollongren"),
    ("a ollongren era ministra de que país?", "kajsa-ollongren"),
    ("quando o rutte virou secretário-geral?", "mark-rutte"),
    ("qual foi a pledge conference mais recente?", "hague-pledge-conference-2024"),
    ("quantas pessoas trabalham no nicc?", None),
    ("e esse 'protect the future' da foto do artigo de roma, é o que?", "protect-the-future-campaign"),
    ("o que é o NICC?", "nato-integrated-cyber-defence-centre"),
    ("quem estava por trás do ataque ddos de 2014?", "nato-websites-ddos-2014"),
    ("quem falou sobre empresas privadas tipo microsoft e starlink?", "stoltenberg-berlin-2023-private-companies"),
])
def test_portuguese_questions_are_answered_as_their_english_is(first_item, asked, first):
    assert first_item(asked) == first


def test_any_run_of_portuguese_words_is_read_without_fail():
    """Words of the tables in any order, with marks between: the reading never fails and keeps the quotation."""
    vocabulary = [*WORDS, *VERBS, *AMBIGUOUS, "que", "o que", "oq", "é", "né", "não", "roma", "haia", "2024", "?", ",", "'no one stands alone'"]
    chosen = random.Random(7)
    for _ in range(3000):
        typed = " ".join(chosen.choice(vocabulary) for _ in range(chosen.randint(1, 14)))
        assert isinstance(read_if_portuguese(typed), str), typed
    assert "'no one stands alone'" in read_if_portuguese("quem disse 'no one stands alone' em tirana?")


@pytest.mark.parametrize(("asked", "first"), [
    ("quem disse 'ninguém fica sozinho na otan'?", "rutte-tirana-2025-no-one-stands-alone"),
    ("quem falou \"o ciberespaço é um espaço constantemente contestado\"?", "stoltenberg-rome-2022-contested-space"),
    ("quem disse 'não devemos repetir esse erro'?", "stoltenberg-berlin-2023-not-repeat-mistake"),
])
def test_a_line_quoted_in_portuguese_is_read_too(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(("asked", "first"), [
    ("what did odobescu say na hague?", "odobescu-hague-2024-constant-evolution"),
    ("what did rutte say em tirana about investment?", "rutte-tirana-2025-stepping-up-investment"),
])
def test_a_portuguese_in_before_a_place_in_an_english_question(first_item, asked, first):
    assert first_item(asked) == first
