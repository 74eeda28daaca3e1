"""``/cyber`` app commands: sync payloads from the registry, interaction callbacks, autocomplete."""

from __future__ import annotations

import threading

import pytest
from fakes.discord_harness import RecordingBot, running_client
from fakes.fake_discord import ADMIN_ID, APP_ID, GUILD_ID, USER_ID, effective_pings
from fakes.knowledge_files import SMALL_KNOWLEDGE, knowledge_copy

import adapters.discord.client as discord_adapter
from adapters.discord.client import FAILED
from adapters.discord.to_request import subcommand_name
from bot.commands import COMMANDS, COMPLETED_KINDS
from bot.reply import Reply
from bot.service import Bot

EPHEMERAL = 64
STRING, BOOLEAN, SUBCOMMAND = 3, 5, 1


def text_option(name: str, value: str, *, focused: bool = False) -> dict:
    return {"name": name, "type": STRING, "value": value} | ({"focused": True} if focused else {})


async def callback(fake, count: int = 1) -> dict:
    await fake.wait_until(lambda: len(fake.callbacks()) >= count)
    return fake.callbacks()[count - 1]


async def test_sync_registers_cyber_with_a_subcommand_per_registry_app_command(monkeypatch):
    async with running_client(monkeypatch, RecordingBot(), sync=True) as (fake, _):
        pass
    [put] = fake.posted(f"/applications/{APP_ID}/commands", method="PUT")
    [cyber] = put.json
    assert cyber["name"] == "cyber"
    subcommands = {s["name"]: s for s in cyber["options"]}
    app_commands = [spec for spec in COMMANDS if spec.app_command]
    assert list(subcommands) == ["ask"] + [subcommand_name(spec) for spec in app_commands]
    assert "onthisday" in subcommands and "today" not in subcommands
    for spec in app_commands:
        sub = subcommands[subcommand_name(spec)]
        assert sub["type"] == SUBCOMMAND and sub["description"] == spec.summary
        options = {o["name"]: o for o in sub["options"]}
        assert list(options) == [a.name for a in sorted(spec.args, key=lambda a: not a.required)] + ["private"]
        for arg in spec.args:
            assert options[arg.name]["type"] == STRING
            assert options[arg.name]["required"] is arg.required
            assert options[arg.name].get("autocomplete", False) is (arg.kind in COMPLETED_KINDS)
        assert options["private"] == {"type": BOOLEAN, "name": "private", "description": "Only you see the answer", "required": False}
    ask_text = subcommands["ask"]["options"][0]
    assert (ask_text["name"], ask_text["type"], ask_text["required"]) == ("text", STRING, True)


