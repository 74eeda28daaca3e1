"""Digests posted to Slack name the workspace's own slash command (CYBERBOT_SLACK_COMMAND), not /cyber."""

from __future__ import annotations

import datetime as dt

from fakes.fake_slack import BOT_TOKEN, FakeSlack

from adapters.digest_runner import slack_sender
from bot.digests.delivery import DigestTag
from bot.reply import Block, Reply

TAG = DigestTag(1, dt.date(2026, 11, 9), dt.datetime(2026, 11, 8, 23, tzinfo=dt.timezone.utc), "1")

DIGEST = Reply(
    "list",
    "On this day",
    blocks=(Block("10 November 2022: the Pledge conference"),),
    suggestions=("quotes stoltenberg",),
    more_hint="quotes stoltenberg",
)


def button_texts(body: dict) -> list[str]:
    return [e["text"]["text"] for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]


async def test_digest_buttons_use_the_configured_slash_command():
    with FakeSlack() as slack:
        sender = slack_sender({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": slack.api_url, "CYBERBOT_SLACK_COMMAND": "/nato"})
        await sender.send("C42", DIGEST, TAG)
        (post,) = slack.calls_to("chat.postMessage")
    assert button_texts(post.body) == ["/nato quotes stoltenberg"]


async def test_digest_buttons_default_to_cyber():
    with FakeSlack() as slack:
        sender = slack_sender({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": slack.api_url})
        await sender.send("C42", DIGEST, TAG)
        (post,) = slack.calls_to("chat.postMessage")
    assert button_texts(post.body) == ["/cyber quotes stoltenberg"]
