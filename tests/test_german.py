"""German word order read into English: "stimmt es, dass ...", verbs at a clause's end, a quote "im Original"."""

import pytest

from bot.answering.other_languages import read_in_english
from bot.answering.search import normalize


def read(text: str) -> str:
    return read_in_english(text, normalize(text).split())


@pytest.mark.parametrize(("typed", "english"), [
    ("stimmt es, dass Rutte in Tirana persönlich da war?", "is it true that rutte was in tirana in person?"),
    ("stimmt es dass die pledge conference 2024 in bruessel war?", "is it true that the pledge conference 2024 was in brussels?"),  # "bruessel": Brussels with ü written ue (places.OTHER_NAMES)
    ("Ist es richtig, dass Stoltenberg gesagt hat, China sei unser Feind?", "is it true that stoltenberg said china is our enemy?"),
    ("Stimmt es, dass die Konferenz in Berlin vom Auswärtigen Amt ausgerichtet wurde?",
     "is it true that the conference was hosted in berlin by the foreign office?"),
    ("wer hat in berlin gesagt dass china nicht unser feind ist?", "who said in berlin that china is not our enemy?"),
])
def test_a_claim_after_dass_has_its_verb_after_the_subject(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize(("typed", "english"), [
    ("hat boris pistorius in berlin gesprochen?", "did boris pistorius speak in berlin?"),
    ("Wie viel Geld hat Deutschland beim Cyber Defence Pledge zugesagt?", "how much money did germany pledge at the cyber defence pledge?"),
    ("Was hat der Generalsekretär in Berlin über Artikel 5 gesagt?", "what did the secretary general say in berlin about article 5?"),
    ("Was hat die rumänische Außenministerin gesagt?", "what did the romanian foreign minister say?"),
    ("Wer hat bei der Konferenz in Tirana eine Rede gehalten?", "who spoke at the conference in tirana?"),
    ("Wann genau fand die Konferenz in Tallinn statt?", "when exactly was the conference in tallinn held?"),
    ("welche gipfel kommen in der wissensbasis vor?", "which summit are in the knowledge?"),
    ("Liste alle Pledge-Konferenzen auf bitte", "list all pledge-conferences please"),
])
def test_a_verb_split_around_its_object_is_put_together(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize(("typed", "english"), [
    ("gibt es das Zitat auch auf Englisch im Original?", "how was it in the original english?"),
    ("und im Original?", "how was it in the original english?"),
    ("wie lautet das im englischen Original?", "how was it in the original english?"),
    ("Wie lautet der Originalwortlaut von Stoltenbergs Satz?", "what is the original wording of stoltenbergs line?"),
])
def test_a_quote_asked_for_in_the_original(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize(("typed", "english"), [
    ("welche Konferenzen gab es 2024?", "which conferences were there in 2024?"),
    ("was geschah an diesem tag?", "what happened on this day?"),
    ("gab es heute irgendwas?", "what happened on this day?"),
    ("wie viele jahre ist der ddos angriff her?", "how many years ago was the ddos attack?"),
    ("War Baerbock auch in Den Haag dabei?", "was baerbock also at the hague?"),
    ("Zitate von Rutte bitte", "quotes by rutte please"),
    ("wo genau in rom war das?", "where exactly in rome was that?"),
])
def test_german_phrasings_of_lists_days_and_presence(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize(("typed", "english"), [
    ("War Rutte wirklich in Tirana?", "was rutte really in tirana?"),
    ("Stimmt das: Rutte war per Video zugeschaltet?", "is it true that rutte was by video?"),
    ("Wann hat Stoltenberg seinen Gastbeitrag veröffentlicht?", "when did stoltenberg publish his op-ed?"),
    ("In welchem Land fand die Konferenz 2025 statt?", "in which country was the conference 2025 held?"),
    ("Wer meinte, dass Cyberangriffe genauso gefährlich wie kinetische Angriffe sind?",
     "who said that cyber attacks are as dangerous as kinetic attacks?"),
    ("Vor wie vielen Jahren war der Warschauer Gipfel?", "how many years ago was the warsaw summit?"),
])
def test_a_verb_first_question_and_a_city_as_adjective(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize(("typed", "english"), [
    ("Gab es heute vor ein paar Jahren eine Konferenz?", "what happened on this day?"),
    ("Welche Ereignisse fanden am 9. November statt?", "which events took place on 9. november?"),
    ("wie lange ist es her, dass die erste Konferenz war?", "how long ago was the first conference?"),
    ("Wer hat die Begrüßungsrede in Berlin gehalten?", "who gave the welcome speech in berlin?"),
    ("Welche Zitate gibt es von Ollongren?", "quotes by ollongren?"),
    ("Gibt es Zitate über Russland?", "are there quotes about russia?"),
    ("Welche Zitate hast du aus Berlin?", "which quotes do you have from berlin?"),
    ("Wer war auf der Konferenz in London?", "who was at the conference in london?"),
    ("Liste mir bitte alle Konferenzen in Berlin auf", "list all conferences in berlin"),
])
def test_lists_quotes_and_days_asked_the_german_way(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize(("typed", "english"), [
    ("Wer war damals Generalsekretär, als die Konferenz in Berlin war?", "who was then secretary general when the conference was in berlin?"),
    ("Wann wurde das NICC beschlossen?", "when was the nicc decided?"),
    ("Was wurde in Vilnius beschlossen?", "what was decided in vilnius?"),
    ("Hat Stoltenberg gesagt, dass China unser Feind ist?", "did stoltenberg say that china is our enemy?"),
    ("Was war das Thema der Konferenz in Rom?", "what was the theme of the conference in rome?"),
    ("Worum ging es in Tirana?", "what was tirana about?"),
    ("Wer hat den Pledge 2016 beschlossen?", "who agreed the pledge 2016?"),
    ("wer hat die Rede zur Eröffnung in Berlin gehalten?", "who gave the opening speech in berlin?"),
])
def test_when_clauses_passives_and_themes(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize("typed", [
    "war in ukraine: what did stoltenberg say?", "is it true that rutte was in tirana?", "did stoltenberg say that china is our enemy?",
    "what was that, in which building?", "who gave the speech in the hague?",
])
def test_english_questions_are_left_as_typed(typed):
    assert read(typed).lower() == typed.lower()


@pytest.mark.parametrize(("typed", "english"), [
    ("Ich glaube die Konferenz in Rom war 2021, stimmt das?", "i think the conference in rome was 2021, right?"),
    ("Kannst du mir die Quotes von Ollongren zeigen?", "can you show me the quotes of ollongren?"),
    ("Welcher Minister aus Rumänien war in Den Haag?", "which minister from romania was in the hague?"),
    ("Ist das Zitat von Rutte verifiziert?", "is the quote of rutte verified?"),
    ("Wer hat den Artikel über Tirana geschrieben?", "who wrote the article about tirana?"),
    ("Wer hat die Konferenz in Den Haag eröffnet?", "who opened the conference in the hague?"),
    ("Kannst du mir sagen, wann der Wales Summit war?", "can you tell me, when the wales summit was?"),
    ("Welche Länder haben den Pledge unterschrieben?", "which countries signed the pledge?"),
    ("Wie viele Jahre ist der Pledge alt?", "how old is the pledge?"),
    ("die Rom-Konferenz hat heute vor genau vier Jahren angefangen, stimmt das?", "the rome-conference started exactly four years ago today, right?"),
    ("die Tirana-Konferenz hat vor einem Jahr angefangen", "the tirana-conference started a year ago"),
    ("Wann und wo war die allererste Pledge Conference?", "when and where was the very first pledge conference?"),
    ("Wer kommt im Den-Haag-Artikel zu Wort?", "who is quoted in the the hague-article?"),
    ("Was hat Stoltenberg in Berlin zu China gesagt? Kurz zusammengefasst bitte", "what did stoltenberg say in berlin about china?"),
    ("Welches Amt hatte sie damals?", "what office did she hold then?"),
    ("An welchem Tag genau wurde der Cyber Defence Pledge beschlossen?", "when exactly was the cyber defence pledge decided?"),
    ("'No one stands alone' - an welchem Tag hat Rutte das gesagt?", "'no one stands alone' - when did rutte say that?"),
    ("wann und wo wurde das NICC beschlossen?", "when and where was the nicc decided?"),
    ("Welche Rolle hatte Olaf Scholz bei der Berliner Konferenz?", "what role did olaf scholz have at the berlin conference?"),
    ("Ich brauche die Daten von der Rome conference für mein Referat", "i need the dates von der rome conference for my presentation"),
])
def test_a_tag_a_request_countries_and_who_did_it(typed, english):
    assert read(typed) == english
