"""Mentions and DMs through the real discord.py client and a fake Discord on loopback.

Each test asserts on the JSON the bot put on the wire: one reply, a reply
reference, and ``allowed_mentions`` that can ping nobody.
"""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
from fakes.discord_harness import RecordingBot, running_client
from fakes.fake_discord import (
    ADMIN_ID,
    BOT_ID,
    BOT_ROLE_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    GUILD_ID,
    MOD_ROLE_ID,
    OTHER_BOT_ID,
    USER_ID,
    effective_pings,
)

from adapters.discord.client import FAILED
from bot.reply import Reply

NO_PINGS = {"parse": [], "replied_user": False}


SENTINEL = "sentinel"


async def replies(fake, count: int = 1) -> list:
    """Wait for ``count`` messages from the bot, then prove no other is coming: a sentinel mention,
    sent after them by someone else, is answered after anything still due for the earlier ones
    (messages are handled in turn, and the core answers one request at a time)."""
    await fake.wait_until(lambda: len(fake.posted("/messages")) >= count)
    sentinel = await fake.user_says(f"<@{BOT_ID}> {SENTINEL}", author=ADMIN_ID)
    answered = lambda call: call.json.get("message_reference", {}).get("message_id") == int(sentinel["id"])  # noqa: E731
    await fake.wait_until(lambda: any(answered(call) for call in fake.posted("/messages")))
    return [call.json for call in fake.posted("/messages") if not answered(call)]


def asked(bot) -> list[str]:
    """The words that reached the core, mentions of the bot dropped, the sentinel left out."""
    return [r.addressed_text for r in bot.requests if r.addressed_text != SENTINEL]


@pytest.mark.parametrize("mention", [f"<@{BOT_ID}>", f"<@!{BOT_ID}>"])
async def test_a_mention_gets_one_reply_to_that_message_that_pings_nobody(monkeypatch, mention):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        said = await fake.user_says(f"{mention} quote rutte")
        [reply] = await replies(fake)
    assert reply["message_reference"]["message_id"] == int(said["id"])
    assert reply["allowed_mentions"] == NO_PINGS
    assert effective_pings(reply["content"], reply["allowed_mentions"], replied_to=USER_ID) == set()
    assert reply["embeds"][0]["title"] == "Quote by Mark Rutte"
    [request, _] = bot.requests
    assert (request.addressed_text, request.platform, request.workspace, request.channel, request.user) == (
        "quote rutte", "discord", str(GUILD_ID), str(CHANNEL_ID), str(USER_ID))


