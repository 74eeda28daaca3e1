"""Questions typed in a hurry: a misspelt verb ("who claimd it", "who hostd it"), chat shorthand ("frm", "ovr", "in nov"),
"where were they from" after an event whose summary says where its people came from, and "which french minister hosted X"
(the person, not the host country's reply). Asked of the real bot."""

import pytest

from adapters.text_render import render_text
from bot.answering.shorthand import spell_out_shorthand
from bot.answering.those_named import those_named
from bot.reply import ItemRef
from bot.request import Request
from tests.answers.scoring import is_miss
from tests.test_follow_up_asks import _asked_after


@pytest.mark.parametrize(("earlier", "question", "first", "word"), [
    ("what was the 2014 ddos on nato?", "who claimd it", "nato-websites-ddos-2014", "Berkut"),
    ("what was the 2014 ddos on nato?", "who claimd responsibility?", "nato-websites-ddos-2014", "Berkut"),
    ("the tirana conference", "who hostd it", "tirana-cyber-defence-conference-2025", "Albania"),
    ("the tirana conference", "who organisd it?", "tirana-cyber-defence-conference-2025", "Albania"),
    ("the protect the future photo of stoltenberg", "which countries were they from?", "protect-the-future-photo-2022", "Latvia"),
    ("stoltenberg with the young content creators", "frm which countries", "protect-the-future-photo-2022", "Hungary"),
    ("stoltenberg with the young content creators", "and where were they from", "protect-the-future-photo-2022", "Spain"),
    ("the nicc", "who set it up", "nato-integrated-cyber-defence-centre", "Washington"),  # "it": no person called "set it up"
])
def test_a_hurried_follow_up_is_asked_of_the_last_entry(bot, earlier, question, first, word):
    reply = _asked_after(bot, earlier, question, f"{earlier}>{question}")
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("event", "read"), [
    ("protect-the-future-photo-2022", "which countries were the people at stoltenberg meets young content creators protect the future campaign from"),
    ("rome-pledge-conference-2022", None),  # its summary says nobody came from anywhere: left to the other follow-up steps
])
def test_where_they_were_from_is_read_only_into_an_event_that_says(bot, event, read):
    assert those_named(bot.engine.lookup, "where were they from", ItemRef("event", event)) == read


@pytest.mark.parametrize(("typed", "first", "word"), [
    ("when did rutte take ovr from stoltenberg", "mark-rutte", "1 October 2024"),
    ("who hostd the tirana conference", "tirana-cyber-defence-conference-2025", "Albania"),
])
def test_a_dropped_letter_of_ed_and_chat_shorthand_are_read_in_a_first_question(bot, typed, first, word):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and word in render_text(reply), reply.title


@pytest.mark.parametrize(("typed", "read"), [
    ("the conf 2 yrs ago in nov which city", "the conference 2 years ago in november which city"),  # as normalised: no commas
    ("what happened in sept 2024", "what happened in september 2024"),
    ("anything from early oct", "anything from early october"),
    ("anything on 25 nov", "anything on 25 nov"),  # a day and its month: read as a date later
    ("in nov.5 they met", "in nov.5 they met"),
])
def test_a_month_cut_short_after_a_word_of_time_is_spelt_out(typed, read):
    assert spell_out_shorthand(typed) == read


def test_a_month_cut_short_is_a_constraint_honoured(first_item):
    assert first_item("the conf 2 yrs ago in nov, which city") == "london-cyber-defence-conference-2024"  # not May's in The Hague


@pytest.mark.parametrize(("typed", "person"), [
    ("which french minister hosted the first pledge conf", "florence-parly"),
    ("which italian minister co-hosted the rome pledge conference", "edmondo-cirielli"),
    ("which romanian min co hosted the hague conf", "luminita-odobescu"),
    ("which albanian leader opened the tirana conference", "edi-rama"),
])
def test_a_person_of_a_country_asked_as_the_host_comes_first(first_item, typed, person):
    assert first_item(typed) == person  # a host is a country; the minister is who stood for it


def test_a_person_asked_as_the_host_with_no_country_keeps_the_hosts_reply(first_item):
    assert first_item("which minister hosted paris 2018") == "paris-pledge-conference-2018"


