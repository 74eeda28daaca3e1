"""A line asked for by its theme, the way a speechwriter asks: the line that best says it first; a check or a place is another route's."""


import pytest

from bot.answering.theme_words import theme_groups
from bot.request import Request


@pytest.fixture(scope="module")
def bot(bot_9_november):
    return bot_9_november


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("any good line on funding? the minister talks budgets on friday", "stoltenberg-rome-2022-recommit"),
        ("need something about money for a budget speech", "stoltenberg-rome-2022-recommit"),
        ("got anything on china? short please", "stoltenberg-berlin-2023-china-values"),
        ("a line on russia, ideally punchy", "stoltenberg-berlin-2023-russia-energy"),
        ("unity theme - something like 'we are never on our own'", "rutte-tirana-2025-no-one-stands-alone"),
        ("a quote about tech companies stepping in for ukraine?", "stoltenberg-berlin-2023-private-companies"),
        ("we want to say the hacking is constant, every single day. got a line for that?", "rutte-tirana-2025-working-against-us"),
        ("anything quotable on the grey zone between peace and war?", "stoltenberg-rome-2022-contested-space"),
        ("huawei / authoritarian vendors in our 5g networks - anything quotable?", "stoltenberg-berlin-2023-digital-backbone"),
        ("is there a line on solidarity from a minister rather than nato?", "ollongren-hague-2024-stand-together"),
        ("any line from the current secretary general on allies investing more?", "rutte-tirana-2025-stepping-up-investment"),
        ("something on cyber turning from a nuisance into a strategic challenge", "stoltenberg-oped-2016"),
        ("any line about the private sector for a tech summit speech?", "stoltenberg-berlin-2023-governments-and-private-sector"),
    ],
)
def test_a_theme_finds_the_line_that_says_it(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(
    "asked",
    [
        "any line from ursula von der leyen at the hague?",  # someone never quoted, at a place: the miss routes
        "got a quote from Edi Rama in Tirana?",
    ],
)
def test_a_speaker_never_quoted_is_not_given_another_line(bot, asked):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.kind == "not_found" or reply.title.startswith(("No ", "There is no", "Nothing"))


def test_theme_words_take_the_knowledge_s_words():
    assert any(g[0] == "alone" and "solidarity" in g for g in theme_groups("nobody is left on their own"))
    assert any("investment" in g for g in theme_groups("allies putting more into cyber"))
    assert theme_groups("got a good line for the minister s speech") == []


@pytest.mark.parametrize(
    ("asked", "name"),
    [
        ("Edi Rama gave a memorable line in Tirana, what was it?", "Edi Rama"),
        ("florence parly at the paris conference - any quote from her?", "Florence Parly"),
        ("kaja kallas quote from the 2021 pledge conference?", "Kaja Kallas"),
        ("need a quotable sentence from Pat McFadden", "Pat McFadden"),
    ],
)
def test_a_line_from_someone_never_quoted_is_an_honest_miss(bot, asked, name):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.title == f"There is no quote by {name} in the knowledge"
