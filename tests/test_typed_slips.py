"""Two neighbouring letters swapped in a word the steps look for, in a command's name or in its words: read as meant,
the way a question's misspelt words are ("when did stoltenberg's teunre end", "evenst 2023", "event paris cnoference")."""

import pytest

from bot.answering.pattern_words import words_of_patterns
from bot.request import Request


def test_a_patterns_whole_words_and_only_those():
    words = words_of_patterns([r"\b(?:panels?|sessions?)\b", r"clos(?:ing|ed) remarks", r"^(?:hello|hi) there$", r"\bwebcast\b"])
    assert words == {"panels", "panel", "sessions", "session", "remarks", "hello", "there", "webcast"}  # no "clos", no "hi"


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("when did stoltenberg's teunre end", "jens-stoltenberg", "until 1 October 2024"),
    ("has anybody ever hackde nato", "nato-websites-ddos-2014", "attack"),
    ("a cathcy line from ollongren", "ollongren-hague-2024-stand-together", "Kajsa Ollongren"),
])
def test_a_word_of_the_questions_typed_with_two_letters_swapped(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first and said in reply.title, reply.title


def test_a_command_name_with_two_letters_swapped_is_that_command_not_a_shorter_one(bot):
    reply = bot.handle(Request("evenst 2023", user="u"))  # "events", not "event" (one letter dropped is as near by ratio)
    assert reply.kind == "list" and reply.title == "2 events in 2023", reply.title


def test_a_misspelt_command_word_that_opens_a_question_answers_the_question(bot):
    reply = bot.handle(Request("peldge conf 2019?", user="u"))  # not "Unknown command 'peldge'"
    assert reply.items[0].id == "london-pledge-conference-2019", reply.title
    assert "Did you mean" in reply.blocks[0].text


@pytest.mark.parametrize(("typed", "missed"), [
    ("event oslo cnoference", "I have no conference in Oslo."),  # not the Rome conference
    ("sources lisbon smumit", "I have no summit in Lisbon."),  # not the Wales summit's sources
])
def test_a_commands_misspelt_words_keep_the_place_it_names(bot, typed, missed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title == missed, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("event paris cnoference", "paris-pledge-conference-2018"),
    ("who hotsed the tallinn pledge conference", "tallinn-pledge-conference-2021"),  # a question, not a person "hotsed"
])
def test_a_commands_misspelt_words_read_as_meant(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first, reply.title


def test_a_role_misspelt_in_a_quote_command_is_its_holder_today(bot):
    reply = bot.handle(Request("quote by the secretayr general", user="u"))  # not "no quote matches 'by the secretayr general'"
    assert reply.title == "Quote by Mark Rutte", reply.title


def test_a_commands_words_are_mended_only_for_swapped_letters(bot):
    reply = bot.handle(Request("event atlantis", user="u"))  # a place unknown, not "atlantic" (the Wales summit's council)
    assert reply.kind == "not_found", reply.title


def test_a_public_figure_typed_with_two_letters_swapped_is_named(bot):
    reply = bot.handle(Request("zelesnky nato cyber conference speech", user="u"))  # not a line of Stoltenberg's
    assert reply.title == "There is nobody called “Volodymyr Zelensky” in the knowledge", reply.title
