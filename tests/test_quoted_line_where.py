"""A line named by its quoted words and its speaker, then only where or when asked ("rutte's 'no one stands alone' line -
where?", "ollongren 'we stand together' quote — exact wording and where"): the line and the occasion it was said at,
never the places its speaker spoke at nor a decision sharing its words; two places offered ("berlin or tirana?") ask
which of them, and neither is said first."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote", "said"), [
    ("rutte's 'no one stands alone' line - where?", "rutte-tirana-2025-no-one-stands-alone", "Tirana"),
    ("ollongren 'we stand together' quote — exact wording and where", "ollongren-hague-2024-stand-together", "The Hague"),
    ("stoltenberg's 'recommit' line - when?", "stoltenberg-rome-2022-recommit", "Rome"),
    ("odobescu's 'dynamic field' remark, where and when", "odobescu-hague-2024-constant-evolution", "The Hague"),
    ("'no one stands alone' - berlin or tirana?", "rutte-tirana-2025-no-one-stands-alone", "said it at"),
    ("'we stand together' — was that the hague or tirana?", "ollongren-hague-2024-stand-together", "said it at"),
    ("'nothing immoral' - rome or london?", "stoltenberg-berlin-2023-nothing-immoral", "in Rome or in London; Jens Stoltenberg said them at"),
])
def test_the_line_and_where_it_was_said(bot, typed, quote, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == quote and said in reply.title, (reply.title, [i.id for i in reply.items])
