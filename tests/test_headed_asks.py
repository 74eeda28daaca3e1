"""Asks listed under a headline that names what they are about ("rome pledge conf: 1) when 2) who co-hosted"): each ask
answered of the headline's entry, never "which event?"; a person's card when each ask is one it answers; a headline
the knowledge lacks is said once ("I have no ..."), never answered with another entry."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("london pledge conference 2019:\n- date\n- venue\n- who spoke", "london-pledge-conference-2019", ["23 May 2019", "National Cyber Security Centre", "Stoltenberg"]),
    ("hague pledge conf 2024 - when - who hosted - any quotes", "hague-pledge-conference-2024", ["16–17 May 2024", "Netherlands and Romania", "2 quotes"]),
    ("berlin 2023 cyber conf: 1) who opened it 2) date", "berlin-cyber-defence-conference-2023", ["Baerbock", "9 November 2023"]),
    ("the paris pledge conference: 1) when was it 2) who hosted it", "paris-pledge-conference-2018", ["15 May 2018", "France"]),
    ("re the tirana conf: 1) was rutte there in person 2) what did he say", "tirana-cyber-defence-conference-2025", ["by video", "What Mark Rutte said"]),
])
def test_each_ask_is_answered_of_the_headline(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    rendered = " ".join([reply.title, *(str(b.text) for b in reply.blocks)])
    assert reply.items[0].id == first and all(w in rendered for w in says), rendered


@pytest.mark.parametrize(("typed", "person"), [
    ("edmondo cirielli: who is he / which conf", "edmondo-cirielli"),
    ("florence parly - role? - job title?", "florence-parly"),
])
def test_a_persons_card_answers_asks_it_holds(bot, typed, person):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == person and reply.title == bot.handle(Request(f"who is {person.replace('-', ' ')}", user="card")).title


@pytest.mark.parametrize(("typed", "missed"), [
    ("ottawa cyber summit 2025:\n- dates\n- who spoke", "I have no summit in Ottawa in 2025."),
    ("the madrid summit: 1) when 2) what was agreed on cyber", "I have no summit in Madrid."),
])
def test_a_headline_the_knowledge_lacks_is_said_once(bot, typed, missed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title == missed, reply.title


@pytest.mark.parametrize("typed", [
    "florence parly - french health minister, right?",  # a claim checked, not a list
    "berlin + tirana: dates & main nato speaker each",  # two subjects: split by ``several``
    "the conference at Tirana was 09/09/2025 - 10/09/2025, yes?",
])
def test_no_headline_no_list(typed):
    from bot.answering.headed_asks import headed_asks

    assert headed_asks(typed) is None
