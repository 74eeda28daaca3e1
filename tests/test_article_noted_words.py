"""An article's own words in quotation marks that are no one's line (an outlet it credits, a leftover tag, a slip):
"is 'Defence News' spelt right in the op-ed?", "the oicanadian piece has '(tags for translation)' in it - what does that
mean?": the article, led by what the knowledge notes of those words, never "No quote in the knowledge says ..."."""

import pytest

from bot.request import Request

CASES = [  # what is typed, the entries that lead, words of the note that must lead the title
    ("is 'Defence News' spelt right in the op-ed?", ["stoltenberg-oped-2016", "src-oped-2016"], "Defense News"),
    ("why does the op-ed end with 'Defence News'? is that the real outlet?", ["stoltenberg-oped-2016", "src-oped-2016"], "Defense News"),
    ("the oicanadian piece has '(tags for translation)' in it - what does that mean?", ["src-berlin-2023"], "machine translation"),
    ("the op-ed says 'our forces can protect its citizens' - typo?", ["stoltenberg-oped-2016", "src-oped-2016"], "Small slips"),
]


@pytest.mark.parametrize(("typed", "lead", "noted"), CASES)
def test_an_articles_own_words_are_answered_from_its_notes(bot, typed, lead, noted):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][: len(lead)] == lead and noted in reply.title, (reply.title, reply.items)


def test_a_line_someone_said_stays_a_quote_check(bot):
    reply = bot.handle(Request("the berlin article writes 'They responded to direct requests for assistance from Kiev' - is that what he said?", user="u"))
    assert reply.items[0].id == "stoltenberg-berlin-2023-kiev-requests", reply.title
