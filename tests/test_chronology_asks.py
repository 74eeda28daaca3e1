"""Which came first and how long after: orders asked in other words, and the time between two entries.

The pure rewrite on its own table; the whole path (a fresh bot, its reply's first entries) on another.
"""


import pytest

from bot.answering.compared_orders import as_compared
from bot.request import Request


def _ids(bot, text):
    return [i.id for i in bot.handle(Request(text, user=text)).items]  # a conversation each: no question follows up another


@pytest.mark.parametrize(
    ("typed", "put"),
    [
        ("did the rapid reaction teams predate cyber coalition or the other way round?", "did the rapid reaction teams come before or after cyber coalition?"),
        ("was the pledge before the ddos, or vice versa?", "was the pledge before or after the ddos?"),
        ("Did Berlin come after Vilnius or the reverse", "Did Berlin come before or after Vilnius?"),
        ("please put these in chronological order with dates: the warsaw pledge, the nicc, the ddos.", "sort chronologically: the warsaw pledge, the nicc, the ddos"),
        ("order these by date: rome 2022, paris 2018 and tirana 2025", "sort chronologically: rome 2022, paris 2018 and tirana 2025"),
        ("the nicc, the wales policy and the vilnius concept - oldest first please", "sort chronologically: the nicc, the wales policy and the vilnius concept"),
        ("anything between may 2024 and 2025 - conferences, summits - in date order please",
         "anything between may 2024 and 2025 - conferences, summits - in date order please"),  # a period asked, not entries named
        ("Before Rome 2022, how many pledge conferences had there been, and where?", "how many pledge conferences had there been before Rome 2022, and where?"),
        ("After Berlin 2023, which annual conferences followed?", "which annual conferences followed after Berlin 2023?"),
        ("since ollongren co-hosted the hague conference, what did she say", "since ollongren co-hosted the hague conference, what did she say"),  # since: because
        ("when was the wales summit?", "when was the wales summit?"),
    ],
)
def test_an_order_asked_in_other_words_is_put_as_a_comparison(typed, put):
    assert as_compared(typed) == put


@pytest.mark.parametrize(
    ("text", "first", "also"),
    [
        # an attack compared with another entry: the comparison, not the attack's who-was-behind answer
        ("Did the attack on NATO's websites come before or after the Wales summit?", "nato-websites-ddos-2014", "wales-summit-2014"),
        ("was the cyber berkut ddos earlier than the warsaw pledge", "nato-websites-ddos-2014", "cyber-defence-pledge-2016"),
        ("did the website attack happen after the first cyber coalition?", "cyber-coalition-2008", "nato-websites-ddos-2014"),
        # "or the other way round"
        # (the entry asked about leads, as the title does: "the Warsaw pledge was after the Wales policy")
        ("did the warsaw pledge predate the wales policy or the other way round?", "cyber-defence-pledge-2016", "wales-2014-enhanced-cyber-defence-policy"),
        ("was berlin 2023 before the vilnius concept or vice versa", "berlin-cyber-defence-conference-2023", "vilnius-2023-cyber-defence-concept"),
        # the entries first, then "which came first, and how far apart"
        ("The Wales summit and the Warsaw summit: which came first, and how many years apart were they?", "wales-summit-2014", "warsaw-summit-2016"),
        ("the nicc decision and the tirana conference - which was first, and by how much?", "nicc-2024", "tirana-cyber-defence-conference-2025"),
        # put in order
        ("Put these in chronological order: the NICC decision, the Warsaw pledge, the 2014 DDoS", "nato-websites-ddos-2014", "cyber-defence-pledge-2016"),
        ("can you sort these by date, please: Tirana 2025, Paris 2018, Rome 2022", "paris-pledge-conference-2018", "rome-pledge-conference-2022"),
    ],
)
def test_which_came_first_asked_many_ways(bot, text, first, also):
    ids = _ids(bot, text)
    assert ids[:1] == [first] and also in ids


@pytest.mark.parametrize(
    ("text", "first", "also", "words"),
    [
        # "how long after X did Y": Y is asked about
        ("How long after the Cyber Defence Pledge did the first pledge conference take place?", "paris-pledge-conference-2018", "cyber-defence-pledge-2016", "1 year and 10 months"),
        ("how many years after the wales summit was the warsaw pledge issued?", "cyber-defence-pledge-2016", "wales-summit-2014", "1 year and 10 months"),
        # a decision put as who decided it: the decision
        ("How many years after the Warsaw pledge did allies agree to set up the NICC?", "nicc-2024", "cyber-defence-pledge-2016", "8 years"),
        ("how long after the wales summit did nato decide to establish the integrated cyber defence centre", "nicc-2024", "wales-summit-2014", "years"),
        # "the first" of a series that is not a conference
        ("how many years between the first cyber coalition and the wales summit", "cyber-coalition-2008", "wales-summit-2014", "years"),
        ("how many years lie between the first Cyber Coalition and the first annual Cyber Defence Conference?", "cyber-coalition-2008", "berlin-cyber-defence-conference-2023", "15 years"),
    ],
)
def test_time_between_two_entries(bot, text, first, also, words):
    reply = bot.handle(Request(text))
    ids = [i.id for i in reply.items]
    assert ids[:1] == [first] and also in ids and words in reply.title


@pytest.mark.parametrize(
    "text",
    [
        "How many years ago, counting from today, was the Warsaw summit?",
        "how many years ago, counted from today, was the warsaw summit",
        "how long ago was the warsaw summit, from today's date?",
        "how long ago was the warsaw summit, as of today?",
    ],
)
def test_where_a_span_is_counted_from_is_an_aside(bot, text):
    reply = bot.handle(Request(text))
    assert [i.id for i in reply.items][:1] == ["warsaw-summit-2016"] and "10 years" in reply.title
