"""The steps that read names, roles and what a person said, each on its own table (shipped knowledge).

The whole path is covered by the answer table (tests/answers/answer_table.yaml).
"""

import pytest

from bot.answering.lookup import Lookup
from bot.answering.quote_rank import names_a_setting
from bot.answering.role_text import term_question
from bot.answering.said_text import said_question, said_title, verb_as_topic
from bot.answering.spelling import correct_spelling
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path


@pytest.fixture(scope="module")
def lookup():
    return Lookup(load_knowledge(default_knowledge_path()))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("stoltenburg speach in rome", "stoltenberg speech in rome"),
        ("what did baerbok say?", "what did baerbock say?"),
        ("kallas who?", "who is Kaja Kallas"),
        ("laanet tallinn 2021 who is he", "who is Kalle Laanet"),
        # real words and real misses stay as typed
        ("sorry to bother you", "sorry to bother you"),
        ("what is stoltenberg talking about", "what is stoltenberg talking about"),
        ("who came first", "who came first"),
        ("what was ollongren quoted as saying", "what was ollongren quoted as saying"),
        ("when was the conference in narnia", "when was the conference in narnia"),
        ("how much has the uk invested", "how much has the uk invested"),  # "investment" is the knowledge's: no slip of "invented"
        # words in quotation marks are what a quote check compares: never mended
        ("did stoltenburg say 'we must not repaet this mistake'?", "did stoltenberg say 'we must not repaet this mistake'?"),
        # a role is no name: "the secretary general who?" is not rewritten to one person
        ("the secretary general who?", "the secretary general who?"),
    ],
)
def test_correct_spelling(lookup, typed, read):
    assert correct_spelling(lookup, typed) == read


@pytest.mark.parametrize(
    ("normalised", "rephrased"),
    [
        ("what was the estonian prime minister quoted as saying", "what did the estonian prime minister say"),
        ("what is ollongren quoted as saying in what the article calls her opening remarks", "what did ollongren say"),
        ("which firms did stoltenberg name as critical actors in ukraine", "what did stoltenberg say in ukraine about firms as critical actors"),
        ("what threats did rutte list in tirana", "what did rutte say in tirana about threats"),
        ("give me every quote you have from ollongren", "quotes by ollongren"),
        ("all of rutte quotes please", "quotes by rutte"),
        ("show me all the quotes by geoana", "quotes by geoana"),
        ("what quotes are there", "what quotes are there"),
        ("what was the romanian foreign minister at the hague line", "what did the romanian foreign minister say at the hague"),
        ("what were rutte s exact words in tirana", "what did rutte say in tirana"),
        ("what is stoltenberg s famous quote about article 5", "what did stoltenberg say about article 5"),
        ("what was the dutch defence minister s message", "what did the dutch defence minister say"),
        ("what was the line between peace and crisis", "what was the line between peace and crisis"),
        ("what is the quote", "what is the quote"),
        # "<give> exact/direct words of <who>": that speaker's quotes, however the request opens
        ("give exact words of florence parly at paris 2018 conference", "quotes by florence parly at paris 2018 conference"),
        ("give me direct quote of edi rama in tirana", "quotes by edi rama in tirana"),
        ("send verbatim words of baerbock in berlin", "quotes by baerbock in berlin"),
        ("what were the exact words of ollongren at the hague", "quotes by ollongren at the hague"),
        ("provide precise quotation of cirielli in rome", "quotes by cirielli in rome"),
    ],
)
def test_said_question(normalised, rephrased):
    assert said_question(normalised) == rephrased


@pytest.mark.parametrize(
    ("verb", "rest", "tail"),
    [
        ("call on", " allies to do in rome", " in rome about call on allies to do"),
        ("urge", " the allies to invest", " about urge the allies to invest"),
        ("say", " about china in berlin", " about china in berlin"),
    ],
)
def test_verb_as_topic(verb, rest, tail):
    assert verb_as_topic(verb, rest) == tail


def test_said_title_puts_a_call_as_a_call():
    assert said_title("Jens Stoltenberg", "call on allies to do") == "What Jens Stoltenberg called on allies to do"
    assert said_title("Mark Rutte", "investment") == "Mark Rutte on investment"


@pytest.mark.parametrize(
    ("words", "setting"),
    [("his tirana address", True), ("the pledge conference", True), ("2023", True), ("cyberspace", False), ("practice", False)],
)
def test_names_a_setting(words, setting):
    assert names_a_setting(words) is setting


@pytest.mark.parametrize(
    ("normalised", "rephrased"),
    [
        ("when did stoltenberg s term as nato secretary general end", "when did stoltenberg stop being nato secretary general"),
        ("when did stoltenberg term end", "when did stoltenberg stop being"),
        ("when did rutte s mandate as secretary general begin", "when did rutte become secretary general"),
        ("when was the end of stoltenberg s tenure", "when did stoltenberg stop being"),
        ("when was the start of rutte s term as secretary general", "when did rutte become secretary general"),
        ("until when was stoltenberg secretary general", "when did stoltenberg stop being secretary general"),
        ("when was the term of the cyber defence pledge", "when was the term of the cyber defence pledge"),
        ("stoltenberg s term dates", "how long was stoltenberg in office"),
        ("how long was stoltenberg s tenure as secretary general", "how long was stoltenberg secretary general"),
        ("when did the conference end", "when did the conference end"),
    ],
)
def test_term_question(normalised, rephrased):
    assert term_question(normalised) == rephrased
