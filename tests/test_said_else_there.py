"""What else someone said at a gathering: asked with the place or event ("what else did stoltenberg say in berlin"), the
lines said there, never every line of theirs with another gathering's first; asked after a quote ("what else did he
say there"), the speaker's one other line there rather than the line just shown again."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "event"), [
    ("what else did stoltenberg say in berlin", "berlin-cyber-defence-conference-2023"),
    ("what else did rutte say at the tirana conference", "tirana-cyber-defence-conference-2025"),
    ("what else has stoltenberg said in rome", "rome-pledge-conference-2022"),
])
def test_what_else_said_at_a_place_keeps_the_place(bot, typed, event):
    reply = bot.handle(Request(typed, user=typed))
    quotes = [bot.engine.lookup.knowledge.quotes[i.id] for i in reply.items if i.type == "quote"]
    assert quotes and all(q.event == event for q in quotes), (reply.title, [q.id for q in quotes])


@pytest.mark.parametrize("asked", ["what else did he say there", "and what else at that conference", "anything else he said there?"])
def test_what_else_said_there_after_a_quote_is_the_other_line(bot, asked):
    bot.handle(Request("who said cyber is a constantly contested space", user=asked))
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items[0].id == "stoltenberg-rome-2022-recommit", (reply.title, reply.items)


def test_what_else_said_with_no_place_is_every_line(bot):
    reply = bot.handle(Request("what else did rutte say", user="u"))
    assert reply.title == "4 quotes by Mark Rutte", reply.title
