"""Where or when a quote was said, asked back with the asker's forgetting after it ("where was that, i forgot", "when was
that again, cant remember", "which conference was that, i forget"): the quote's gathering and day, as the bare question
gets, never a miss about "that"."""

import pytest

FORGOTTEN = {
    ("who said no one stands alone", "when was that again, cant remember"): "tirana-cyber-defence-conference-2025",
    ("who said we must not repeat this mistake", "which conference was that, i forget"): "berlin-cyber-defence-conference-2023",
    ("who said cyber is a constantly contested space", "where was it said, i dont remember"): "rome-pledge-conference-2022",
}


@pytest.mark.parametrize("typed", FORGOTTEN)
def test_where_a_quote_was_said_asked_by_one_who_forgot(conversation, typed):
    reply = conversation(*typed)
    assert FORGOTTEN[typed] in [i.id for i in reply.items] and " said it at " in reply.title, reply.title
