"""SlackDigestSender: posts a digest as Block Kit with metadata, finds it again, never re-sends blindly."""

from __future__ import annotations

import datetime as dt

import pytest
from fakes.fake_slack import BOT_TOKEN, FakeSlack, block_kit_problems, mention_tokens
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from adapters.digest_runner import slack_sender
from adapters.slack.sender import NOT_A_MEMBER, PERMANENT_ERRORS, SlackDigestSender
from bot.digests.delivery import DigestTag
from bot.errors import ChannelGone, OutcomeUnknown, RateLimited
from bot.reply import Block, Reply

TAG = DigestTag(7, dt.date(2026, 11, 9), dt.datetime(2026, 11, 8, 23, tzinfo=dt.timezone.utc), "123")

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
    await sender.send("C42", DIGEST, TAG)
    (post,) = slack.calls_to("chat.postMessage")
    assert post.body["channel"] == "C42" and post.body["link_names"] is False
    assert block_kit_problems(post.body) == [] and mention_tokens(post.raw) == []
    assert post.body["blocks"][0]["text"]["text"] == "On this day: &lt;!channel&gt;"


@pytest.mark.parametrize("error", sorted(PERMANENT_ERRORS))
async def test_permanent_errors_raise_channel_gone(slack, sender, error):
    slack.fail_next("chat.postMessage", error)
    with pytest.raises(ChannelGone, match=error):
        await sender.send("C42", DIGEST, TAG)


@pytest.mark.parametrize("error", ["invalid_auth", "internal_error", "msg_too_long"])
async def test_other_errors_propagate_as_passing_failures(slack, sender, error):
    slack.fail_next("chat.postMessage", error)
    with pytest.raises(SlackApiError) as caught:
        await sender.send("C42", DIGEST, TAG)
    assert not isinstance(caught.value, ChannelGone)


async def test_a_digest_carries_metadata_naming_the_date_and_the_subscription(slack, sender):
    await sender.send("C42", DIGEST, TAG)
    (post,) = slack.calls_to("chat.postMessage")
    assert post.body["metadata"] == {"event_type": "cyberbot_digest", "event_payload": {"date": "2026-11-09", "subscription": 7}}


async def test_a_429_posts_nothing_and_is_handed_back_with_its_retry_after(slack, sender):
    slack.rate_limit_next("chat.postMessage", retry_after=7)
    with pytest.raises(RateLimited) as raised:
        await sender.send("C42", DIGEST, TAG)
    assert raised.value.retry_after == 7
    assert len(slack.calls_to("chat.postMessage")) == 1  # the client's 429 handler was not used


async def test_a_500_is_an_unknown_outcome_and_is_not_re_sent_by_the_client(slack, sender):
    slack.server_error_next("chat.postMessage", after_posting=True)
    with pytest.raises(OutcomeUnknown):
        await sender.send("C42", DIGEST, TAG)
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert await sender.find_posted("C42", DIGEST, TAG) is True


async def test_a_connection_that_drops_is_an_unknown_outcome_without_a_retry():
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def drop_each_connection():
        for _ in range(3):
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            accepted.append(connection.recv(65536))
            connection.close()

    threading.Thread(target=drop_each_connection, daemon=True).start()
    client = WebClient(token=BOT_TOKEN, base_url=f"http://127.0.0.1:{listener.getsockname()[1]}/api/")
    try:
        with pytest.raises(OutcomeUnknown):
            await SlackDigestSender(client).send("C42", DIGEST, TAG)
    finally:
        listener.close()
    assert len(accepted) == 1  # slack_sdk's connection-error retry would have sent it again


async def test_find_posted_looks_from_the_start_of_the_local_day_for_this_dates_metadata(slack, sender):
    assert await sender.find_posted("C42", DIGEST, TAG) is False
    await sender.send("C42", DIGEST, TAG)
    assert await sender.find_posted("C42", DIGEST, TAG) is True
    (look, _) = slack.calls_to("conversations.history")
    assert look.body["include_all_metadata"] in ("true", "1", True) and float(look.body["oldest"]) == TAG.day_starts_at.timestamp()
    tomorrow = DigestTag(7, dt.date(2026, 11, 10), dt.datetime(2026, 11, 8, 23, tzinfo=dt.timezone.utc), "124")
    assert await sender.find_posted("C42", DIGEST, tomorrow) is False


async def test_without_the_history_scope_find_posted_cannot_tell_and_says_so_once(slack, sender, caplog):
    slack.missing_scopes.add("conversations.history")
    assert await sender.find_posted("C42", DIGEST, TAG) is None
    assert await sender.find_posted("C42", DIGEST, TAG) is None
    assert caplog.text.count("channels:history") == 1


def test_check_channel_asks_for_an_invite_where_the_bot_is_not_a_member(slack, sender):
    slack.not_member.add("C42")
    assert sender.check_channel("C42") == NOT_A_MEMBER and "/invite @cyberbot" in NOT_A_MEMBER
    assert sender.check_channel("C43") is None
    slack.missing_scopes.add("conversations.info")
    assert sender.check_channel("C42") is None  # cannot tell: allowed, as before


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
        await sender.send("C42", WITH_A_SUGGESTION, TAG)
        (post,) = slack.calls_to("chat.postMessage")
    assert button_texts(post.body) == ["/nato quotes stoltenberg"]


async def test_digest_buttons_default_to_cyber():
    with FakeSlack() as slack:
        sender = slack_sender({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": slack.api_url})
        await sender.send("C42", WITH_A_SUGGESTION, TAG)
        (post,) = slack.calls_to("chat.postMessage")
    assert button_texts(post.body) == ["/cyber quotes stoltenberg"]
