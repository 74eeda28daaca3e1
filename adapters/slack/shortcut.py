"""The production server's fast path for the slash command: answered without Bolt's request machinery.

Behind ``guard.SlackGuard`` a request for our command has already been checked
(size, signature, timestamp, replay, shape) and its form parsed; handing it to
Bolt would parse it again, verify the signature again, build a ``BoltRequest``,
a context and a new ``WebClient``, and run five middlewares before ours, all
for an answer that does not depend on any of it. ``CommandShortcut`` gives it
straight to ``slash.SlashCommand.respond`` (the same code Bolt's path runs, so
Socket Mode answers alike) with the app's client and the bot user from its
``auth.test``. Every other request (events, buttons, another command) goes on
to Bolt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from slack_bolt import App
from slack_bolt.middleware.authorization import SingleTeamAuthorization

from .guard import FORM
from .slash import SlashCommand

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]
JSON_HEADER = ("Content-Type", "application/json;charset=utf-8")
TEXT_HEADER = ("Content-Type", "text/plain;charset=utf-8")


class CommandShortcut:
    """A WSGI app: ``slash``'s command answered directly, anything else by ``bolt`` (``SlackRequestHandler(app)``)."""

    def __init__(self, bolt: WSGIApp, slash: SlashCommand, app: App, bot_user: str):
        self.bolt = bolt
        self.slash = slash
        self.client = app.client
        self.bot_user = bot_user

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        form = environ.get(FORM)
        if form is None or form.get("command") != self.slash.command:
            return self.bolt(environ, start_response)
        body = self.slash.respond(form, self.client, self.bot_user).encode()
        start_response("200 OK", [JSON_HEADER if body else TEXT_HEADER, ("Content-Length", str(len(body)))])
        return [body]


def shortcut_for(app: App, bolt: WSGIApp) -> WSGIApp:
    """``CommandShortcut`` for a ``build_app`` app, or ``bolt`` alone when the app has no slash command or
    did not check its token at start (then Bolt's own authorization runs for every request)."""
    slash = next((m for m in app._middleware_list if isinstance(m, SlashCommand)), None)
    authorization = next((m for m in app._middleware_list if isinstance(m, SingleTeamAuthorization)), None)
    result = getattr(authorization, "auth_test_result", None)
    if slash is None or not result or not result.get("user_id"):
        return bolt
    return CommandShortcut(bolt, slash, app, result["user_id"])
