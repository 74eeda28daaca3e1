"""The steps of the topic answers (attacks, initiatives, the pledge, days), each on its own table.

Pure functions on the shipped knowledge, and on a copy of it without the entries a step needs;
the whole path is covered by the answer table (tests/answers/answer_table.yaml).
"""

import dataclasses
import datetime as dt

import pytest

from bot.answering.lookup import Lookup
from bot.answering.topics.incidents import answer_incident
from bot.answering.topics.pictures import answer_picture
from bot.answering.topics.pledge_asks import named_initiative
from bot.answering.topics.timeline import roles_changed_on
from bot.answering.topics.topic_asks import initiative_words
from bot.answering.understanding import understand
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(default_knowledge_path())


@pytest.fixture(scope="module")
def lookup(knowledge):
    return Lookup(knowledge)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 10, 1), ["Jens Stoltenberg stepped down as NATO Secretary General", "Mark Rutte became NATO Secretary General",
                                "Jens Stoltenberg became NATO Secretary General"]),
        (dt.date(2030, 10, 1), ["Jens Stoltenberg stepped down as NATO Secretary General", "Mark Rutte became NATO Secretary General",
                                "Jens Stoltenberg became NATO Secretary General"]),
        (dt.date(2014, 10, 1), ["Jens Stoltenberg became NATO Secretary General"]),  # nothing from a later year
        (dt.date(2024, 1, 1), []),  # "from: 2010" / "to: 2024" name no day: never counted on 1 January
        (dt.date(2024, 10, 2), []),
    ],
)
def test_roles_changed_on(lookup, day, expected):
    assert [what for _, _, what in roles_changed_on(lookup, day)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("where is the nicc based", "nato-integrated-cyber-defence-centre"),
        ("is cyber coalition a game", "cyber-coalition"),
        ("nato has its own misp", "malware-information-sharing-platform"),
        ("where is the coalition based", None),  # one word of a name is not the name
        ("where is the centre based", None),
    ],
)
def test_named_initiative(lookup, text, expected):
    found = named_initiative(lookup, text)
    assert (found.id if found else None) == expected


def test_initiative_words_leave_out_words_every_question_has(lookup):
    words = initiative_words(lookup)
    assert {"nicc", "coalition", "misp"} <= words
    assert not {"nato", "cyber", "defence", "the"} & words


def _answer_incident(lookup, text):
    return answer_incident(lookup, text, understand(lookup, text, TODAY).text, TODAY)


@pytest.mark.parametrize(
    ("text", "kind", "first"),
    [
        ("did anyone hack nato?", "answer", "nato-websites-ddos-2014"),
        ("which attack does the op-ed mean?", "answer", "nato-websites-ddos-2014"),
        ("did china ever hack nato?", "not_found", "nato-websites-ddos-2014"),  # the recorded attack, only as a suggestion
        ("who hacked the bundestag?", "not_found", "nato-websites-ddos-2014"),
        ("who attacked nato's websites in 2015?", "not_found", "nato-websites-ddos-2014"),
    ],
)
def test_attack_questions(lookup, text, kind, first):
    reply = _answer_incident(lookup, text)
    assert (reply.kind, reply.items[0].id) == (kind, first)
    if kind == "not_found":
        assert reply.title.startswith("The knowledge records no attack")


@pytest.mark.parametrize(
    "text",
    [
        "what did stoltenberg say about cyber attacks?",
        "when did nato first agree that a cyber attack could trigger article 5?",
        "what is the virtual cyber incident support capability?",
        "who is behind the attacks according to rutte?",
        "when is the next conference?",
    ],
)
def test_not_attack_questions(lookup, text):
    assert _answer_incident(lookup, text) is None


def test_no_recorded_attack_leaves_attack_questions_to_the_other_routes(knowledge):
    events = {k: e for k, e in knowledge.events.items() if e.kind != "incident"}
    lookup = Lookup(dataclasses.replace(knowledge, events=events))
    assert _answer_incident(lookup, "did anyone hack nato?") is None


def test_photo_questions(lookup):
    text = "why is there a photo of stoltenberg with influencers in the rome article?"
    reply = answer_picture(lookup, text, understand(lookup, text, TODAY).text, TODAY)
    assert [i.id for i in reply.items[:2]] == ["protect-the-future-photo-2022", "protect-the-future-campaign"]
    text = "what were the names of the influencers in the photo?"
    assert answer_picture(lookup, text, understand(lookup, text, TODAY).text, TODAY).kind == "not_found"
    text = "who spoke at the rome conference?"
    assert answer_picture(lookup, text, understand(lookup, text, TODAY).text, TODAY) is None
