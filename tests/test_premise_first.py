"""A premise stated before the question that rests on it, which the knowledge says is wrong: the correction first, never
an answer that takes it as given ("The Rome 2022 Pledge Conference was co-hosted by Italy and France. What was
France's role?" was the Paris 2018 conference's card). A premise the knowledge confirms leaves the question alone."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "opening"), [
    ("The Hague Pledge Conference was co-hosted by the Netherlands and Belgium. What did Belgium contribute?", "No: NATO Cyber Defence Pledge Conference 2024 was hosted by the Netherlands and Romania"),
    ("Rutte spoke in person in Tirana. What was his main message?", "No: Mark Rutte addressed NATO Cyber Defence Conference 2025 by video"),
    ("The Berlin conference was hosted by France. Why France?", "No: First annual NATO Cyber Defence Conference was hosted by Germany"),
    ("Edi Rama opened the Rome conference in 2022. What did he say there?", "Edi Rama is not among the speakers recorded at NATO Cyber Defence Pledge Conference 2022"),
])
def test_a_wrong_premise_is_corrected_first(bot, typed, opening):
    title = bot.handle(Request(typed, user=typed)).title
    assert title.startswith(opening), title


@pytest.mark.parametrize(("typed", "first"), [
    ("The Tirana conference was hosted by Albania. Who spoke there?", "tirana-cyber-defence-conference-2025"),
    ("After Berlin, I think London hosted the next one. When was it?", "london-cyber-defence-conference-2024"),
])
def test_a_premise_that_holds_leaves_the_question(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert not reply.title.startswith("No:") and reply.items[0].id == first, reply.title