@pytest.mark.parametrize(("typed", "read"), [
    ("nato made some cyber promise in warsaw", "nato made some cyber pledge in warsaw"),
    ("what promise did nato make", "what pledge did nato make"),
    ("the promise at the heart of the alliance", "the promise at the heart of the alliance"),  # a figure of speech
])
def test_a_pledge_called_a_promise(typed, read):
    assert spell_out_shorthand(typed) == read


@pytest.mark.parametrize(("typed", "person", "quote"), [
    ("did Luminița Odobescu say anything quotable", "luminita-odobescu", "odobescu-hague-2024-constant-evolution"),
    ("did odobescu say anything memorable?", "luminita-odobescu", "odobescu-hague-2024-constant-evolution"),
    ("has rutte said something interesting about money", "mark-rutte", "rutte-tirana-2025-stepping-up-investment"),
])
def test_words_asked_for_by_their_worth_are_the_persons_words(bot, typed, person, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert quote in [i.id for i in reply.items] and person in [i.id for i in reply.items], reply.title  # "quotable" is no topic


@pytest.mark.parametrize(("earlier", "question", "quote"), [
    ("hague 2024 pledge conf was co-hosted by which 2 countries?", "did they say anything quotable? the romanian one esp",
     "odobescu-hague-2024-constant-evolution"),
    ("the 2024 pledge conference in the hague", "did they say anything memorable? the romanian one in particular",
     "odobescu-hague-2024-constant-evolution"),
])
def test_the_one_named_after_a_they_question_is_who_it_asks_of(bot, earlier, question, quote):
    reply = _asked_after(bot, earlier, question, f"{earlier}>{question}")
    assert reply.items and reply.items[0].id == quote, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("what did stoltenberg ask allies to do at the rome conference", "rome-2022-call-to-recommit"),
    ("what has rutte asked allies to do", "rutte-2025-cyber-investment"),
])
def test_a_call_put_as_a_request_is_the_call(first_item, typed, first):
    assert first_item(typed) == first


@pytest.mark.parametrize(("typed", "first"), [
    ("cyber defence part of collective defence since which summit", "wales-2014-enhanced-cyber-defence-policy"),
    ("cyberspace an operational domain since what year", "cyberspace-domain-of-operations-2016"),
    ("the cyber defence pledge was made at what summit?", "cyber-defence-pledge-2016"),  # other asks put last: where they stand
])
def test_since_when_put_last_is_asked_first(first_item, typed, first):
    assert first_item(typed) == first


def test_n_for_and_opens_a_follow_up(bot):
    reply = _asked_after(bot, "nicc wat is it", "n where is it based", "nicc>n where")
    assert reply.items[0].id == "nato-integrated-cyber-defence-centre" and "Mons" in reply.title, reply.title


def test_a_run_of_letters_longer_than_any_word_is_never_guessed(bot):
    vocabulary = bot.engine.lookup.index.vocabulary
    assert vocabulary.correct("reload" * 20) is None  # its deletions took seconds; now a follow-up mends its words too
    assert vocabulary.correct("stoltenburg") == "stoltenberg"


@pytest.mark.parametrize(("earlier", "question", "first", "kind"), [
    ("tell me about the tirana conference", "who went", "tirana-cyber-defence-conference-2025", "answer"),
    ("tell me about the tirana conference", "and who attended?", "tirana-cyber-defence-conference-2025", "answer"),
    ("tell me about the tirana conference", "what did they say", "rutte-tirana-2025-working-against-us", "list"),
    ("the hague pledge conference", "and what did the speakers say?", "ollongren-hague-2024-stand-together", "list"),
])
def test_they_after_an_event_are_the_people_there(bot, earlier, question, first, kind):
    reply = _asked_after(bot, earlier, question, f"{earlier}>{question}")
    assert reply.kind == kind and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("earlier", "question"), [("quote stoltenbreg", "qoute rutte"), ("who is rutte", "qoute rutte")])
def test_a_misspelt_command_after_an_answer_still_gets_did_you_mean(bot, earlier, question):
    reply = _asked_after(bot, earlier, question, f"{earlier}>{question}")
    # the command meant, answered, with its "did you mean" (the follow-up's error once escaped as a bare usage reply)
    assert reply.kind == "answer" and reply.items[0].type == "quote" and "Did you mean “quote rutte”?" in render_text(reply), render_text(reply)
