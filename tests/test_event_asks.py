"""The steps of the answers about people at events and events side by side, each on its own table.

Pure functions on the shipped knowledge (the party a question names, the event it names, the entries it
compares); the whole path is covered by the answer table (tests/answers/answer_table.yaml).
"""

import datetime as dt

import pytest

from bot.answering.lookup import Lookup
from bot.answering.topics.comparisons import compared_parts, entry_named
from bot.answering.topics.named_event import event_named, event_phrase
from bot.answering.topics.participants import find_party, people_at
from bot.answering.topics.person_events import events_of
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def lookup():
    return Lookup(load_knowledge(default_knowledge_path()))


@pytest.mark.parametrize(
    ("text", "party", "role"),
    [
        ("who represented romania at the hague", "Romania", set()),
        ("which lithuanian official took part in the berlin conference", "Lithuania", set()),
        ("who spoke on behalf of the netherlands at the 2024 pledge conference", "the Netherlands", set()),
        ("who spoke for the british government in london", "the United Kingdom", set()),
        ("main nato speaker at the hague", "NATO", set()),
        ("who nato sent to speak at the hague", "NATO", set()),
        ("who represented nato itself at that conference", "NATO", set()),
        ("did anyone from albania itself speak at tirana", "Albania", set()),
        ("which us official spoke at the rome conference", "the United States", set()),  # "us" before a noun
        ("who attended for the uk at lancaster house", "the United Kingdom", set()),
        ("who was germany foreign minister at the berlin conference", "Germany", {"foreign", "minister"}),
        ("the dutch defence minister at the hague what was her name", "the Netherlands", {"defence", "minister"}),
        ("which albanian prime minister spoke at tirana", "Albania", {"prime", "minister"}),
    ],
)
def test_the_party_a_question_names(text, party, role):
    found, _ = find_party(text)
    assert (found.label, set(found.role)) == (party, role)


@pytest.mark.parametrize(
    "text",
    [
        "who represented us at the hague",  # "us" alone is the asker
        "who spoke at the nato cyber defence conference in london",  # nato names the series, not a party
        "who were the nato conference speakers in tirana",
        "when was the rome conference",
    ],
)
def test_no_party(text):
    assert find_party(text) is None


@pytest.mark.parametrize(
    ("text", "event_id"),
    [
        ("who represented at the rome conference in 2022", "rome-pledge-conference-2022"),
        ("who represented at that conference in may 2024", "hague-pledge-conference-2024"),
        ("main speaker at the hague the article skips it", "hague-pledge-conference-2024"),  # "article" names no kind of event
        ("who was prime minister when tallinn hosted the pledge conference", "tallinn-pledge-conference-2021"),
        ("who attended for the at lancaster house", "london-cyber-defence-conference-2024"),  # a name the event goes by
        ("which official attended the farnesina conference", "rome-pledge-conference-2022"),
        ("which official spoke at the third pledge conference", "tallinn-pledge-conference-2021"),  # an edition
        ("who represented at the conference", None),  # no conference named: not whichever ranks first
        ("who represented at the 2020 pledge conference", None),  # none that year
        ("who represented at the conference in berlin in 2022", None),
        ("who was the romanian minister", None),
    ],
)
def test_the_event_a_question_names(lookup, text, event_id):
    event = event_named(lookup, text, TODAY)
    assert (event.id if event else None) == event_id


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("who represented at the rome conference in 2022", "the rome conference in 2022"),
        ("which official attended the farnesina conference", "the farnesina conference"),
        ("who was there from", ""),
    ],
)
def test_the_words_naming_the_event(text, phrase):
    assert event_phrase(text, places=False) == phrase


def test_people_at_an_event_speakers_then_participants(lookup):
    berlin = lookup.knowledge.events["berlin-cyber-defence-conference-2023"]
    assert [(p.id, verb) for p, verb in people_at(lookup, berlin)] == [
        ("jens-stoltenberg", "spoke"), ("annalena-baerbock", "spoke"), ("greta-monika-tuckute", "took part")]


def test_events_of_a_person_leave_out_what_they_wrote(lookup):
    stoltenberg = lookup.knowledge.people["jens-stoltenberg"]
    kinds = {e.kind for e, _ in events_of(lookup, stoltenberg)}
    assert "publication" not in kinds and "conference" in kinds


@pytest.mark.parametrize(
    ("text", "parts", "order"),
    [
        ("which was first, Berlin conference or the Den Haag conference?", ["berlin conference", "the den haag conference"], "first"),
        ("what came before: the Warsaw pledge or the enhanced cyber defence policy of Wales?",
         ["the warsaw pledge", "the enhanced cyber defence policy of wales"], "before"),
        ("which is older, the Cyber Coalition exercise or the pledge conferences?", ["the cyber coalition exercise", "the pledge conferences"], "older"),
        ("was the berlin conference before or after the hague one?", ["the berlin conference", "the hague one"], "first"),  # asks the order
        ("was the warsaw summit earlier than the wales summit?", ["the warsaw summit", "the wales summit"], "earlier than"),  # a claim
        ("Could you compare the 2022 and 2024 Pledge Conferences for me: where was each one held?",
         ["the 2022 pledge conferences", "2024 pledge conferences"], None),
        ("compare the tallinn and rome pledge conferences", ["the tallinn pledge conferences", "rome pledge conferences"], None),
        ("compare rome, the hague and tirana", ["rome", "the hague", "tirana"], None),
        ("what is the difference between the pledge conference and the annual conference?",
         ["the pledge conference", "the annual conference"], None),
        ("rome vs the hague", ["rome", "the hague"], None),
        ("which is older: the nicc or the cyber defence pledge?", ["the nicc", "the cyber defence pledge"], "older"),  # no noun lent to a name
        ("which was the first pledge conference", [], "first"),  # one entry: an edition, not a comparison
        ("when was the rome conference", [], None),
    ],
)
def test_the_entries_a_question_compares(text, parts, order):
    found, asked = compared_parts(text)
    assert found == parts
    assert asked == (order if parts else asked)


@pytest.mark.parametrize(
    ("part", "entry_id"),
    [
        ("the den haag conference", "hague-pledge-conference-2024"),
        ("the warsaw pledge", "cyber-defence-pledge-2016"),
        ("the pledge conferences", "cyber-defence-pledge-conference-series"),
        ("the tallinn pledge conferences", "tallinn-pledge-conference-2021"),  # that series' event there
        ("2024 pledge conferences", "hague-pledge-conference-2024"),
        ("the oslo conference", None),
        ("2023 pledge conference", None),
    ],
)
def test_the_entry_a_part_names(lookup, part, entry_id):
    entry = entry_named(lookup, part, TODAY)
    assert (entry.id if entry else None) == entry_id


@pytest.mark.parametrize(("text", "event"), [
    ("who was the dutch minister next to odobescu at that conference", "hague-pledge-conference-2024"),
    ("which lithuanian official was at the conference with baerbock", "berlin-cyber-defence-conference-2023"),
    ("which romanian minister was at the conference", "hague-pledge-conference-2024"),  # Romania is recorded at one
])
def test_the_conference_a_party_question_means_is_the_one_that_fits(lookup, text, event):
    from bot.answering.topics.party_events import party_event

    party, rest = find_party(text)
    assert party_event(lookup, party, rest).id == event


def test_a_party_at_several_conferences_is_asked_which(lookup):
    from bot.answering.topics.party_events import party_event

    party, rest = find_party("who represented nato at the conference")
    assert party_event(lookup, party, rest).kind == "usage"
