"""Another year asked after an honest miss of a place that holds no event ("madrid summit 2022" missed, then "ok what
about the 2023 summit"): the last question asked of that year without the place, which was what missed; never the
same miss again ("I have no summit in Madrid in 2023"). A place that holds events keeps its place ("and the 2024 one?"
after the 2020 pledge conference missed is still of the pledge conferences)."""

import pytest

from bot.request import Request


#: (the question that missed, the follow-up naming another year): the entry the follow-up is answered with.
_ASKED = {
    ("when was the oslo summit 2022", "what about the 2024 summit"): "washington-summit-2024",
    ("who spoke at the madrid conference 2021?", "and the 2023 conference?"): "berlin-cyber-defence-conference-2023",
    ("lisbon summit 2010, where was it", "ok and the 2016 summit"): "warsaw-summit-2016",
    ("who hosted the 2020 pledge conference", "and the 2024 one?"): "hague-pledge-conference-2024",
}


@pytest.mark.parametrize("conversation", list(_ASKED))
def test_another_year_after_a_missed_place_is_asked_of_that_year(bot, conversation):
    missed, answered = (bot.handle(Request(text, user=" > ".join(conversation))) for text in conversation)
    assert (missed.kind, answered.kind) == ("not_found", "answer"), answered.title
    assert answered.items[0].id == _ASKED[conversation], (answered.title, [i.id for i in answered.items[:3]])
