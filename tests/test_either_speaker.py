"""Whose line a quoted phrase is, asked as "A or B?"; "article 5" is no news article; a respelling asked of quoted words."""


import pytest

from bot.answering.contractions import spell_out_contractions
from bot.request import Request


@pytest.fixture(scope="module")
def bot(bot_9_november):
    return bot_9_november


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("the 'digital frontiers of our alliance' line, was that Ollongren or Odobescu?", "ollongren-hague-2024-stand-together"),
        ("the 'no one stands alone' line, was that rutte or stoltenberg?", "rutte-tirana-2025-no-one-stands-alone"),
        ("'cornerstone of a resilient and secure NATO' - Ollongren or Odobescu?", "odobescu-hague-2024-constant-evolution"),
        ("was 'more money, more expertise' Rutte or Stoltenberg?", "stoltenberg-rome-2022-recommit"),
    ],
)
def test_the_quoted_words_decide_whose_line_it_is(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(
    "asked",
    [
        "when did NATO actually agree cyber attacks could trigger Article 5?",
        "and when did nato really agree that a cyber attack can trigger article 5",
        "so when did the allies actually decide cyber attacks could invoke Article 5?",
        "When and where did NATO first agree that a cyber attack could trigger Article 5?",
        "where did the allies agree that cyber attacks could trigger article 5?",
    ],
)
def test_article_5_asks_the_decision_not_a_news_article(first_item, asked):
    assert first_item(asked) == "wales-2014-enhanced-cyber-defence-policy"


def test_a_hedge_after_who_agreed_is_dropped():
    assert spell_out_contractions("and when did nato actually agree x") == "and when did nato agree x"
    assert spell_out_contractions("did he actually say x") == "did he actually say x"


@pytest.mark.parametrize(
    "asked",
    ["Berlin quote says 'requests for assistance from Kiev'. ok if I write Kyiv?", "'assistance from Kiev' - can I use Kyiv instead?"],
)
def test_a_respelling_of_quoted_words_gets_the_note_on_them(bot, asked):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items[0].id == "stoltenberg-berlin-2023-kiev-requests" and "Kyiv" in reply.title


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("Who wrote that article about the Hague pledge conference with the Ollongren quote?", "roxana-stanica"),
        ("who wrote the piece on the hague conference that has the odobescu line?", "roxana-stanica"),
        ("who wrote the rome article with the stoltenberg quotes?", "src-rome-2022"),  # it names no author: the article itself
    ],
)
def test_an_article_named_by_the_quote_it_carries(first_item, asked, first):
    assert first_item(asked) == first


def test_a_draft_asked_fine_to_use_is_no_respelling(bot):
    reply = bot.handle(Request("draft: 'In the words of Rutte, cyberspace is a warzone already' - fine to use?"))
    assert reply.kind == "not_found"
