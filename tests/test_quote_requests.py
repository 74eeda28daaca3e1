"""A line asked for as a team lead asks in chat: called a bit or a passage, handed over ("can you paste it?"),
or remembered as a line someone had ("X had a good line in Y, what was it?"). Each phrasing finds the line, or is an
honest miss when the speaker has none on record there."""

import pytest

from bot.answering.hand_over import without_hand_over
from bot.request import Request
from tests.answers.scoring import is_miss

CALLED_A_BIT = [
    ("the nothing immoral bit - exact words?", "stoltenberg-berlin-2023-nothing-immoral"),
    ("the _nothing immoral_ bit - exact words pls", "stoltenberg-berlin-2023-nothing-immoral"),
    ("the one for all passage - verbatim?", "stoltenberg-berlin-2023-one-for-all"),
    ("that money bit from rome - exact words pls", "stoltenberg-rome-2022-recommit"),
    ("rutte's investment soundbite?", "rutte-tirana-2025-stepping-up-investment"),
]
HANDED_OVER = [
    ("need Stoltenberg's exact recommit line from Rome for the deck, can you paste it?", "stoltenberg-rome-2022-recommit"),
    ("Rutte's investment quote from Tirana - pls send it over", "rutte-tirana-2025-stepping-up-investment"),
    ("the ollongren quote from the hague, could you copy-paste it here?", "ollongren-hague-2024-stand-together"),
    ("odobescu's line at the hague. paste it pls :pray:", "odobescu-hague-2024-constant-evolution"),
    ("paste the ollongren quote from the hague pls", "ollongren-hague-2024-stand-together"),
]
SOMEONE_HAD = [
    ("Rutte had a line about investment in Tirana, what was it?", "rutte-tirana-2025-stepping-up-investment"),
    ("Odobescu made a point about evolution at the Hague, what was it?", "odobescu-hague-2024-constant-evolution"),
    ("Stoltenberg made a point about SACEUR in Berlin - what was it?", "stoltenberg-berlin-2023-saceur-authority"),
    ("Stoltenberg had a quote about china in Berlin, what was it?", "stoltenberg-berlin-2023-china-values"),
]


HOW_IT_OPENED = [
    ("how did Stoltenberg open his Berlin speech?", "stoltenberg-berlin-2023-welcome"),
    ("how did stoltenberg begin his keynote in rome?", "stoltenberg-rome-2022-contested-space"),
    ("how did ollongren open her remarks at the hague", "ollongren-hague-2024-stand-together"),
]


@pytest.mark.parametrize("question, first", CALLED_A_BIT + HANDED_OVER + SOMEONE_HAD + HOW_IT_OPENED)
def test_a_line_asked_for_in_chat_is_found(bot_9_november, question, first):
    """A bit or passage, handed over ("can you paste it?"), a line someone had, how a speech opened: the line itself."""
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("text, kept", [
    ("need the rome line, can you paste it?", "need the rome line"),
    ("the hague quote - pls send it over", "the hague quote"),
    ("can you paste the rome quote?", "can you paste the rome quote?"),  # the request itself names what it wants
    ("when was rome", "when was rome"),
])
def test_only_a_last_clause_handing_it_over_is_dropped(text, kept):
    assert without_hand_over(text) == kept


@pytest.mark.parametrize("question, named", [
    ("any good quotes from rutte?", {"rutte-tirana-2025-stepping-up-investment", "rutte-tirana-2025-no-one-stands-alone"}),
    ("got any juicy quotes from the hague?", {"ollongren-hague-2024-stand-together", "odobescu-hague-2024-constant-evolution"}),
    ("what's a good quote from tirana?", {"rutte-tirana-2025-no-one-stands-alone"}),
    ("what are some lines from rutte", {"rutte-tirana-2025-stepping-up-investment"}),
])
def test_quotes_praised_or_asked_as_one_are_listed(bot_9_november, question, named):
    reply = bot_9_november.handle(Request(question, user=question))
    assert named <= {i.id for i in reply.items}, reply.title


@pytest.mark.parametrize("question", [
    "Edi Rama had a good line in Tirana, what was it exactly?",
    "McFadden had a great line in London, what was it?",
    "Stoltenberg had a quote about quantum computing in Berlin, what was it?",
])
def test_a_line_nobody_recorded_is_an_honest_miss(bot_9_november, question):
    assert is_miss(bot_9_november.handle(Request(question, user=question)))



@pytest.mark.parametrize("question", ["Rutte quote about China from Tirana?", "rutte quote on russia from tirana",
                                      "stoltenberg quote on quantum computing from rome"])
def test_a_speakers_line_on_another_country_at_a_gathering_is_that_or_a_miss(bot_9_november, question):
    """A country other than the gathering's is a topic asked ("china"), not where the line was said: no other line of his there."""
    assert is_miss(bot_9_november.handle(Request(question, user=question)))
