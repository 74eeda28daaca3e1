"""Who may run what is decided once, in the core, from the roles each adapter reports.

Slack (real slack-bolt, signed requests, a fake Web API) and Discord (the real
discord.py client on a fake gateway) must agree on every way of writing an
admin command: bare, prefixed, or after a mention. Slack's slow ``users.info``
look-up never happens inside a slash command's 3-second acknowledgement.
"""

from __future__ import annotations

import pytest
from fakes.bots import RecordingBot
from fakes.discord_harness import running_client
from fakes.fake_discord import ADMIN_ID, BOT_ID, USER_ID
from fakes.fake_slack import BOT_USER
from fakes.knowledge_files import knowledge_copy
from fakes.slack_harness import SlackHarness

from bot.request import EVERY_ROLE, MANAGER, Request
from bot.service import Bot

RELOADED, REFUSED = "reloaded", "refused"
SLACK_ADMIN, SLACK_USER = "UADMIN", "U1"


def verdict(text: str) -> str:
    if "Knowledge reloaded" in text:
        return RELOADED
    assert "Only admins can reload the knowledge" in text, text
    return REFUSED


@pytest.fixture
def small_bot(tmp_path):
    """The real core on a small knowledge file: a reload takes milliseconds."""
    return Bot.from_path(str(knowledge_copy(tmp_path)))


def slack_command(harness: SlackHarness, text: str, user: str) -> str:
    """The answer to ``/cyber text``: from the acknowledgement, or from ``response_url`` just after it."""
    before = len(harness.slack.calls_to("response_url"))
    status, ack = harness.command(text, user=user)
    assert status == 200
    if ack:
        return ack["text"]
    return harness.slack.wait_for("response_url", before + 1)[-1].body["text"]


def slack_mention(harness: SlackHarness, text: str, user: str, n: int) -> str:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER}> {text}", "ts": f"{n}.1", "channel": "C1"}
    harness.event(event, f"Ev{n}")
    return harness.slack.wait_for("chat.postMessage", n)[-1].body["text"]


async def discord_answers(monkeypatch, bot, text: str) -> dict[str, str]:
    """The Discord verdicts for ``text`` as a mention and as ``/cyber ask``, by an admin and by a user."""
    answers = {}
    async with running_client(monkeypatch, RecordingBot(core=bot)) as (fake, _):
        for who, author in (("admin", ADMIN_ID), ("user", USER_ID)):
            said = await fake.user_says(f"<@{BOT_ID}> {text}", author=author)
            await fake.wait_until(lambda: any(c.json["message_reference"]["message_id"] == int(said["id"])
                                              for c in fake.posted("/messages")))
            [reply] = [c.json for c in fake.posted("/messages") if c.json["message_reference"]["message_id"] == int(said["id"])]
            answers[f"discord mention by {who}"] = verdict(reply["content"] or reply["embeds"][0]["title"])
            count = len(fake.callbacks())
            await fake.interaction([{"name": "text", "type": 3, "value": text}], sub="ask", author=author)
            await fake.wait_until(lambda: len(fake.callbacks()) > count)
            data = fake.callbacks()[-1]["data"]
            answers[f"discord /cyber ask by {who}"] = verdict(data.get("content") or data["embeds"][0]["title"])
    return answers


@pytest.mark.parametrize("text", ["reload", "RELOAD", "/cyber reload", "@cyberbot reload", "cyberbot: reload",
                                  "/reload", "@here reload", f"<@{BOT_USER}> reload"])
async def test_slack_and_discord_agree_on_the_admin_check_however_the_command_is_written(monkeypatch, small_bot, text):
    answers = {}
    with SlackHarness(small_bot) as h:
        h.slack.users[SLACK_ADMIN] = {"is_admin": True}
        h.slack.users[SLACK_USER] = {"is_admin": False}
        for who, user in (("admin", SLACK_ADMIN), ("user", SLACK_USER)):
            answers[f"slack /cyber by {who}"] = verdict(slack_command(h, text, user))
        answers["slack mention by admin"] = verdict(slack_mention(h, text, SLACK_ADMIN, 1))
        answers["slack mention by user"] = verdict(slack_mention(h, text, SLACK_USER, 2))
    answers |= await discord_answers(monkeypatch, small_bot, text)
    expected = {where: RELOADED if where.endswith("admin") else REFUSED for where in answers}
    assert answers == expected
    assert len(answers) == 8


