"""Two questions joined by "and", each opening with its own question word, are both answered however long each is."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("message, entries", [
    ("Who were the two ministers in the news about the Hague conference, and who spoke by video to the Tirana conference?",
     ["kajsa-ollongren", "tirana-cyber-defence-conference-2025"]),
    ("Two quick ones. Which ministers co-hosted the pledge conference in the Hague in 2024, and who spoke at Tirana?",
     ["hague-pledge-conference-2024", "tirana-cyber-defence-conference-2025"]),
    ("Where was the pledge conference in 2018 held in the end, and when was the Berlin conference?",
     ["paris-pledge-conference-2018", "berlin-cyber-defence-conference-2023"]),
    ("A couple of questions. When was the Paris conference and who spoke at the London conference in 2019?",
     ["paris-pledge-conference-2018", "london-pledge-conference-2019"]),
    ("what is the pledge and when did allies sign it", ["cyber-defence-pledge-2016"]),  # its actor and a plain verb: still asks
    ("what's the nicc and when did nato decide it", ["nato-integrated-cyber-defence-centre"]),
])
def test_each_long_question_is_answered(bot, message, entries):
    reply = bot.handle(Request(message, user=message))
    ids = [i.id for i in reply.items]
    assert "questions in your message" in reply.title and all(e in ids for e in entries), (reply.title, ids)


def test_a_year_counted_from_today_stays_with_what_it_names(bot):
    """"where is it" after "this year's cyber defence conference" asks of this year's (there is none), never of the
    latest one: before, the second part answered Tirana 2025's place, and the miss was said once per part."""
    reply = bot.handle(Request("what's on at this year's cyber defence conference, where is it", user="this year"))
    assert reply.kind == "not_found" and "2026" in reply.title and "tirana-cyber-defence-conference-2025" not in {i.id for i in reply.items}
    assert not any(block.heading == reply.title or block.text == reply.title for block in reply.blocks), reply.blocks
