"""The day of a person's speech, asked by the speech ("when was X's keynote in Y"), is when X spoke there."""

import pytest

from bot.answering.speech_dates import speech_date_asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("when was stoltenberg keynote in rome", "when did stoltenberg speak at rome"),
        ("when was rutte video address to the tirana conference", "when did rutte speak at the tirana conference"),
        ("when was baerbock opening speech in berlin", "when did baerbock speak at berlin"),
        ("when was the berlin conference", "when was the berlin conference"),  # no speech asked: as it is
        ("when was the keynote in rome", "when was the keynote in rome"),  # nobody named: as it is
    ],
)
def test_a_speech_s_day_is_asked_as_when_its_speaker_spoke(question, asked):
    assert speech_date_asked(question) == asked
