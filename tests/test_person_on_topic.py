"""A person or a role, then "on", "re" or "about" and what about, with no verb and no noun ("rutte on investment?",
"sg on russian energy"): what that person (the role's holder when the line was said) said about it, or the honest
miss naming the topic; never the person's card, a nationality check ("rutte on iran" is no claim he is Iranian) or a
line that shares only the subject's own words ("cyber") with a topic the knowledge never names."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote", "speaker"), [
    ("stoltenberg on chinese tech?", "stoltenberg-berlin-2023-china-repression", "Jens Stoltenberg"),
    ("sg on russian energy", "stoltenberg-berlin-2023-russia-energy", "Jens Stoltenberg"),  # the holder then, not Rutte today
    ("rutte about investment?", "rutte-tirana-2025-stepping-up-investment", "Mark Rutte"),
    ("the dutch defence minister on solidarity", "ollongren-hague-2024-stand-together", "Kajsa Ollongren"),
    ("stoltenberg re article 5", "stoltenberg-berlin-2023-one-for-all", "Jens Stoltenberg"),
])
def test_a_speakers_line_on_a_topic(bot, typed, quote, speaker):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == quote and reply.title.startswith(speaker), reply.title


@pytest.mark.parametrize(("typed", "title"), [
    ("rutte on brazil", "No quote by Mark Rutte about “brazil”"),
    ("stoltenberg on iran cyber?", "No quote by Jens Stoltenberg about “iran cyber”"),  # not his lines holding "cyber"
    ("odobescu on ukraine", "No quote by Luminița Odobescu about “ukraine”"),  # not "is odobescu ukrainian"
    ("rutte on israel?", "No quote by Mark Rutte about “israel”"),
])
def test_a_topic_the_speaker_never_spoke_of_is_an_honest_miss(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title == title, reply.title


def test_how_someone_took_part_is_no_topic(bot):
    reply = bot.handle(Request("rutte on video?", user="u"))
    assert not reply.title.startswith("No quote"), reply.title
