"""Someone in the news the knowledge never mentions, asked about with a gathering whose quotes fill more than a page
("macron speak at berlin conference? what he say"): the honest miss, never the gathering's quotes, whose pager command
("`quotes from macron speak at berlin ... page 2`") echoes the name but does not say it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "name"), [
    ("Macron speak at Berlin cyber conference? what he say", "Emmanuel Macron"),
    ("Scholz talk at the berlin conference? what did he said", "Olaf Scholz"),
    ("putin at berlin conference, what he say there", "Vladimir Putin"),
    ("did merkel speak in berlin 2023? and what she say", "Angela Merkel"),
])
def test_the_person_asked_about_is_missed_not_the_gatherings_quotes(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and name.split()[-1].lower() in reply.title.lower(), reply.title


def test_a_person_the_knowledge_holds_still_gets_the_gatherings_answer(bot):
    reply = bot.handle(Request("Stoltenberg speak at Berlin conference? what he say", user="u"))
    assert reply.kind != "not_found" and "Stoltenberg" in reply.title, reply.title
