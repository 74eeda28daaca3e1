"""One person checked at several gatherings named ("was X at both A and B", "which of A, B and C did X not speak at"), or
several people at one ("did both X and Y speak at A"): each gathering or person said one by one, never only the first one
named, never a person presented as a speaker where the knowledge does not record them."""

import pytest

from bot.request import Request


def _ids(reply) -> list[str]:
    return [item.id for item in reply.items]


@pytest.mark.parametrize(("typed", "person", "events"), [
    ("did geoana speak at both tallinn 2021 and the hague 2024?", "mircea-geoana",
     ["tallinn-pledge-conference-2021", "hague-pledge-conference-2024"]),
    ("Rome 2022 and Berlin 2023 - was Stoltenberg at both?", "jens-stoltenberg",
     ["rome-pledge-conference-2022", "berlin-cyber-defence-conference-2023"]),
    ("was stoltenberg both the writer of the 2016 op-ed and a speaker at berlin?", "jens-stoltenberg",
     ["stoltenberg-oped-2016", "berlin-cyber-defence-conference-2023"]),
])
def test_a_person_at_both_gatherings(bot, typed, person, events):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("Yes") and _ids(reply)[:3] == [person, *events], reply.title


@pytest.mark.parametrize(("typed", "absent"), [
    ("was kallas at both the tallinn conference and the hague one?", "NATO Cyber Defence Pledge Conference 2024"),
    ("did rutte attend both berlin and tirana", "First annual NATO Cyber Defence Conference"),
])
def test_a_person_at_only_one_of_two(bot, typed, absent):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No, not both") and f"not among the speakers recorded at {absent}" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "away", "there"), [
    ("which of rome, berlin and tirana did stoltenberg not attend?", ["tirana-cyber-defence-conference-2025"],
     "rome-pledge-conference-2022"),
    ("out of paris, london 2019, tallinn and the hague, which did geoana not speak at?",
     ["paris-pledge-conference-2018", "london-pledge-conference-2019"], "hague-pledge-conference-2024"),
    ("which one did rutte never speak at: berlin, london 2024 or tirana?",
     ["berlin-cyber-defence-conference-2023", "london-cyber-defence-conference-2024"], "tirana-cyber-defence-conference-2025"),
])
def test_which_of_several_a_person_did_not_speak_at(bot, typed, away, there):
    reply = bot.handle(Request(typed, user=typed))
    assert _ids(reply)[:len(away)] == away and there in _ids(reply), reply.title
    assert "is not among the speakers recorded at" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "lead", "event"), [
    ("did both rutte and stoltenberg speak at berlin?", "No, not both", "berlin-cyber-defence-conference-2023"),
    ("were ollongren and odobescu both at the hague conference", "Yes", "hague-pledge-conference-2024"),
    ("did stoltenberg and mcfadden both speak in london 2024", "No, not both", "london-cyber-defence-conference-2024"),
])
def test_several_people_at_one_gathering(bot, typed, lead, event):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(lead) and _ids(reply)[0] == event, reply.title


def test_a_gathering_not_held_is_the_honest_miss(bot):
    reply = bot.handle(Request("was geoana at both tallinn 2021 and the 2019 hague conference?", user="u"))
    assert reply.kind == "not_found" and "Yes" not in reply.title, reply.title
