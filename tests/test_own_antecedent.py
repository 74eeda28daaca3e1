"""A message whose "it", "he" or "she" points at what it names itself, in a clause before, is no follow-up of the last
answer ("geoana addressed the hague on day two, did he?" after Ollongren was of her); nor is a
role asked of another year than the last answer's ("who was the sg in 2020" after Tirana 2025, was Rutte):
"The Rome article skips the hosts. Who organised it?" after Tirana is Rome's hosts (before: Tirana's); a cleft ("who
was it who said ...") points at nothing. A clause that points back itself keeps the message a follow-up."""

import pytest

from bot.answering.lookup import Lookup
from bot.answering.own_antecedent import names_its_own
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path


@pytest.fixture(scope="module")
def lookup():
    return Lookup(load_knowledge(default_knowledge_path()))


@pytest.mark.parametrize(("typed", "own"), [
    ("The Rome article skips the hosts. Who organised it?", True),
    ("the hague article leaves the date out - when did it actually happen?", True),
    ("I vaguely recall a remark that cyber risks exist in the physical world too, who made it?", True),
    ("who was it who said we are all in this together", True),  # a cleft
    ("is this quote official, can I put it in our ministry note?", False),  # "this quote": the last answer's
    ("and the conference in london later that year, when was it?", False),  # "that year": the last answer's
    ("it wasn't signed at the wales summit, was it", False),
    ("ok thanks. who organised it?", False),  # nothing named before
    ("in berlin, what did he say?", False),
    ("what about geoana, did he speak there too?", False),  # "there": still the last answer's gathering
    ("ok, working on a london explainer; when was the conference there?", True),  # "there": London
    ("visiting tallinn next month - did anything happen there?", True),
    ("thanks. what else happened there?", False),  # nothing named before "there"
    ("what is the pledge and when was it agreed?", True),  # "it": the pledge, one clause before
    ("when did nato adopt its first ever cyber defence policy?", True),  # "its": NATO's
    ("has nato formally attributed the attack on its websites?", True),
    ("and its theme?", False),
    ("the secretary general opened the berlin conference, didn't he?", True),  # "he": whoever held the role
    ("stoltenberg gave his rome speech as secretary general, correct?", True),  # "his": Stoltenberg's
    ("rutte in the room in tirana. he attended in person, correct?", True),  # the clause pointing is not the last
    ("and his role?", False),
    ("the NICC, what does that stand for? and when did it start?", True),  # named in a clause of its own
    ("ok. and what did he say, exactly?", False),
])
def test_whether_the_message_names_what_it_points_at(lookup, typed, own):
    assert names_its_own(typed, lookup) is own


@pytest.mark.parametrize(("typed", "first"), [
    ("The Rome article skips the hosts. Who organised it?", "rome-pledge-conference-2022"),
    ("the Cyber Coalition, how long has it been around?", "cyber-coalition"),  # named by its own name
    ("who was it who said we are all in this together", "stoltenberg-rome-2022-recommit"),
])
def test_after_another_gathering_the_message_s_own_thing_is_answered(conversation, typed, first):
    reply = conversation("when was the tirana conference?", typed)
    assert reply.items and reply.items[0].id == first and "Rutte" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("who was the sg in 2020", "jens-stoltenberg"),  # before: Mark Rutte, the SG of the Tirana answer
    ("what did the secretary general say at the 2022 pledge conference", "stoltenberg-rome-2022-contested-space"),
    ("did the secretary general give a speech at the rome pledge conference?", "rome-pledge-conference-2022"),  # Stoltenberg's
])
def test_a_role_asked_of_another_year_is_not_one_of_the_last_answer_s_people(conversation, typed, first):
    reply = conversation("when was the tirana conference?", typed)
    assert reply.items and reply.items[0].id == first and "Rutte" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "says"), [
    ("geoana addressed the hague conference on day two, did he?", "Geoană spoke on 17 May 2024"),  # before: "on which day Kajsa Ollongren spoke"
    ("Rutte in Tirana - that bit about investment, what did he say exactly", "Mark Rutte"),
])
def test_he_or_she_is_the_one_the_message_names(conversation, typed, says):
    reply = conversation("who is ollongren", typed)
    assert says in reply.title and "Ollongren" not in reply.title, reply.title


@pytest.mark.parametrize("first", ["who is ollongren", "what did stoltenberg say in berlin", "when was the tirana conference?"])
def test_them_after_an_answer_is_what_the_message_lists(conversation, first):
    reply = conversation(first, "which summits decided things on cyber, list them")
    assert reply.kind == "list" and "summits" in reply.title and "matching" not in reply.title, reply.title  # was "matching 'kajsa ollongren'"


