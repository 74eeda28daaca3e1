"""SlackDigestSender: posts a digest reply as Block Kit, its buttons naming the workspace's own slash command
(CYBERBOT_SLACK_COMMAND); a channel that is gone for good raises ChannelGone."""

from __future__ import annotations

import pytest
from fakes.fake_slack import BOT_TOKEN, FakeSlack, block_kit_problems, mention_tokens
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from adapters.digest_runner import slack_sender
from adapters.slack.sender import PERMANENT_ERRORS, SlackDigestSender
from bot.errors import ChannelGone
from bot.reply import Block, Reply

DIGEST = Reply("list", "On this day: <!channel>", blocks=(Block("9 November 2022: the Pledge conference"),))


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def sender(slack):
    client = WebClient(token=BOT_TOKEN, base_url=slack.api_url)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    return SlackDigestSender(client)


async def test_digest_is_posted_to_the_channel_as_block_kit(slack, sender):
    await sender.send("C42", DIGEST)
    (post,) = slack.calls_to("chat.postMessage")
    assert post.body["channel"] == "C42" and post.body["link_names"] is False
    assert block_kit_problems(post.body) == [] and mention_tokens(post.raw) == []
    assert post.body["blocks"][0]["text"]["text"] == "On this day: &lt;!channel&gt;"


@pytest.mark.parametrize("error", sorted(PERMANENT_ERRORS))
async def test_permanent_errors_raise_channel_gone(slack, sender, error):
    slack.fail_next("chat.postMessage", error)
    with pytest.raises(ChannelGone, match=error):
        await sender.send("C42", DIGEST)


@pytest.mark.parametrize("error", ["invalid_auth", "internal_error", "msg_too_long"])
async def test_other_errors_propagate_as_passing_failures(slack, sender, error):
    slack.fail_next("chat.postMessage", error)
    with pytest.raises(SlackApiError) as caught:
        await sender.send("C42", DIGEST)
    assert not isinstance(caught.value, ChannelGone)


async def test_a_429_is_retried_before_the_sender_returns(slack, sender):
    slack.rate_limit_next("chat.postMessage", retry_after=0)
    await sender.send("C42", DIGEST)
    assert len(slack.calls_to("chat.postMessage")) == 2


# -- the buttons name the configured slash command, not /cyber --

WITH_A_SUGGESTION = Reply(
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
        await sender.send("C42", WITH_A_SUGGESTION)
        (post,) = slack.calls_to("chat.postMessage")
    assert button_texts(post.body) == ["/nato quotes stoltenberg"]


async def test_digest_buttons_default_to_cyber():
    with FakeSlack() as slack:
        sender = slack_sender({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": slack.api_url})
        await sender.send("C42", WITH_A_SUGGESTION)
        (post,) = slack.calls_to("chat.postMessage")
    assert button_texts(post.body) == ["/cyber quotes stoltenberg"]
