"""A statement reported of a named speaker, then "where's that from?" / "source?": whether and where that speaker said it,
with its source; never where the speaker is from ("Mark Rutte: Netherlands"), never a quote of someone else as theirs."""

import pytest

from bot.request import Request

#: What is typed -> the entry the reply leads with, and words of its title.
STATED = {
    "rutte says no one stands alone, where is that from": ("rutte-tirana-2025-no-one-stands-alone", "Mark Rutte said it"),
    "Stoltenberg said China is not our enemy - source?": ("stoltenberg-berlin-2023-china-values", "Stoltenberg said"),
    "stoltenberg claims no one stands alone in nato; where's that from?": ("rutte-tirana-2025-no-one-stands-alone", "not Jens Stoltenberg"),
    "nato says it stays defensive in cyberspace, where's that from": ("defensive-principles-2016", "defensive"),
    "the allies said cyberspace is a domain of operations - what's the source": ("cyberspace-domain-of-operations-2016", "domain"),
}


def _asked(bot, typed: str):
    return bot.handle(Request(typed, user=typed))


@pytest.mark.parametrize("typed", sorted(STATED))
def test_where_the_statement_comes_from(bot, typed):
    lead, says = STATED[typed]
    reply = _asked(bot, typed)
    assert reply.items and reply.items[0].id == lead and says in reply.title and "Netherlands" not in reply.title, reply.title


def test_a_report_of_an_unnamed_speaker_is_left_to_the_other_steps(bot):
    assert not _asked(bot, "my boss says rutte was in tirana, source?").title.startswith("Verified")
