"""A role claimed to end ("until 2025") or begin ("since 2023") in a year is checked against the role's own dates: "No:
X was <role> until <day>", with who held it next (or before), never "No: X was <role> in 2025" (a role he did not hold
then, put as if he did) nor an event of that year."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "verdict", "said", "named"), [
    ("is it true that stoltenberg was nato secretary general until 2023", "No", "until 1 October 2024", "mark-rutte"),
    ("Stoltenberg was secretary general till 2025, correct?", "No", "until 1 October 2024", "mark-rutte"),
    ("jens stoltenberg was sg up to 2024, right?", "Yes", "until 1 October 2024", "mark-rutte"),
    ("is it true that mark rutte is secretary general since 2023", "No", "since 1 October 2024", "jens-stoltenberg"),
    ("Rutte has been secretary general since 2024, no?", "Yes", "since 1 October 2024", "jens-stoltenberg"),
])
def test_the_bound_of_a_role_is_checked(bot, typed, verdict, said, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(f"{verdict}:") and said in reply.title, reply.title
    assert named in [i.id for i in reply.items]
    assert " in 2025" not in reply.title and " in 2023" not in reply.title
