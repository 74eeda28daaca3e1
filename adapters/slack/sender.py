"""The Slack part of a digest: post it with message metadata, and find it again in the channel.

Imports slack_sdk only (not slack_bolt): the digest service needs a Web API
client, not the Bolt app. Must not retry a ``chat.postMessage`` by itself:
the client it posts with has no retry handlers, because slack_sdk's own retry
after a dropped connection re-sends a message Slack may already have. A 429
becomes ``RateLimited`` (nothing was posted), a timeout, dropped connection
or 5xx ``OutcomeUnknown`` (the core looks with ``find_posted`` before trying
again), a lost channel ``ChannelGone``.
"""

from __future__ import annotations

import asyncio
import http.client
import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.digests.delivery import DigestTag
from bot.errors import ChannelGone, OutcomeUnknown, RateLimited
from bot.reply import Reply

from .render import render_message
from .settings import DEFAULT_COMMAND

log = logging.getLogger(__name__)

EVENT_TYPE = "cyberbot_digest"
INVITE = "/invite @cyberbot"
# Errors after which posting to this channel will never work again without a person acting,
# with what `digest status` says about each.
PERMANENT_ERRORS = {
    "channel_not_found": "the channel was deleted (or the bot can no longer see it)",
    "is_archived": "the channel was archived",
    "not_in_channel": f"the bot was removed from the channel: invite it back with {INVITE}, then subscribe again",
    "account_inactive": "the app's bot user was deactivated",
    "token_revoked": "the app was uninstalled or its token revoked",
    "team_access_not_granted": "the app lost access to the workspace",
    "restricted_action": "the workspace does not let the bot post in this channel",
    "ekm_access_denied": "the workspace's keys deny access",
}
NOT_A_MEMBER = (
    "I am not in this channel, so I could not post a digest here. Invite me first with "
    f"{INVITE}, then subscribe again."
)


def make_web_client(token: str, api_url: str) -> WebClient:
    """A Web API client that retries connection errors (the default) and 429s after Retry-After."""
    client = WebClient(token=token, base_url=api_url, timeout=10)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


def without_retries(client: WebClient) -> WebClient:
    """The same token and URL, with no automatic retry of any kind."""
    return WebClient(token=client.token, base_url=client.base_url, timeout=client.timeout, retry_handlers=[])


class SlackDigestSender:
    """``await SlackDigestSender(client, "/cyber").send("C123", reply, tag)`` posts the reply as Block Kit.

    ``command`` is the workspace's slash command, which the follow-up buttons and
    "and N more — try …" lines name.
    """

    def __init__(self, client: WebClient, command: str = DEFAULT_COMMAND):
        self.client = without_retries(client)
        self.command = command
        self._warned: set[str] = set()

    async def send(self, channel_id: str, reply: Reply, tag: DigestTag) -> None:
        message = render_message(reply, command=self.command)
        metadata = {"event_type": EVENT_TYPE, "event_payload": {"date": tag.local_date.isoformat(), "subscription": tag.subscription}}
        try:
            await asyncio.to_thread(
                self.client.chat_postMessage, channel=channel_id, link_names=False, metadata=metadata, **message
            )
        except SlackApiError as error:
            raise _classified(error, channel_id) from error
        except (OSError, http.client.HTTPException) as error:  # timeout, reset, refused: it may have arrived
            raise OutcomeUnknown(f"Slack channel {channel_id}: {type(error).__name__}: {error}") from error

    async def find_posted(self, channel_id: str, reply: Reply, tag: DigestTag) -> bool | None:
        """Whether this date's digest is in the channel since the channel's local day began; None if Slack will not say."""
        return await asyncio.to_thread(self._find_posted, channel_id, tag)

    def _find_posted(self, channel_id: str, tag: DigestTag) -> bool | None:
        cursor = None
        for _ in range(20):  # 20 pages of 200 messages: a busy channel's day
            try:
                page = self.client.conversations_history(
                    channel=channel_id, oldest=f"{tag.day_starts_at.timestamp():.6f}", include_all_metadata=True,
                    limit=200, cursor=cursor,
                )
            except SlackApiError as error:
                code = error.response.get("error") if error.response is not None else None
                self._warn_once(code, f"cannot read channel history to check for an earlier digest ({code}); "
                                      "add the channels:history and groups:history scopes (see docs/slack.md)")
                return None
            for message in page.get("messages") or []:
                meta = message.get("metadata") or {}
                if meta.get("event_type") == EVENT_TYPE and (meta.get("event_payload") or {}).get("date") == tag.local_date.isoformat():
                    return True
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return False
        return False

    def check_channel(self, channel_id: str) -> str | None:
        """None when the bot can post in the channel (or Slack will not say); else the sentence for the user."""
        if not channel_id.startswith(("C", "G")):  # a DM: the bot is always in it
            return None
        try:
            info = self.client.conversations_info(channel=channel_id)
        except SlackApiError as error:
            code = error.response.get("error") if error.response is not None else None
            if code == "channel_not_found":  # a private channel the bot is not in looks like this
                return NOT_A_MEMBER
            self._warn_once(code, f"cannot check channel membership before a subscription ({code}); "
                                  "add the channels:read and groups:read scopes (see docs/slack.md)")
            return None
        except (OSError, http.client.HTTPException):
            return None
        channel = info.get("channel") or {}
        return NOT_A_MEMBER if channel.get("is_member") is False else None

    def _warn_once(self, code: str | None, line: str) -> None:
        if code not in self._warned:
            self._warned.add(code)
            log.warning(line)


def _classified(error: SlackApiError, channel_id: str) -> Exception:
    response = error.response
    status = getattr(response, "status_code", 200) if response is not None else 200
    code = response.get("error") if response is not None else None
    if status == 429 or code == "ratelimited":
        retry_after = float((response.headers or {}).get("Retry-After") or (response.headers or {}).get("retry-after") or 1)
        return RateLimited(f"Slack channel {channel_id}: rate limited", retry_after)
    if status >= 500:
        return OutcomeUnknown(f"Slack channel {channel_id}: HTTP {status} ({code})")
    if code in PERMANENT_ERRORS:
        return ChannelGone(f"Slack channel {channel_id}: {code}", reason=PERMANENT_ERRORS[code])
    return error
