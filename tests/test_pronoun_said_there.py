""""what did she say there" after an answer naming a man and a woman at a gathering: what the one person the pronoun fits
said there (or that the knowledge holds no words of hers there), never every line said there by someone else."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("after", "typed"), [
    ("who opened the berlin conference", "what did she say there"),
    ("who opened the first nato cyber defence conference?", "ok and what did she say there?"),
    ("who opened the 2023 cyber defence conference", "what did she talk about there"),
])
def test_she_there_is_the_one_woman_named(bot, after, typed):
    user = f"{after}|{typed}"
    bot.handle(Request(after, user=user))
    reply = bot.handle(Request(typed, user=user))
    assert "Baerbock" in reply.title and not any(i.id.startswith("stoltenberg-") for i in reply.items), reply.title


@pytest.mark.parametrize("typed", ["what did he say there", "and what did he say there?", "what did he mention there"])
def test_he_there_is_the_one_man_named(bot, typed):
    user = f"he|{typed}"
    bot.handle(Request("who opened the berlin conference", user=user))
    reply = bot.handle(Request(typed, user=user))
    assert "Jens Stoltenberg" in reply.title and all(i.type != "quote" or i.id.startswith("stoltenberg-") for i in reply.items), reply.title


def test_two_women_named_leave_every_line_said_there(bot):
    bot.handle(Request("who were the speakers at the 2024 pledge conference?", user="two-women"))
    reply = bot.handle(Request("what did she say there", user="two-women"))
    assert {"ollongren-hague-2024-stand-together", "odobescu-hague-2024-constant-evolution"} <= {i.id for i in reply.items}, reply.title


@pytest.mark.parametrize(("typed", "said"), [
    ("who opened berlin and what did she say", "There is no quote by Annalena Baerbock"),  # the seeds never quote her
    ("who opened the berlin conference and what did he say?", "What Jens Stoltenberg said"),
])
def test_asked_in_the_same_message_the_pronoun_is_the_one_it_fits(bot, typed, said):
    titles = [block.heading or block.text for block in bot.handle(Request(typed, user=typed)).blocks]
    assert any(said in (t or "") for t in titles), titles