def test_a_command_needing_roles_is_acknowledged_before_users_info_answers(small_bot):
    with SlackHarness(small_bot) as h:
        h.slack.users[SLACK_ADMIN] = {"is_admin": True}
        slow = h.slack.hold("users.info")
        status, ack = h.command("reload", user=SLACK_ADMIN)  # returns while users.info is still held
        acked_while_looking_up = h.slack.calls_to("response_url") == []
        slow.set()
        (answer,) = h.slack.wait_for("response_url")
    assert (status, ack, acked_while_looking_up) == (200, "", True)
    assert answer.body["text"].startswith("Knowledge reloaded") and answer.body["response_type"] == "ephemeral"


def test_users_info_is_asked_once_per_user_and_only_for_commands_that_need_roles(small_bot):
    with SlackHarness(small_bot) as h:
        h.slack.users[SLACK_ADMIN] = {"is_admin": True}
        h.slack.users[SLACK_USER] = {"is_admin": False}
        denied = slack_command(h, "reload", SLACK_USER)  # looked up after the acknowledgement
        allowed = slack_command(h, "reload", SLACK_ADMIN)
        _, cached = h.command("reload", user=SLACK_ADMIN)  # known now: answered in the acknowledgement
        _, question = h.command("who can reload?", user=SLACK_USER)
        looked_up = [c.body["user"] for c in h.slack.calls_to("users.info")]
    assert verdict(denied) == REFUSED and verdict(allowed) == RELOADED
    assert verdict(cached["text"]) == RELOADED
    assert "Only admins" not in question["text"]
    assert looked_up == [SLACK_USER, SLACK_ADMIN]


def test_configured_admins_need_no_look_up(small_bot):
    with SlackHarness(small_bot, {"CYBERBOT_SLACK_ADMINS": "U7, U8"}) as h:
        _, body = h.command("reload", user="U8")
        assert h.slack.calls_to("users.info") == []
    assert body["text"].startswith("Knowledge reloaded")


def test_digest_subscribe_defaults_to_the_admins_slack_time_zone(tmp_path):
    from bot.digests.commands import DigestCommands
    from bot.store import Store

    store = Store.open(tmp_path / "digests.db")
    bot = Bot.from_path(None, digests=DigestCommands(store, default_tz="UTC"))
    with SlackHarness(bot) as h:
        h.slack.users["UADMIN"] = {"is_admin": True, "tz": "Europe/Brussels"}
        h.slack.users["U1"] = {"is_admin": False, "tz": "America/New_York"}
        refused = slack_command(h, "digest subscribe 08:30", "U1")
        subscribed = slack_command(h, "digest subscribe 08:30", "UADMIN")
    (subscription,) = store.subscriptions()
    assert "manage" in refused.lower()
    assert "Europe/Brussels" in subscribed
    assert (subscription.platform, subscription.local_time, subscription.timezone) == ("slack", "08:30", "Europe/Brussels")


@pytest.mark.parametrize(
    ("text", "roles", "kind"),
    [("reload", frozenset(), "denied"), ("reload", frozenset({MANAGER}), "denied"), ("reload", EVERY_ROLE, "answer"),
     ("digest list", frozenset(), "denied"), ("digest subscribe 09:00 UTC", frozenset(), "denied"),
     ("digest subscribe 09:00 UTC", frozenset({MANAGER}), "usage"),  # allowed; no store here: needs a platform
     ("digest status", frozenset(), "usage"), ("digest preview 2026-11-10", frozenset(), "answer"),
     ("who can reload?", frozenset(), "not_found"), ("qoute rutte", frozenset(), "answer"),
     ("relaod", frozenset(), "usage"), ("relaod", EVERY_ROLE, "usage")],  # a near miss runs only a command anyone may, that changes nothing
)
def test_the_core_refuses_a_caller_whose_roles_the_registry_does_not_allow(small_bot, text, roles, kind):
    reply = small_bot.handle(Request(text, roles=roles))
    assert reply.kind == kind, reply


@pytest.mark.parametrize(
    ("text", "permission"),
    [("reload", "admin"), ("/cyber reload", "admin"), (f"<@{BOT_USER}> reload", "admin"),
     ("digest subscribe", "manager"), ("digest unsubscribe", "manager"), ("digest list", "manager"),
     ("DIGEST unsubscribe", "manager"), ("digest status", "anyone"), ("digest", "anyone"),
     ("quote rutte", "anyone"), ("", "anyone"), ("   ", "anyone"), ("who can reload?", "anyone"), ("qoute", "anyone")],
)
def test_adapters_learn_from_the_core_which_commands_need_roles(small_bot, text, permission):
    assert small_bot.required_permission(Request(text, bot_user=BOT_USER)) == permission