async def test_sync_with_a_guild_id_registers_in_that_server_only(monkeypatch):
    async with running_client(monkeypatch, RecordingBot(), sync=True, guild_id=GUILD_ID) as (fake, _):
        pass
    assert not fake.posted(f"/applications/{APP_ID}/commands", method="PUT")
    [put] = fake.posted(f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands", method="PUT")
    assert [c["name"] for c in put.json] == ["cyber"]


async def test_without_sync_the_bot_registers_nothing(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, _):
        pass
    assert not fake.posted("/commands", method="PUT")
    assert not fake.unhandled


@pytest.mark.parametrize(
    ("sub", "options", "text", "title"),
    [
        ("quote", [text_option("query", "rutte")], "quote rutte", "Quote by Mark Rutte"),
        ("quote", [], "quote", "Quote of the day"),
        ("event", [text_option("query", "tirana")], "event tirana", "NATO Cyber Defence Conference 2025"),
        ("onthisday", [text_option("date", "9 october")], "today 9 october", "On this day, 9 October"),
        ("help", [], "help", "cyberbot commands"),
        ("ask", [text_option("text", "when was the Tirana conference")], "when was the Tirana conference",
         "NATO Cyber Defence Conference 2025: 9–10 October 2025"),
    ],
)
async def test_a_subcommand_is_answered_in_public_through_the_callback(monkeypatch, sub, options, text, title):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.interaction(options, sub=sub)
        answer = await callback(fake)
    assert [r.text for r in bot.requests] == [text]
    assert answer["type"] == 4
    assert not answer["data"].get("flags", 0) & EPHEMERAL
    assert answer["data"]["allowed_mentions"] == {"parse": []}
    assert answer["data"]["embeds"][0]["title"] == title
    assert not fake.unhandled


async def test_private_true_answers_only_the_user(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, _):
        await fake.interaction([text_option("query", "rutte"), {"name": "private", "type": BOOLEAN, "value": True}], sub="quote")
        answer = await callback(fake)
    assert answer["data"]["flags"] & EPHEMERAL


async def test_an_interaction_request_says_who_where_and_whether_they_manage_the_channel(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.interaction([], sub="help", author=USER_ID)
        await fake.interaction([], sub="help", author=ADMIN_ID)
        await fake.interaction([], sub="help", dm=True)
        await callback(fake, 3)
    by_user = {(r.user, r.workspace): r.can_manage for r in bot.requests}
    assert by_user == {(str(USER_ID), str(GUILD_ID)): False, (str(ADMIN_ID), str(GUILD_ID)): True, (str(USER_ID), ""): True}


async def test_pings_in_an_answer_ping_nobody(monkeypatch):
    bot = RecordingBot(lambda request: Reply("usage", f"@everyone {request.text}"))
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.interaction([text_option("text", "@here <@&810000000000000013>")], sub="ask")
        answer = await callback(fake)
    assert effective_pings(answer["data"]["content"], answer["data"]["allowed_mentions"]) == set()
    assert "@everyone" not in answer["data"]["content"]


async def test_autocomplete_offers_the_cores_matches(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.interaction([text_option("query", "rut", focused=True)], sub="quote", autocomplete=True)
        answer = await callback(fake)
    assert answer == {"type": 8, "data": {"choices": [{"name": "Mark Rutte — Prime Minister of the Netherlands", "value": "mark-rutte"}]}}
    assert bot.requests == []  # typing is not asking


async def test_autocomplete_offers_at_most_25_choices(monkeypatch, tmp_path):
    """Discord refuses a list of more than 25: a knowledge file with 30 workshops offers 25 of them."""
    path = knowledge_copy(tmp_path)
    workshops = "".join(f"  - {{id: workshop-{n}, name: Cyber Workshop {n}, kind: conference, start: {1990 + n}-05-01, "
                        "sources: [src-facts]}\n" for n in range(30))
    path.write_text(SMALL_KNOWLEDGE.replace("events:\n", "events:\n" + workshops, 1), encoding="utf-8")
    async with running_client(monkeypatch, RecordingBot(core=Bot.from_path(str(path)))) as (fake, _):
        await fake.interaction([text_option("query", "workshop", focused=True)], sub="event", autocomplete=True)
        answer = await callback(fake)
    choices = answer["data"]["choices"]
    assert len(choices) == 25 and all(c["name"].startswith("Cyber Workshop") for c in choices)


async def test_a_slow_answer_is_deferred_then_sent_as_a_follow_up(monkeypatch):
    monkeypatch.setattr(discord_adapter, "DEFER_AFTER", 0.05)
    release = threading.Event()

    def slow(request):
        if not release.wait(10):
            raise TimeoutError("the test never released the core")
        return Reply("answer", "Slow but sure")

    async with running_client(monkeypatch, RecordingBot(slow)) as (fake, _):
        await fake.interaction([text_option("query", "rutte"), {"name": "private", "type": BOOLEAN, "value": True}], sub="quote")
        await fake.wait_until(lambda: fake.callbacks())  # deferred while the core is still busy
        release.set()
        await fake.wait_until(lambda: fake.posted(f"/webhooks/{APP_ID}/"))
    [deferral] = fake.callbacks()
    assert deferral == {"type": 5, "data": {"flags": EPHEMERAL}}
    [follow_up] = fake.posted(f"/webhooks/{APP_ID}/")
    assert follow_up.json["embeds"][0]["title"] == "Slow but sure"
    assert follow_up.json["flags"] & EPHEMERAL
    assert follow_up.json["allowed_mentions"] == {"parse": []}


async def test_over_the_rate_limit_the_answer_is_polite_and_private(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot, rate_limit="1/60") as (fake, _):
        await fake.interaction([], sub="help")
        await callback(fake)
        await fake.interaction([], sub="help")
        refusal = await callback(fake, 2)
    assert len(bot.requests) == 1
    assert refusal["data"]["content"].startswith("Easy there")
    assert refusal["data"]["flags"] & EPHEMERAL


async def test_a_failure_is_answered_with_a_short_line_and_logged(monkeypatch, caplog):
    def broken(request):
        raise RuntimeError("boom")

    async with running_client(monkeypatch, RecordingBot(broken)) as (fake, _):
        await fake.interaction([text_option("query", "rutte")], sub="quote")
        answer = await callback(fake)
    assert answer["type"] == 4
    assert answer["data"]["content"] == FAILED
    assert any("boom" in r.getMessage() or (r.exc_info and "boom" in str(r.exc_info[1])) for r in caplog.records)


def test_every_autocompleted_kind_offers_choices_from_the_shipped_knowledge():
    """An option that autocompletes must suggest something: a kind the core cannot complete is not registered."""
    bot = Bot.from_path(None)
    assert all(bot.complete(kind, "") for kind in COMPLETED_KINDS)
    assert "date" not in COMPLETED_KINDS and bot.complete("date", "") == []
