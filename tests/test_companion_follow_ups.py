"""Bare follow-ups a student types: "who opened together with stoltenberg?" after an event (someone else, named by the
one beside them), "in which city?" or "at which event?" after a quote (where it was said). Asked of the real bot."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


def _asked_after(bot, earlier: str, question: str):
    user = f"{earlier}>{question}"
    bot.handle(Request(earlier, user=user))
    return bot.handle(Request(question, user=user))


@pytest.mark.parametrize(("earlier", "question", "word"), [
    ("when was the conference in berlin?", "and who opened together with stoltenberg?", "Baerbock"),
    ("when was the first annual cyber defence conference", "who opened it alongside stoltenberg", "Baerbock"),
    ("when was the berlin conference", "who spoke with stoltenberg?", "Baerbock"),
    ("when was the hague pledge conference?", "who co-hosted with the netherlands?", "Romania"),
    ("quando foi a conferencia de berlim?", "e quem abriu junto com o stoltenberg?", "Baerbock"),
])
def test_someone_named_beside_the_one_asked_for(bot, earlier, question, word):
    reply = _asked_after(bot, earlier, question)
    assert not is_miss(reply) and word in render_text(reply), (question, reply.title)


@pytest.mark.parametrize("question", ["in which city?", "at which event?", "in what country?", "on which day?", "em que cidade?"])
def test_where_a_quote_was_said_asked_bare(bot, question):
    reply = _asked_after(bot, "who said i call on allies to recommit to cyber defence", question)
    assert reply.items[0].id == "stoltenberg-rome-2022-recommit" and "Rome" in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("question", "word"), [("in which city?", "The Hague"), ("in which country?", "Netherlands"), ("on which day?", "16–17 May")])
def test_where_and_when_an_event_was_asked_bare(bot, question, word):
    reply = _asked_after(bot, "tell me about the 2024 pledge conference", question)
    assert reply.items[0].id == "hague-pledge-conference-2024" and word in render_text(reply), (question, reply.title)


@pytest.mark.parametrize("question", [
    "who opened the berlin conference together with stoltenberg?", "who opened the first annual cyber defence conference alongside jens stoltenberg",
    "who opened berlin 2023 with stoltenberg",
])
def test_the_other_opener_comes_first(first_item, question):
    assert first_item(question) == "annalena-baerbock"
