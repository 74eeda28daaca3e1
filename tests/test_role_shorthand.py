"""Role shorthand and "now" words around a role (bot/answering/role_shorthand.py)."""

import pytest

from bot.answering.role_shorthand import spelt_out_roles, without_now_words


@pytest.mark.parametrize(("text", "expected"), [
    ("quotes by the sg", "quotes by the secretary general"),
    ("the albanian pm", "the albanian prime minister"),
    ("the dsg in 2021", "the deputy secretary general in 2021"),
    ("sgt pepper", "sgt pepper"),  # only whole words
])
def test_role_shorthand_is_spelt_out(text, expected):
    assert spelt_out_roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the current", "the"),
    ("today s on investment", "on investment"),
    ("the present on cyber", "the on cyber"),
    ("presents on china", "presents on china"),
    ("s on china", "s on china"),  # a possessive not after a "now" word stays
])
def test_words_that_only_say_now_are_dropped(text, expected):
    assert without_now_words(text) == expected
