"""The slash command, answered in its acknowledgement (or, when a look-up is needed, just after it).

``SlashCommand`` is Bolt's last middleware, registered with ``app.use``: a
request with a bad signature or a stale timestamp is refused (401) by Bolt's
own middleware before it gets here. Answering here rather than in an
``app.command`` listener spares each request Bolt's listener matching, the
arguments it builds for the listener and ``ack``'s encoding of the message
(the JSON comes already encoded); any other request goes on to the listeners.

When ``answer`` returns None the answer needs something slow (a ``users.info``
look-up); the command is then acknowledged with an empty body at once, and
``answer_later`` posts the answer to the command's ``response_url``.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import BoltResponse
from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient

log = logging.getLogger(__name__)

JSON = {"content-type": "application/json;charset=utf-8"}
FAILURE = "Something went wrong; it has been logged (request id {rid})."
LATER_WORKERS = 4  # answers posted after the acknowledgement at once; more wait their turn

AnswerNow = Callable[[dict, WebClient, str], "str | None"]  # (body, client, bot user) -> the ack's JSON, or None
AnswerLater = Callable[[dict, WebClient, str], dict]  # the same, slowly -> the message for response_url


class SlashCommand(Middleware):
    """Answers ``command`` with ``answer_now``, or acks at once and posts ``answer_later``'s message."""

    def __init__(self, command: str, answer_now: AnswerNow, answer_later: AnswerLater):
        self.command = command
        self.answer_now = answer_now
        self.answer_later = answer_later
        self._later = ThreadPoolExecutor(LATER_WORKERS, thread_name_prefix="slack-after-ack")

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]):  # noqa: A002
        if req.body.get("command") != self.command:
            return next()
        body = self.respond(req.body, req.context.client, req.context.bot_user_id or "")
        return BoltResponse(status=200, body=body, headers=JSON if body else {})

    def respond(self, body: dict, client: WebClient, bot_user: str) -> str:
        """The acknowledgement's JSON for the command ``body``; "" when the answer follows on its ``response_url``.
        Never raises: a failure is a private notice naming a request id that is in the log."""
        try:
            answer = self.answer_now(body, client, bot_user)
            if answer is None:
                self._later.submit(self._post_later, body, client, bot_user)
                return ""
            return answer
        except Exception:
            rid = uuid.uuid4().hex[:12]
            log.exception("slack: answering a command failed (request id %s)", rid)
            return json.dumps({"response_type": "ephemeral", "text": FAILURE.format(rid=rid)})

    def _post_later(self, body: dict, client: WebClient, bot_user: str) -> None:
        try:
            message = self.answer_later(body, client, bot_user)
            WebhookClient(body["response_url"]).send_dict(message)
        except Exception:
            log.exception("slack: answering a command after its acknowledgement failed (request id %s)",
                          uuid.uuid4().hex[:12])
