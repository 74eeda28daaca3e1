"""Dash-flags and other bots' prefixes typed with a command are read by what they name (bot.answering.command_flags)."""

import pytest

from bot.answering.command_flags import as_event_words, read_flags, spell_out_flags
from bot.answering.parse import parse
from bot.request import Request


@pytest.mark.parametrize(("name", "typed", "spelt"), [
    ("quote", "-s rutte --topic investment", ("quote", "rutte about investment")),
    ("quote", "--speaker ollongren", ("quote", "ollongren")),
    ("quote", "--author=odobescu", ("quote", "odobescu")),
    ("quote", "--by stoltenberg --event berlin welcome", ("quote", "stoltenberg from berlin welcome")),
    ("quote", "--kw kinetic -s stoltenberg", ("quote", "stoltenberg about kinetic")),
    ("quotes", "-s stoltenberg -y 2023", ("quotes", "stoltenberg 2023")),
    ("events", "--year 2024", ("events", "2024")),
    ("events", "--since 2024", ("events", "since 2024")),
    ("events", "-y 2023", ("events", "2023")),
    ("pledges", "--year 2024", ("pledges", "2024")),
    ("pledge", "nicc --date", ("pledge", "nicc")),
    ("event", "rome --hosts", (None, "who hosted rome")),
    ("event", "tirana --speakers", (None, "who spoke at tirana")),
    ("event", "berlin --date", (None, "when was berlin")),
    ("event", "hague --when --where", (None, "when and where was hague")),
    ("event", "london --hosts --speakers", (None, "who hosted london and who spoke at london")),
    ("event", "pledge --year 2023 --host", (None, "who hosted pledge conference 2023")),
    ("event", "pledge --latest", ("event", "latest pledge")),
    ("events", "--kind summit", ("events", "summit")),
    ("events", "--place london", ("events", "london")),
    ("search", "--q saceur", ("search", "saceur")),
    ("who", "--name geoana", ("who", "geoana")),
    ("quote", "--random", ("quote", "")),
    ("quote", "--random rutte", ("quote", "rutte")),
    ("quotes", "rutte -p 2", ("quotes", "rutte page 2")),
    ("event", "tirana --sources", ("sources", "tirana")),
    ("event", "rome --quotes", ("quotes", "from rome")),
    ("events", "--latest", (None, "the latest event")),
    ("events", "--first", (None, "the earliest event")),
    ("events", "pledge --latest", (None, "the latest pledge conference")),
    ("quote", "rutte london-2024", ("quote", "rutte london-2024")),  # a dash inside a word is no flag
])
def test_flags_spelt_out(name, typed, spelt):
    assert spell_out_flags(name, typed) == spelt


def test_flags_read_with_their_values():
    assert read_flags("rome --hosts --year 2022") == ("rome", [("hosts", ""), ("year", "2022")])
    assert read_flags("pledge wales 2014 -> what") == ("pledge wales 2014 -> what", [])


@pytest.mark.parametrize(("text", "name", "args"), [
    ("quote -s ollongren", "quote", "ollongren"),
    ("!quote recommit", "quote", "recommit"),
    ("?quote --by odobescu", "quote", "odobescu"),
    (".events --year 2024", "events", "2024"),
    ("!cyberbot quote -s rutte", "quote", "rutte"),
    ("?cyberbot events 2025", "events", "2025"),
    ("cyberbot events 2025", "events", "2025"),
    ("?nicc --location", None, ""),  # no command's word after the prefix: a question
    ("?event rome --hosts", None, ""),  # the question the flag asks
])
def test_prefixes_and_flags_parsed(text, name, args):
    command = parse(text)
    assert (command.name, command.args) == (name, args)


@pytest.mark.parametrize(("text", "event"), [
    ("pledge 2023", "pledge conference 2023"),
    ("latest pledge", "latest pledge conference"),
    ("warsaw pledge", "warsaw pledge"),  # the summit where it was agreed
    ("pledge conf 2019", "pledge conf 2019"),
])
def test_pledge_alone_names_the_conference(text, event):
    assert as_event_words(text) == event


@pytest.mark.parametrize(("question", "first", "says"), [
    ("event rome --hosts", "rome-pledge-conference-2022", "Italy"),
    ("event berlin --speakers", "berlin-cyber-defence-conference-2023", "Baerbock"),
    ("!cyberbot event london --venue", "london-cyber-defence-conference-2024", "Lancaster House"),
    ("?event hague --date", "hague-pledge-conference-2024", "May 2024"),
    ("quote -s rutte --topic investment", "rutte-tirana-2025-stepping-up-investment", "investment"),
    ("/quote --by stoltenberg --event berlin welcome", "stoltenberg-berlin-2023-welcome", "Baerbock"),
    ("quote --speaker ollongren", "ollongren-hague-2024-stand-together", "Ollongren"),
    ("event pledge --latest", "hague-pledge-conference-2024", "The Hague"),
])
def test_flagged_commands_answered(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first
    assert says in reply.title + " ".join(block.text for block in reply.blocks) + str(reply.blocks)


@pytest.mark.parametrize("question", ["?event pledge --year 2023 --host", "quote -s kallas", "quote --by rutte --event london"])
def test_flags_the_knowledge_cannot_meet_are_a_miss(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.kind == "not_found" or reply.title.startswith(("I have no", "There is no", "No quote"))
