"""A co-host claimed after the event ("did italy host the rome conference together with france", Dutch "... samen met
Polen organiseerde") is a host claimed too: checked against the hosts the knowledge records, never a bare "Yes"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "verdict"), [
    ("did italy host the rome conference together with france?", "rome-pledge-conference-2022", "No: "),
    ("did the netherlands host the 2024 pledge conference with poland?", "hague-pledge-conference-2024", "No: "),
    ("klopt het dat Frankrijk de pledge conferentie 2018 samen met Duitsland organiseerde?", "paris-pledge-conference-2018", "No: "),
    ("did italy host the rome conference together with the united states?", "rome-pledge-conference-2022", "Yes: "),
    ("did the netherlands host the hague conference with romania?", "hague-pledge-conference-2024", "Yes: "),
])
def test_a_partner_named_after_the_event_is_a_host_claimed(bot, typed, first, verdict):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and reply.title.startswith(verdict), reply.title
