"""Questions a Baltic security analyst asks (tables of phrasings per class, each answered by the entry it asks about)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


def _ask(bot, text):
    return bot.handle(Request(text, user=text))


@pytest.mark.parametrize("question, first", [
    ("exactly three years ago today - which NATO cyber conference opened?", "berlin-cyber-defence-conference-2023"),
    ("which NATO cyber conference opened 3 years ago today?", "berlin-cyber-defence-conference-2023"),
    ("what conference was held exactly 4 years ago today", "rome-pledge-conference-2022"),
    ("four years ago today, which conference took place?", "rome-pledge-conference-2022"),
    ("precisely 3 years ago today: what nato cyber event happened?", "berlin-cyber-defence-conference-2023"),
])
def test_a_kind_asked_of_a_day_counted_back_from_today(bot, question, first):
    reply = _ask(bot, question)
    assert first in [i.id for i in reply.items[:2]], reply.title  # that day's events, the announcement of 9 November 2022 too


@pytest.mark.parametrize("question, first, says", [
    ("NATO cyber rapid reaction teams - since when deployable?", "cyber-rapid-reaction-teams", "2013"),
    ("rapid reaction teams - when deployable?", "cyber-rapid-reaction-teams", "2013"),
    ("cyber RRTs, since when deployable?", "cyber-rapid-reaction-teams", "2013"),
    ("NICC - since when operational?", "nato-integrated-cyber-defence-centre", "2024"),
    ("malware sharing platform: since when available?", "malware-information-sharing-platform", "2016"),
])
def test_a_subject_then_since_when_it_is_in_a_state(bot, question, first, says):
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first, reply.title
    assert says in render_text(reply)