async def test_a_dm_is_answered_without_a_mention(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says("when was the Berlin conference?", dm=True)
        [reply] = await replies(fake)
    assert fake.posted(f"/channels/{DM_CHANNEL_ID}/messages")
    assert reply["allowed_mentions"] == NO_PINGS
    [request, _] = bot.requests
    assert (request.text, request.workspace, request.channel, request.can_manage) == (
        "when was the Berlin conference?", "", str(DM_CHANNEL_ID), True)


async def test_a_bare_mention_asks_for_help(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}>  ")
        (reply,) = await replies(fake)
    assert asked(bot) == [""]
    assert "cyberbot commands" in json.dumps(reply)


async def test_a_message_that_does_not_mention_the_bot_is_ignored(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says("quote rutte")
        await fake.user_says(f"<@{USER_ID}> quote rutte")
        await replies(fake, 0)
    assert asked(bot) == []


async def test_the_bot_ignores_its_own_messages_and_other_bots(monkeypatch):
    bot = RecordingBot(lambda request: Reply("answer", f"<@{BOT_ID}> {request.text}"))
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> quote rutte", author=OTHER_BOT_ID)
        await fake.user_says(f"<@{BOT_ID}> talking to myself", author=BOT_ID)
        # The sentinel's reply comes back as a MESSAGE_CREATE from the bot itself: it must not answer that.
        assert await replies(fake, 0) == []
        await fake.user_says(f"<@{BOT_ID}> second sentinel", author=ADMIN_ID)
        await fake.wait_until(lambda: len(fake.posted("/messages")) == 2)
    assert asked(bot) == ["second sentinel"]
    assert len(fake.posted("/messages")) == 2


async def test_pings_in_the_question_or_the_knowledge_ping_nobody(monkeypatch):
    pings = f"@everyone @here <@&{MOD_ROLE_ID}> <@{USER_ID}>"
    bot = RecordingBot(lambda request: Reply("error", f"Nothing about {request.text}"))
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> {pings}")
        [reply] = await replies(fake)
    assert pings in bot.requests[0].addressed_text
    assert effective_pings(reply["content"], reply["allowed_mentions"], replied_to=USER_ID) == set()
    assert "@everyone" not in reply["content"] and "@here" not in reply["content"]
    # The same words sent without the guards would ping: the check above can fail.
    assert effective_pings(f"Nothing about {pings}", None) == {"@everyone", "@here", f"role:{MOD_ROLE_ID}", f"user:{USER_ID}"}


@pytest.mark.parametrize(("author", "can_manage"), [(USER_ID, False), (ADMIN_ID, True)])
async def test_can_manage_means_manage_channels_in_that_channel(monkeypatch, author, can_manage):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> reload", author=author)
        await replies(fake)
    assert bot.requests[0].can_manage is can_manage


async def test_a_user_over_the_rate_limit_is_told_once_and_the_core_is_spared(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot, rate_limit="1/60") as (fake, _):
        for n in range(4):
            await fake.user_says(f"<@{BOT_ID}> quote {n}")
        sent = await replies(fake, 2)
    assert asked(bot) == ["quote 0"]
    [notice] = [m for m in sent if m["content"]]  # the answer to "quote 0" may land first or second
    assert len(sent) == 2
    assert notice["content"].startswith("Easy there: you can ask again in ")
    assert notice["allowed_mentions"] == NO_PINGS


async def test_a_failure_gets_a_short_answer_and_a_log_line(monkeypatch, caplog):
    def broken(request):
        raise RuntimeError("boom")

    async with running_client(monkeypatch, RecordingBot(broken)) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [reply] = await replies(fake)
    assert reply["content"] == FAILED
    assert reply["allowed_mentions"] == NO_PINGS
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)


async def test_a_rate_limited_send_is_retried(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, _):
        fake.rate_limit_messages = 1
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        await fake.wait_until(lambda: len(fake.posted("/messages")) == 2)
    first, second = fake.posted("/messages")
    assert first.json["embeds"] == second.json["embeds"]
    assert second.at - first.at >= 0.04  # slept retry_after (0.05 s) in between


async def test_after_a_reconnect_the_session_resumes_and_the_bot_keeps_answering(monkeypatch):
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, client):
        resumed = asyncio.create_task(client.wait_for("resumed", timeout=5))
        await fake.send_reconnect()
        await resumed
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        await replies(fake)
    ops = [p["op"] for p in fake.gateway_log]
    assert ops.count(2) == 1  # one IDENTIFY: the reconnect resumed, it did not log in again
    [resume] = [p["d"] for p in fake.gateway_log if p["op"] == 6]
    assert resume["session_id"] == fake.session_id and resume["seq"] >= 2
    assert asked(bot) == ["quote rutte"]


async def test_identify_asks_for_no_privileged_intent_and_the_client_heartbeats(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, _):
        await fake.wait_until(lambda: any(p["op"] == 1 for p in fake.gateway_log))
    assert fake.identify_intents & (1 << 9) and fake.identify_intents & (1 << 12)  # guild messages, DMs
    assert not fake.identify_intents & ((1 << 1) | (1 << 8) | (1 << 15))  # members, presences, message content


async def test_a_quote_with_a_trust_mark_keeps_it_on_the_wire(monkeypatch):
    """The shipped knowledge marks Ollongren's Hague quote unverified: the mark must reach the embed."""
    async with running_client(monkeypatch, RecordingBot()) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> quote ollongren")
        [reply] = await replies(fake)
    assert reply["embeds"][0]["description"].endswith("⚠️ **unverified: not found in any official text**")


async def test_mentioning_the_role_discord_made_for_the_bot_counts_as_mentioning_the_bot(monkeypatch):
    """The fake, as Discord, withholds the text of a message that mentions only the role: a bare mention, so help."""
    bot = RecordingBot()
    async with running_client(monkeypatch, bot) as (fake, _):
        said = await fake.user_says(f"<@&{BOT_ROLE_ID}> quote rutte")
        [reply] = await replies(fake)
    assert reply["message_reference"]["message_id"] == int(said["id"])
    assert bot.requests[0].bot_role == str(BOT_ROLE_ID)
    assert asked(bot) == [""] and reply["embeds"][0]["title"] == "cyberbot commands"


async def test_a_channel_the_bot_may_not_post_in_is_logged_once_and_never_answered_twice(monkeypatch, caplog):
    async with running_client(monkeypatch, RecordingBot()) as (fake, _):
        fake.gone_channels[CHANNEL_ID] = (403, 50013, "Missing Permissions")
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        await fake.wait_until(lambda: fake.posted("/messages"))  # the reply Discord refuses
        del fake.gone_channels[CHANNEL_ID]
        sent = await replies(fake, 1)  # the sentinel is answered after anything still due
    assert len(sent) == 1  # the refused reply alone: no "Something went wrong" after the 403
    assert [r.levelno for r in caplog.records if "cannot reply" in r.getMessage()] == [logging.WARNING]
    assert not [r for r in caplog.records if r.exc_info]