def test_them_beside_a_person_pointing_back_still_lists_theirs(conversation):
    reply = conversation("who said we are all in this together", "which conferences did he speak at? list them")
    assert reply.kind == "list" and "Jens Stoltenberg spoke" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("ok, working on a vilnius explainer; when was the summit there?", "vilnius-summit-2023"),
    ("what is the pledge and when was it agreed?", "cyber-defence-pledge-2016"),
    ("when did stoltenberg's tenure end", "jens-stoltenberg"),  # "end": no rest of the last line asked
    ("what came after the tirana conference", None),  # nothing after it: an honest miss, no line of Rutte's
])
def test_after_a_list_of_quotes_a_question_of_its_own_is_answered(conversation, typed, first):
    reply = conversation("quotes rutte", typed)
    assert (reply.items[0].id if reply.items else None) == first and "Rutte said" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "says"), [
    ("who hosted it?", "hosted by Albania"),  # a line is not hosted: the gathering it was said at is
    ("who organised that?", "hosted by Albania"),
    ("and what was its theme?", "Core topics"),
])
def test_a_gathering_asked_after_a_line_is_the_one_it_was_said_at(conversation, typed, says):
    reply = conversation("who said no one stands alone", typed)
    assert says in reply.title, reply.title


@pytest.mark.parametrize("typed", ["and rutte, was he there?", "rutte - was he there?", "geoana: did he speak there?"])
def test_a_name_put_first_is_who_he_is(conversation, typed):
    reply = conversation("when was the tirana conference?", typed)
    assert reply.items and reply.items[0].id == "tirana-cyber-defence-conference-2025" and "2025" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "not_said"), [
    ("who is the secretary general?", "Geoană"),  # the Deputy Secretary General spoke there: no secretary general
    ("what did the secretary general say about china", "Geoană"),
    ("whos the secretary general", "Geoană"),
])
def test_a_deputy_is_not_the_office_he_is_deputy_of(conversation, typed, not_said):
    reply = conversation("who spoke at the hague conference?", typed)
    assert not_said not in reply.title and "secretary general" in reply.title.lower(), reply.title


def test_the_deputy_asked_is_the_deputy_who_spoke(conversation):
    reply = conversation("who spoke at the hague conference?", "and the deputy secretary general?")
    assert reply.items and reply.items[0].id == "mircea-geoana", reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("did the netherlands ever host a cyber defence pledge conference", "hague-pledge-conference-2024"),  # "host a": a verb
    ("any quotes from the dutch minister of defence?", "ollongren-hague-2024-stand-together"),  # "of defence": her title's
])
def test_a_country_s_one_is_read_whole(conversation, typed, first):
    reply = conversation("who spoke at the hague conference?", typed)
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("typed", "says"), [
    ("who posted the tirana article?", "published by Europe Diplomatic"),  # the article it names, asked as typed
    ("the op-ed claims it first ran on 8 july 2016 - what is its confirmed publication date?", "Defence News"),  # not the quote's article
])
def test_after_a_list_of_quotes_an_article_named_is_that_article(conversation, typed, says):
    reply = conversation("quotes rutte", typed)
    assert says in reply.title, reply.title


@pytest.mark.parametrize(("first", "typed", "says"), [
    ("what did stoltenberg say in berlin", "the op-ed's original headline in defence news - what was it?", "Defence News"),
    ("who is rutte", "the pledge's date - when was it?", "8 July 2016"),
])
def test_a_things_own_detail_put_first_is_what_it_stands_for(conversation, first, typed, says):
    reply = conversation(first, typed)
    assert says in reply.title, reply.title


def test_a_bare_detail_put_first_is_still_the_last_answers(conversation):
    reply = conversation("when was the tirana conference", "the venue, what was it?")
    assert "NATO Cyber Defence Conference 2025" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("ecole militaire: which cyber event took place there?", "paris-pledge-conference-2018"),
    ("the national cyber security centre - which event took place there, and when", "london-pledge-conference-2019"),
    ("lancaster house, what happened there?", "london-cyber-defence-conference-2024"),
])
def test_a_venue_put_first_is_where_there_is(conversation, typed, first):
    reply = conversation("what is the pledge", typed)  # not the pledge: "which event was held at Cyber Defence Pledge"
    assert reply.items and reply.items[0].id == first, reply.title


def test_there_after_a_chat_label_still_points_back(conversation):
    reply = conversation("when was the tirana conference", "Q: who spoke there?")
    assert reply.items[0].id == "tirana-cyber-defence-conference-2025" and "Rutte" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "says"), [
    ("how many cdcs have there been", "3 annual NATO Cyber Defence Conferences"),  # "there been": nowhere pointed at
    ("who hosted the first one?", "first"),  # a gathering's host: not the first speaker listed ("who hosted Kajsa Ollongren")
])
def test_after_a_list_of_speakers_a_series_question_is_the_series(conversation, typed, says):
    reply = conversation("who spoke at the hague conference?", typed)
    assert says in reply.title and "Ollongren" not in reply.title, reply.title
