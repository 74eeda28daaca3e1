"""A message typed in capitals throughout, or with emoji at its ends: read as if typed plainly. Asking every
public-table row again in capitals changed 67 of 4,761 answers for the worse ("WHO'S THE AUTHOR ..." -> "nobody called
'S THE AUTHOR ..."), with " 🙏" after it 36 ("sources 🙏" -> "No entry has the id 🙏"); 7 and 0 after. Chat spellings of the words a question is put in ("r",
"u", "wen", "abt"): 156 of 2,354 rows so typed worse before, 54 after ("wat" is left to the later steps that read it)."""

import pytest

from bot.answering.typed_form import plain_typed
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("WHO'S THE AUTHOR OF THE HAGUE ARTICLE", "who's the author of the Hague article"),
    ("AT VILNIUS I THINK, WHAT WAS AGREED", "at Vilnius I think, what was agreed"),  # "I" and places keep their capital
    ("sources 🙏", "sources"),
    ("🔥 events 2024", "events 2024"),
    ("thanks 👍🏽", "thanks"),
    ("NICC?", "NICC?"),  # one word in capitals: an acronym
    ("when was ROME", "when was ROME"),
    ("berlin 🙏 when was it", "berlin 🙏 when was it"),  # between words: a clause's end
    ("🙏", "🙏"),
    ("stoltenberg spoke at a conference in madrid, when??", "stoltenberg spoke at a conference in madrid, when?"),
    ("really?!?", "really?"),
    ("what? who?", "what? who?"),
    ("how reliable r the quotes u have?", "how reliable are the quotes you have?"),  # chat spellings, spelt out
    ("wen did ur bot learn abt the pledge", "when did your bot learn about the pledge"),
    ("what did the U.S. do", "what did the U.S. do"),  # not "you"
    ("r&d at nato", "r&d at nato"),
])
def test_the_plain_message(typed, read):
    assert plain_typed(typed) == read


def test_the_knowledges_acronyms_keep_their_capitals(bot):
    from bot.answering.acronyms import acronyms

    assert plain_typed("WHAT IS SHAPE", acronyms(bot.engine.lookup)) == "what is SHAPE"  # an acronym, not shapes
    assert plain_typed("TELL US ABOUT THE NICC", acronyms(bot.engine.lookup)) == "tell us about the NICC"  # "us" the word


@pytest.mark.parametrize(("typed", "first"), [
    ("WHO'S THE AUTHOR OF THE HAGUE ARTICLE", "roxana-stanica"),
    ("quotes stoltenberg page 2 🙏", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("WHEN WAS THE BERLIN CONFERENCE???", "berlin-cyber-defence-conference-2023"),
    ("wen was da warsaw summit", "warsaw-summit-2016"),
    ("r there quotes by ollongren", "ollongren-hague-2024-stand-together"),
])
def test_answered_as_if_typed_plainly(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind in ("answer", "list") and reply.items[0].id == first, reply.title


def test_a_question_mark_typed_twice_asks_once(bot):
    reply = bot.handle(Request("stoltenberg spoke at a conference in madrid, when??", user="u"))  # not "2 questions in your message"
    assert reply.kind == "not_found" and "Madrid" in reply.title, reply.title

