"""A loose time a post gives, quoted beside a question about when ("post just says 'last autumn'", "the article only says
'this fall'"): the asker's note of what the post has, not words anyone said; the question is answered, never searched
for a quote holding "last autumn"."""

import pytest

from bot.request import Request

#: typed -> (the event answered, the date its title gives)
WHEN_ASKED = {
    "when was the tirana conference? the article only says 'this fall'": ("tirana-cyber-defence-conference-2025", "October 2025"),
    "when was the first annual conference? someone wrote 'earlier this year'": ("berlin-cyber-defence-conference-2023", "November 2023"),
    "dates of the hague pledge conference? a thread says 'last summer'": ("hague-pledge-conference-2024", "May 2024"),
}


@pytest.mark.parametrize("typed", sorted(WHEN_ASKED))
def test_the_question_is_answered_not_the_quoted_time(bot, typed):
    event, when = WHEN_ASKED[typed]
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [event] and when in reply.title and "No quote" not in reply.title, reply.title
