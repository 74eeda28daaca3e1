"""Keep every test, and every subprocess a test starts, away from the user's real state and settings."""

import os

import pytest

SETTING_PREFIXES = ("CYBERBOT_", "SLACK_", "DISCORD_")


@pytest.fixture(autouse=True)
def private_state_dir(tmp_path, monkeypatch):
    # The store and the console history default to $XDG_STATE_HOME/cyberbot; a
    # test that runs `cyberbot slack` without CYBERBOT_DB must not touch ~/.local.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    # A developer's own CYBERBOT_TZ, SLACK_BOT_TOKEN or PORT (Slack's HTTP port) must not
    # change what a test sees, in process or in a subprocess that inherits os.environ.
    for name in [name for name in os.environ if name.startswith(SETTING_PREFIXES) or name == "PORT"]:
        monkeypatch.delenv(name)


# ---- a real PostgreSQL server for the store contract tests (tests/postgres_server.py) ----------

@pytest.fixture(scope="session")
def postgres_server():
    from tests.postgres_server import PostgresServer, find_binaries

    bin_dir, why_not = find_binaries()
    if bin_dir is None:
        pytest.skip(why_not)
    server = PostgresServer(bin_dir).start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server, request):
    """A fresh, empty database on the session's server, for one test."""
    import re

    return postgres_server.create_database(re.sub(r"\W", "_", request.node.name.lower())[:50] + f"_{id(request) % 10**6}")


@pytest.fixture(params=["sqlite", "postgres"])
def location(request, tmp_path):
    """Where a database lives, once for each backend: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "cyberbot.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="module")
def bot_9_november():
    """The bot on the shipped knowledge, its clock at noon UTC on 9 November 2026 (the day the blind sets ask on)."""
    import datetime as dt

    from bot.service import Bot

    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.fixture(scope="module")
def bot(bot_9_november):
    """A test module's ``bot`` unless it defines its own: the bot of 9 November 2026 (one per module, so one module's
    conversations never reach another's)."""
    return bot_9_november


@pytest.fixture
def first_item(bot_9_november):
    """``first_item(text)``: the id of the first item of the reply to ``text``, asked in a conversation of its own."""
    from bot.request import Request

    def first(text: str) -> str | None:
        reply = bot_9_november.handle(Request(text, user=text))
        return reply.items[0].id if reply.items else None

    return first


@pytest.fixture(scope="module")
def bots():
    """``bots(day)``: the bot on the shipped knowledge whose clock reads noon UTC on ``day`` (a table row's "today"),
    one per day per module."""
    import datetime as dt

    from bot.service import Bot

    made: dict[dt.date, Bot] = {}

    def bot_on(day: dt.date) -> Bot:
        if day not in made:
            made[day] = Bot.from_path(None, clock=lambda: dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc))
        return made[day]

    return bot_on


@pytest.fixture
def conversation(bot):
    """``conversation(*typed)``: the reply to the last of ``typed``, each asked in turn in one conversation of its own."""
    from bot.request import Request

    def asked(*typed: str):
        user = " / ".join(typed)
        return [bot.handle(Request(text, user=user)) for text in typed][-1]

    return asked
