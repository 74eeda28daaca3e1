"""Follow-up questions: "it", "there", "he" and "that one" point at what the conversation last talked about."""

import datetime as dt

import pytest

from bot.answering.follow_ups import follow_up
from bot.answering.lookup import Lookup
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path
from bot.reply import ItemRef
from bot.request import Request
from bot.service import Bot

TODAY = dt.date(2026, 11, 23)
BERLIN = ItemRef("event", "berlin-cyber-defence-conference-2023")
RUTTE = ItemRef("person", "mark-rutte")
NICC = ItemRef("initiative", "nato-integrated-cyber-defence-centre")


@pytest.fixture(scope="module")
def lookup():
    return Lookup(load_knowledge(default_knowledge_path()))


@pytest.mark.parametrize(
    ("typed", "subject", "asked"),
    [
        ("who hosted it?", BERLIN, "who hosted first annual nato cyber defence conference"),
        ("and the dates for that one", BERLIN, "and the dates for first annual nato cyber defence conference"),
        ("who spoke there", BERLIN, "who spoke at first annual nato cyber defence conference"),
        ("how long ago was that", BERLIN, "how long ago was first annual nato cyber defence conference"),
        ("where is it based", NICC, "where is nato integrated cyber defence centre based"),
        ("what else did he say", RUTTE, "what else did mark rutte say"),
        ("what was his job before", RUTTE, "what was mark rutte s job before"),
        ("what did stoltenberg say there", BERLIN, "what did stoltenberg say at first annual nato cyber defence conference"),  # a person, and "there" still the event
        ("who opened it with stoltenberg", BERLIN, "who opened first annual nato cyber defence conference with stoltenberg"),  # a person beside
    ],
)
def test_a_pointer_is_replaced_by_the_subject(lookup, typed, subject, asked):
    assert follow_up(lookup, typed, subject, TODAY).lower() == asked


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("who hosted the rome one?", BERLIN),  # names its own place
        ("what did it look like in 2024", BERLIN),  # and its own year
        ("what did he say", BERLIN),  # "he" after an event: nobody to point at
        ("when was the warsaw summit", BERLIN),  # points at nothing
        ("who said that is why this conference is so important", BERLIN),  # the pronouns are in the words quoted
        ("how many quotes are there", BERLIN),  # "are there": no place pointed at
        ('is "no one stands alone" from it', RUTTE),  # words in quotation marks: a question of its own
    ],
)
def test_what_names_its_own_subject_or_has_nothing_to_point_at_is_left_alone(lookup, typed, subject):
    assert follow_up(lookup, typed, subject, TODAY) is None


@pytest.mark.parametrize("typed", ["what did he say there", "anything she said there?", "so what did they talk about there"])
def test_a_speaker_saying_something_there_after_an_event_asks_for_its_quotes(lookup, typed):
    assert follow_up(lookup, typed, BERLIN, TODAY).lower() == "quotes from first annual nato cyber defence conference"


TIRANA = ItemRef("event", "tirana-cyber-defence-conference-2025")
BERLIN_PEOPLE = (ItemRef("person", "jens-stoltenberg"), ItemRef("person", "annalena-baerbock"))
TIRANA_PEOPLE = (ItemRef("person", "mark-rutte"), ItemRef("person", "edi-rama"))


@pytest.mark.parametrize(
    ("typed", "subject", "people", "title", "asked"),
    [
        # "she" after an answer naming a man and a woman: the woman, at the event talked about
        ("did she speak in person?", BERLIN, BERLIN_PEOPLE, "Opened by Jens Stoltenberg and Annalena Baerbock",
         "did annalena baerbock speak in person at first annual nato cyber defence conference"),
        ("was he there in person", BERLIN, BERLIN_PEOPLE, "Opened by Jens Stoltenberg and Annalena Baerbock",
         "was jens stoltenberg at first annual nato cyber defence conference in person"),
        # two men: the one the answer's title named, else the first it named
        ("was he actually there", TIRANA, TIRANA_PEOPLE, "Edi Rama spoke at NATO Cyber Defence Conference 2025",
         "was edi rama actually at nato cyber defence conference 2025"),
        ("was he there in person", TIRANA, TIRANA_PEOPLE, "Speakers: Mark Rutte and Edi Rama",
         "was mark rutte at nato cyber defence conference 2025 in person"),
    ],
)
def test_he_or_she_after_an_event_is_the_person_the_answer_was_about(lookup, typed, subject, people, title, asked):
    assert follow_up(lookup, typed, subject, TODAY, people, title).lower() == asked


def test_he_after_an_event_with_only_women_points_at_nobody(lookup):
    people = (ItemRef("person", "kajsa-ollongren"), ItemRef("person", "luminita-odobescu"))
    assert follow_up(lookup, "was he there in person", BERLIN, TODAY, people, "Ollongren and Odobescu") is None


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def bot(clock):
    return Bot.from_path(None, clock=clock)


def ask(bot, text, user="U1", channel="C1"):
    return bot.handle(Request(text, platform="slack", workspace="T1", channel=channel, user=user))


def test_a_follow_up_is_answered_about_what_the_same_person_just_asked(bot):
    assert ask(bot, "when was the tirana conference?").items[0].id == "tirana-cyber-defence-conference-2025"
    hosted = ask(bot, "who hosted it?")
    assert hosted.title == "NATO Cyber Defence Conference 2025 was hosted by Albania"
    assert ask(bot, "and who spoke there?").items[0].id == "tirana-cyber-defence-conference-2025"


def test_each_person_and_channel_is_a_conversation_of_its_own(bot):
    ask(bot, "when was the tirana conference?", user="U1", channel="C1")
    ask(bot, "when was the berlin conference?", user="U2", channel="C1")
    assert "Albania" in ask(bot, "who hosted it?", user="U1", channel="C1").title
    assert "Germany" in ask(bot, "who hosted it?", user="U2", channel="C1").title
    assert ask(bot, "who hosted it?", user="U1", channel="C2").kind == "not_found"  # nothing asked in C2 yet


def test_a_follow_up_long_after_points_at_nothing(bot, clock):
    ask(bot, "when was the tirana conference?")
    clock.now += dt.timedelta(hours=1)
    assert ask(bot, "who hosted it?").kind == "not_found"


def test_a_quote_is_pointed_at_by_its_words_and_its_speaker(bot):
    said = ask(bot, "what did rutte say in tirana")
    assert said.items[0].type == "quote"
    assert ask(bot, "is that quote real?").title.startswith("Verified")
    assert "Mark Rutte" in ask(bot, "who is he?").title
