"""A person's role asked "at the pledge conference" (a series named by its kind alone, no year or place) when they
were at one edition only: their role at that edition, named with its date, never at another edition they were not at."""

import pytest

from bot.request import Request

ASKED_AT_THE_EDITION_THEY_WERE_AT = {
    "what was parly's role at the pledge conference?": "paris-pledge-conference-2018",
    "which office did florence parly hold at the cyber defence pledge conference": "paris-pledge-conference-2018",
    "what post did pat mcfadden hold at the cyber defence conference?": "london-cyber-defence-conference-2024",
    "tuckute's position at the nato cyber defence conference?": "berlin-cyber-defence-conference-2023",
}


@pytest.mark.parametrize("typed", sorted(ASKED_AT_THE_EDITION_THEY_WERE_AT))
def test_the_role_at_the_edition_they_were_at(bot, typed):
    edition = ASKED_AT_THE_EDITION_THEY_WERE_AT[typed]
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].type == "person" and edition in [item.id for item in reply.items], reply.title
    assert edition[-4:] in reply.title, reply.title
