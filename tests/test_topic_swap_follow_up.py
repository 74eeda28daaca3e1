"""After "what did X say about A", "and the B bit?" / "the part about B?" / "and on B?" asks what X said about B: X's
line on B first, or that X has none on it; never a line found by the words "the B bit", nor another speaker's."""

import pytest

from bot.request import Request

ASKED = "what did stoltenberg say about microsoft and starlink"
#: A follow-up to ASKED -> a line of his on that topic, among the first the reply shows.
HIS_LINE_ON = {
    "and the ethics bit?": "stoltenberg-berlin-2023-unethical",
    "what about the part on china": "stoltenberg-berlin-2023-china-values",
    "and on russia?": "stoltenberg-berlin-2023-russia-energy",
    "ok and the 5g stuff": "stoltenberg-berlin-2023-not-repeat-mistake",
}


def _after(bot, first: str, then: str):
    """The reply to ``then``, asked right after ``first`` in a conversation of its own."""
    for text in (first, then):
        reply = bot.handle(Request(text, user=f"{first}|{then}"))
    return reply


@pytest.mark.parametrize("then", HIS_LINE_ON)
def test_his_line_on_the_other_topic(bot, then):
    reply = _after(bot, ASKED, then)
    assert HIS_LINE_ON[then] in [i.id for i in reply.items][:3] and reply.items[0].id.startswith("stoltenberg-"), reply.title


def test_a_topic_he_never_spoke_on_is_said_so(bot):
    reply = _after(bot, "what did rutte say about investment", "and the ai bit?")
    assert reply.kind == "not_found" and reply.title == "No quote by Mark Rutte about “ai”", reply.title
