"""A chat user who keeps asking for more of the last answer: its whole ("full quote pls"), the same shorter ("in one
line"), the line said next ("more"), the article behind it ("which article says that", "who wrote it"), what else
happened that day, who announced a summit, and "why not 2020" of a series. Each asked after a real answer."""

import pytest

from bot.request import Request

CONTESTED = "who said cyber is a constantly contested space"
ALONE = "no one stands alone in nato - whose line is that"


def _after(bot, earlier, typed):
    user = f"{earlier}|{typed}"
    for asked in ([earlier] if isinstance(earlier, str) else earlier):
        bot.handle(Request(asked, user=user))
    return bot.handle(Request(typed, user=user))


@pytest.mark.parametrize("typed", ["the whole quote?", "can i get the full text", "in full please", "complete quote pls", "full statement"])
def test_the_whole_quote_asked_after_a_quote(bot, typed):
    reply = _after(bot, CONTESTED, typed)  # not "no quote matches 'full'"
    assert reply.kind == "answer" and reply.items[0].id == "stoltenberg-rome-2022-contested-space", reply.title


@pytest.mark.parametrize("typed", ["whole quote pls", "the entire quote", "full text?"])
def test_a_line_a_source_splits_is_given_whole(bot, typed):
    reply = _after(bot, ALONE, typed)
    assert reply.title.startswith("The whole sentence") and "rutte-tirana-2025-stand-together" in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize(("earlier", "first"), [
    ("what did they agree on cyber at vilnius", "vilnius-2023-cyber-defence-concept"),
    ("stoltenberg recommit quote", "stoltenberg-rome-2022-recommit"),
])
@pytest.mark.parametrize("typed", ["one line pls", "make it shorter", "tldr", "short version?", "summarise it"])
def test_the_same_answer_asked_shorter(bot, earlier, first, typed):
    reply = _after(bot, earlier, typed)  # not "ask me something"
    assert reply.kind == "answer" and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("typed", ["more", "more pls", "go on"])
def test_more_after_a_line_is_the_line_said_next(bot, typed):
    reply = _after(bot, ALONE, typed)
    assert reply.items[0].id == "rutte-tirana-2025-stand-together", reply.title


@pytest.mark.parametrize("typed", ["which article says that", "what report is that from?", "where did you read that", "says who?", "which source?"])
def test_the_article_behind_the_last_answer(bot, typed):
    reply = _after(bot, CONTESTED, typed)  # not the Wales summit's policy
    assert "src-rome-2022" in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize("typed", ["who wrote it", "when was it published?"])
def test_the_writer_of_the_article_a_quote_is_from(bot, typed):
    reply = _after(bot, ["what did ollongren say", "source?"], typed)
    assert "src-hague-2024" in [i.id for i in reply.items] and reply.kind == "answer", reply.title


@pytest.mark.parametrize("typed", ["what else happened that day?", "anything else on that date", "and what else happened on the same day"])
def test_what_else_happened_that_day(bot, typed):
    reply = _after(bot, CONTESTED, typed)
    assert reply.title == "On 10 November 2022" and reply.items[0].id == "rome-pledge-conference-2022", reply.title


@pytest.mark.parametrize("typed", ["who announced it?", "and who made the announcement", "who announced the date"])
def test_who_announced_the_summit(bot, typed):
    reply = _after(bot, "when was the vilnius summit", typed)  # not "nobody called 'announced the dates'"
    assert reply.items[0].id == "vilnius-dates-announcement-2022" and "jens-stoltenberg" in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize("typed", ["how come none in 2020?", "why not in 2020 then", "and why not 2020"])
def test_why_not_a_year_of_the_series(bot, typed):
    reply = _after(bot, "when was the 2021 pledge conference", typed)
    assert "postponed" in reply.title and "2020" in reply.title, reply.title


def test_a_year_after_her_card_is_of_the_series_she_hosted(bot):
    reply = _after(bot, ["who hosted the first pledge conference", "tell me more about her"], "and the 2019 one?")
    assert reply.items[0].id == "london-pledge-conference-2019", reply.title


@pytest.mark.parametrize("typed", ["is the quote even legit", "is the quote really verified"])
def test_a_check_of_no_words_is_no_search_for_its_filler(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not a quote holding "even"
    assert not reply.items or reply.items[0].type != "quote", reply.title
