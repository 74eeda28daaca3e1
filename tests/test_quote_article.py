"""The article a quoted line comes from, asked for by its title, headline, name or link ("which article is 'X' from?",
"headline of the piece where Ollongren says 'X'"): that article's card, then the line; a speaker named who did not say
the words is corrected first. Never the line's trust verdict alone, nor 'I have no article about X'."""

import pytest

from bot.request import Request

CASES = [  # what is typed, the article that leads, the line that follows it, what the title must say
    ("which article is 'No one stands alone in NATO' from?", "src-tirana-2025", "rutte-tirana-2025-no-one-stands-alone", "Europe Diplomatic"),
    ("what's the url of the article where Stoltenberg says 'cyber is a constantly contested space'?", "src-rome-2022",
     "stoltenberg-rome-2022-contested-space", "rmndigital"),
    ("headline of the piece where Ollongren says 'it is imperative that we stand together'?", "src-hague-2024",
     "ollongren-hague-2024-stand-together", "Continuing NATO Cooperation"),
    ("which website published 'we must not repeat this mistake'?", "src-berlin-2023", "stoltenberg-berlin-2023-not-repeat-mistake", "oicanadian"),
    ("the title of the article in which Stoltenberg says 'No one stands alone in NATO'?", "src-tirana-2025",
     "rutte-tirana-2025-no-one-stands-alone", "Mark Rutte said it, not Jens Stoltenberg"),
]


@pytest.mark.parametrize(("typed", "article", "line", "said"), CASES)
def test_the_article_a_quoted_line_comes_from(bot, typed, article, line, said):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:2] == [article, line] and said in reply.title, (reply.title, reply.items)


def test_words_no_quote_holds_are_left_to_the_checks(bot):
    reply = bot.handle(Request("which article is 'cyberspace is the new frontline' from?", user="u"))
    assert not reply.items or reply.items[0].type != "source", reply.title
