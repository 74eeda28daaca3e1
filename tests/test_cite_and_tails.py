"""Whom to cite on a topic is who spoke about it; a remark after the question that names nothing is left out when the
whole message finds nothing; a politician of a country at a gathering is that country's party there; the kind of event
asked of a day comes first."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering import messages
from bot.answering.best_guess import first_question_only
from bot.answering.cite_asks import cite_asked
from bot.reply import Reply
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "read"), [
    ("who s the best person to cite on starlink helping ukraine", "who talked about starlink helping ukraine"),
    ("who should i quote on china", "who talked about china"),
    ("who is the right person to quote about investment", "who talked about investment"),
    ("any good voice to quote on solidarity", "who talked about solidarity"),
    ("who said no one stands alone", "who said no one stands alone"),  # asks who said it already
    ("what is the best quote on china", "what is the best quote on china"),
])
def test_whom_to_cite_is_who_talked_about_it(question, read):
    assert cite_asked(question) == read


@pytest.mark.parametrize(("typed", "speaker"), [
    ("who's the best person to cite on Microsoft, Amazon and Starlink helping Ukraine?", "Stoltenberg"),
    ("who should I quote on investment in cyber defence?", "Rutte"),
])
def test_whom_to_cite_gets_the_speaker(bot, typed, speaker):
    assert speaker in bot.handle(Request(typed, user=typed)).title


@pytest.mark.parametrize(("typed", "words"), [
    ("Can you explain Article 5 and what it has to do with cyber attacks? Keep it simple please, it's for 15 year olds.", "collective defence"),
])
def test_a_remark_naming_nothing_after_the_question_is_left_out(bot, typed, words):
    assert words in render_text(bot.handle(Request(typed, user=typed)))


@pytest.mark.parametrize(("typed", "retried"), [
    ("What is the pledge about? Keep it simple please, it's for 15 year olds.", "What is the pledge about?"),
    ("when was it? the oslo one", None),  # a place after the "?"
    ("who spoke there? ollongren maybe", None),  # a person
    ("any quote from her? I need a direct quote, not a summary", None),  # a further ask
    ("when was the rome conference?", None),  # nothing after the "?"
])
def test_a_miss_is_asked_again_up_to_its_first_question_mark_only_after_a_remark(bot, typed, retried):
    """``first_question_only`` with a stand-in answerer that records what it is asked: a plain miss is retried with the
    message up to its "?" only when what follows names and asks nothing."""
    asked = []

    def answer(lookup, text, today, whole=True):
        asked.append((text, whole))
        return Reply("answer", "found")

    miss = Reply("not_found", f"{messages.NOTHING_MATCHES} “…”")
    reply = first_question_only(bot.engine.lookup, miss, typed, dt.date(2026, 11, 9), answer)
    assert asked == ([(retried, False)] if retried else []) and reply.kind == ("answer" if retried else "not_found")


@pytest.mark.parametrize("typed", [
    "when was it? the oslo one",  # a place named after the question
    "Do you have Pat McFadden's exact words from Lancaster House? I need a direct quote, not a summary.",  # a second ask
])
def test_what_follows_the_question_is_kept_when_it_names_or_asks(bot, typed):
    assert is_miss(bot.handle(Request(typed, user=typed)))


@pytest.mark.parametrize(("typed", "person"), [
    ("which albanian politician spoke in tirana?", "Edi Rama"),
    ("which german politician was at the berlin conference?", "Annalena Baerbock"),
    ("were people from lithuania at the berlin conference?", "Greta Monika Tučkutė"),
    ("Waren auch Leute aus Litauen in Berlin?", "Greta Monika Tučkutė"),
])
def test_a_politician_of_a_country_at_a_gathering(bot, typed, person):
    assert person in bot.handle(Request(typed, user=typed)).title


@pytest.mark.parametrize(("typed", "entry"), [
    ("Which NATO cyber conference started exactly four years ago today?", "rome-pledge-conference-2022"),
    ("which conference was on 9 november 2022?", "rome-pledge-conference-2022"),
    ("what happened on 9 november 2022?", "vilnius-dates-announcement-2022"),  # no kind asked: the day's order
])
def test_the_kind_asked_of_a_day_comes_first(first_item, typed, entry):
    assert first_item(typed) == entry
