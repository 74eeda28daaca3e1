"""'The very first one', 'the very last conference': the first, the last; 'the first one' after a clause in which the
asker names the series ("I keep a list of the Pledge conferences"): the first of that series."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("question, entry", [
    ("I'm listing the Pledge conferences. When and where was the very first one held?", "paris-pledge-conference-2018"),
    ("About the Pledge conferences: when and where was the very first one held?", "paris-pledge-conference-2018"),
    ("where was the very first pledge conference?", "paris-pledge-conference-2018"),
    ("when was the very first annual nato cyber defence conference?", "berlin-cyber-defence-conference-2023"),
    ("which was the very last pledge conference?", "hague-pledge-conference-2024"),
    ("I keep a list of the Pledge conferences. Where was the very first one held?", "paris-pledge-conference-2018"),
    ("I've been drawing up a table of the annual cyber defence conferences. Where was the first one?", "berlin-cyber-defence-conference-2023"),
    ("I've been trying to draw up a little table of all these Pledge conferences. When was the second one?", "london-pledge-conference-2019"),
])
def test_very_is_only_emphasis(bot, question, entry):
    reply = bot.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == entry, reply.title
