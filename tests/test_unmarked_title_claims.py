"""What office a person held, stated with no mark at all ("geoana was nato secretary general"), as people type a
check in chat: checked like the same words with a question mark, never answered with the person's card alone or with
someone else. A statement with no office in it ("rutte was there") stays what it was."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "person", "verdict", "right"), [
    ("odobescu was the romanian prime minister at the hague", "luminita-odobescu", "No:", "Foreign Minister"),
    ("baerbock was german defence minister in 2023", "annalena-baerbock", "No:", "Foreign"),
    ("geoana was secretary general when he spoke at the hague", "mircea-geoana", "No:", "Deputy"),
    ("cirielli was italian deputy foreign minister in rome", "edmondo-cirielli", "Yes:", "Deputy Foreign Minister"),
    ("edi rama was albanian prime minister at tirana", "edi-rama", "Yes:", "Prime Minister"),
    ("jens stoltenberg was nato secretary general in 2022", "jens-stoltenberg", "Yes:", "Secretary General"),
])
def test_an_office_stated_with_no_mark_is_checked(bot, typed, person, verdict, right):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(verdict) and right in reply.title, reply.title
    assert person in [item.id for item in reply.items]


def test_a_short_statement_whose_verb_is_among_its_last_words_is_checked_too(bot):
    """"stoltenberg was secretary general?" was read as asked ("... was it?"): its "was" is the statement's own verb."""
    for typed in ("stoltenberg was secretary general?", "stoltenberg was sg"):
        reply = bot.handle(Request(typed, user=typed))
        assert reply.title.startswith("Yes: Jens Stoltenberg"), (typed, reply.title)


@pytest.mark.parametrize("typed", ["rutte was there", "rutte is dutch", "the sg was stoltenberg in 2020"])
def test_a_statement_with_no_office_or_no_name_first_is_not_read_so(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert not reply.title.startswith("No:"), reply.title
