"""Which day of the week: asked as a "when" question, answered with the weekday of the date given."""

import pytest

from bot.answering.topics.weekdays import as_when, asks_weekday, with_weekday
from bot.reply import Reply


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("what weekday was the rome conference", "when was the rome conference"),
        ("which day of the week did the summit start", "when was the summit"),  # its dates: the first day among them
        ("stoltenberg berlin speech which weekday", "stoltenberg berlin speech when"),
        ("what weekday did rutte take over as secretary general", "when did rutte take over as secretary general"),
        ("which weekday did the hague pledge conference wrap up on", "when was the hague pledge conference"),
        ("what day of the week did the warsaw summit end", "when was the warsaw summit"),
        ("the vilnius summit opened on a", "the vilnius summit when"),
        ("the rome conference started on which weekday", "the rome conference when"),
    ],
)
def test_a_weekday_question_is_asked_as_when(question, when):
    assert asks_weekday(question)
    assert as_when(question) == when


def test_a_week_that_asks_no_weekday_is_not_one():
    assert not asks_weekday("what happened in the week of the summit")


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Summit: 8–9 July 2016", "Summit: 8–9 July 2016 (Friday–Saturday)"),
        ("She spoke on 16 May 2024 (the conference)", "She spoke on 16 May 2024 (Thursday) (the conference)"),
        ("I have no conference in Oslo.", "I have no conference in Oslo."),  # no date: nothing to name
        ("On 31 February 2024", "On 31 February 2024"),  # no such day
    ],
)
def test_the_weekday_of_the_date_a_title_gives(title, named):
    assert with_weekday(Reply("answer", title)).title == named


@pytest.mark.parametrize(
    ("question", "first", "weekday"),
    [
        ("the warsaw summit opened on a ...?", "warsaw-summit-2016", "Friday"),
        ("so the tirana conference began on a...", "tirana-cyber-defence-conference-2025", "Thursday"),
        ("which weekday did the washington summit wrap up on?", "washington-summit-2024", "Thursday"),
        ("what day of the week did the wales summit end?", "wales-summit-2014", "Friday"),
        ("what weekday did stoltenberg take over as secretary general?", "jens-stoltenberg", "Wednesday"),
    ],
)
def test_the_weekday_asked_of_an_entry(bot_9_november, question, first, weekday):
    from bot.request import Request

    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert weekday in reply.title


@pytest.mark.parametrize("bare", ["what day of the week?", "and which weekday was that?", "day of the week?"])
def test_a_bare_weekday_ask_follows_up_the_last_event(bot_9_november, bare):
    from bot.request import Request

    bot_9_november.handle(Request("when was the london cyber defence conference in 2024?", user=f"bare-{bare}"))
    reply = bot_9_november.handle(Request(bare, user=f"bare-{bare}"))
    assert reply.items and reply.items[0].id == "london-cyber-defence-conference-2024", reply.title
    assert "Monday" in reply.title


@pytest.mark.parametrize(
    ("question", "first", "says"),
    [
        ("did the wales summit happen on a weekend?", "wales-summit-2014", ["Thursday–Friday"]),
        ("was the london 2024 conference on a weekday or weekend?", "london-cyber-defence-conference-2024", ["Monday"]),
        ("the nato websites ddos - did it fall on the weekend?", "nato-websites-ddos-2014", ["Saturday"]),
        ("stoltenberg's keynote in rome, what date + weekday?", "rome-pledge-conference-2022", ["10 November 2022", "Thursday"]),
        ("which weekday was rutte's video address to tirana?", "tirana-cyber-defence-conference-2025", ["9 October 2025", "Thursday"]),
        ("when was the warsaw summit and which weekday was that?", "warsaw-summit-2016", ["Friday"]),
    ],
)
def test_a_weekend_or_a_speech_s_weekday(bot_9_november, question, first, says):
    from bot.request import Request

    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert all(word in reply.title for word in says), reply.title


@pytest.mark.parametrize(
    ("claim", "opening", "says"),
    [
        ("pretty sure the warsaw summit was 7-8 june 2015, can u confirm weekday", "No", ["8–9 July 2016", "Friday"]),
        ("the hague pledge conference was 16-17 may 2024, check the weekday too", "Yes", ["Thursday–Friday"]),
        ("rutte was in tirana in person on friday 10 oct, right?", "No", ["Thursday 9 October 2025"]),
        ("stoltenberg spoke in rome on thursday 10 november, right?", "Yes", ["Thursday 10 November 2022"]),
    ],
)
def test_a_claimed_day_is_checked_with_its_weekday(bot_9_november, claim, opening, says):
    from bot.request import Request

    reply = bot_9_november.handle(Request(claim, user=claim))
    assert reply.title.startswith(opening), reply.title
    assert all(word in reply.title for word in says), reply.title
