"""Posts digests to Slack channels for the digest scheduler.

Imports slack_sdk only (not slack_bolt): the scheduler needs a Web API
client, not the Bolt app.
"""

from __future__ import annotations

import asyncio

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.errors import ChannelGone
from bot.reply import Reply

from .render import render_message
from .settings import DEFAULT_COMMAND

# Errors after which posting to this channel will never work again without a person acting:
# the channel is gone or archived, the bot was removed from it, or the workspace revoked the app.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "is_archived",
        "not_in_channel",
        "account_inactive",
        "token_revoked",
        "team_access_not_granted",
        "restricted_action",
        "ekm_access_denied",
    }
)



def make_web_client(token: str, api_url: str) -> WebClient:
    """A Web API client that retries connection errors (the default) and 429s after Retry-After."""
    client = WebClient(token=token, base_url=api_url, timeout=10)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client

class SlackDigestSender:
    """``await SlackDigestSender(client, "/cyber").send("C123", reply)`` posts the reply as Block Kit.

    ``command`` is the workspace's slash command, which the follow-up buttons and
    "and N more — try …" lines name.

    Raises:
        ChannelGone: for the errors in ``PERMANENT_ERRORS``, so the subscription is disabled.
        SlackApiError: for anything else (``invalid_auth``, ``ratelimited`` after the retries…),
            which the scheduler treats as a passing failure and tries again later.
    """

    def __init__(self, client: WebClient, command: str = DEFAULT_COMMAND):
        self.client = client
        self.command = command

    async def send(self, channel_id: str, reply: Reply) -> None:
        message = render_message(reply, command=self.command)
        try:
            await asyncio.to_thread(
                self.client.chat_postMessage, channel=channel_id, link_names=False, **message
            )
        except SlackApiError as error:
            code = error.response.get("error") if error.response is not None else None
            if code in PERMANENT_ERRORS:
                raise ChannelGone(f"Slack channel {channel_id}: {code}") from error
            raise
