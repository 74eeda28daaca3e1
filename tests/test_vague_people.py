"""People remembered vaguely, as an older member of the public asks: by a country and a word for a person ("the
albanian fellow", "that lady from estonia"; "lady" or "man" keeps those the knowledge's own text calls "she" or "he",
and those it calls neither), a line remembered as someone "saying something about" it, and "dear" or "love" at the
end. Before: "There is nobody called 'the albanian fellow'", "There is no quote by 'that lady from estonia'", "nobody
called 'it dear'"; "what did the albanian lady say" was Edi Rama's."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "person"), [
    ("the Albanian fellow, who was he?", "edi-rama"),
    ("what did the romanian lady say", "luminita-odobescu"),
    ("who was that gentleman from italy?", "edmondo-cirielli"),
])
def test_the_one_person_of_a_country(bot, typed, person):
    reply = bot.handle(Request(typed, user=typed))
    assert person in {item.id for item in reply.items[:2]}, reply.title


def test_several_of_a_country_are_named_together(bot):
    reply = bot.handle(Request("that lady from Estonia, what did she say?", user="estonia"))
    assert reply.title.startswith("More than one fits") and {i.id for i in reply.items} == {"kaja-kallas", "kalle-laanet"}, reply.title


@pytest.mark.parametrize(("typed", "person"), [
    ("what did the dutch lady say?", "kajsa-ollongren"),  # not Rutte or Noorman, whom the knowledge calls "he"
    ("the Dutch woman, who is she", "kajsa-ollongren"),
])
def test_a_word_for_a_woman_or_a_man_narrows_by_the_knowledge_s_pronoun(bot, typed, person):
    reply = bot.handle(Request(typed, user=typed))
    assert {i.id for i in reply.items if i.type == "person"} == {person} and "Ollongren" in reply.title, reply.title


def test_a_word_for_a_woman_and_a_place_is_the_one_who_was_there(bot):
    reply = bot.handle(Request("what did the german woman say in berlin", user="berlin"))  # not "no quote by 'the german woman'"
    assert "Annalena Baerbock" in reply.title and reply.items[0].id == "annalena-baerbock", reply.title


def test_nobody_of_that_word_from_a_country_is_the_honest_miss(bot):
    reply = bot.handle(Request("what did the albanian lady say", user="albania"))  # not Edi Rama's card
    assert reply.kind == "not_found" and "Albania" in reply.title and "Rama" not in reply.title, reply.title


def test_nobody_of_a_country_is_the_honest_miss(bot):
    reply = bot.handle(Request("the turkish gentleman, what did he say", user="turkey"))
    assert reply.kind == "not_found" and "Turkey" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["I remember the NATO man saying something about all for one, who was it, dear?",
                                   "my husband remembers someone saying all for one and one for all, who was it, love?"])
def test_a_line_remembered_as_someone_saying_it(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == "stoltenberg-berlin-2023-one-for-all", reply.title


@pytest.mark.parametrize("typed", ["who was the romanian woman at the hague pledge conference", "who was the albanian guy at the tirana conference"])
def test_a_person_described_at_a_gathering_is_the_participants_route_s(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert not reply.title.startswith("More than one fits"), reply.title


def test_a_person_described_in_the_message_is_whom_its_he_means(bot):
    bot.handle(Request("who spoke at tirana", user="described"))  # the last answer names Rutte and Rama
    reply = bot.handle(Request("the italian gentleman, what did he say?", user="described"))
    assert reply.items and reply.items[0].id == "edmondo-cirielli", reply.title  # not "no quote by Edi Rama at Rome"


@pytest.mark.parametrize("typed", ["was there something in the news about hackers attacking NATO's websites some years back?",
                                   "was there news about hackers attacking nato websites a few years ago"])
def test_a_time_told_loosely_last_names_no_year(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "Nothing in the knowledge matches '... some years back'"
    assert reply.items and reply.items[0].id == "nato-websites-ddos-2014", reply.title


def test_how_many_years_ago_is_still_asked(bot):
    reply = bot.handle(Request("the pledge was agreed how many years ago", user="years"))
    assert "years ago" in reply.title and reply.items[0].id == "cyber-defence-pledge-2016", reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("Could you tell me in simple words what this cyber pledge business is all about?", "cyber-defence-pledge-2016"),
    ("what is this nicc thing all about", "nato-integrated-cyber-defence-centre"),
    ("in plain english, what is the nicc?", "nato-integrated-cyber-defence-centre"),
])
def test_a_thing_asked_about_in_everyday_words(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))  # not "Quote with 'in simple this cyber pledge business is all'"
    assert reply.items and reply.items[0].id == first, reply.title


def test_a_claim_heard_on_the_radio_is_checked(bot):
    reply = bot.handle(Request("I heard on the radio that the pledge was agreed in wales, is that right?", user="radio"))
    assert reply.title.startswith("No:") and reply.items[0].id == "cyber-defence-pledge-2016", reply.title
