""""who is <person> and which/what/where ... did he or she ...": the person's card, then the second question asked of
that person ("he" their name), never a miss about "<person> and which conferences did he speak at"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed, person, event", [
    pytest.param("who is edi rama and where did he speak", "edi-rama", "tirana-cyber-defence-conference-2025", id="where"),
    pytest.param("who is mircea geoana and which conferences did he speak at", "mircea-geoana", "hague-pledge-conference-2024", id="which"),
    pytest.param("who is pat mcfadden and where did he speak?", "pat-mcfadden", "london-cyber-defence-conference-2024", id="marked"),
])
def test_the_second_question_is_asked_of_the_person(bot, typed, person, event):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title == "2 questions in your message, each answered", reply.title
    assert reply.items[0].id == person and event in {i.id for i in reply.items}, reply.items


def test_the_persons_line_says_who_they_are(bot):
    reply = bot.handle(Request("who is mircea geoana and which cyber conferences did he speak at", user="line"))
    assert "Deputy Secretary General" in str(reply.blocks[0].text), reply.blocks[0].text
