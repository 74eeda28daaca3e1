"""``cyberbot slack``: read the settings, build the app, serve it (Socket Mode or HTTP) until stopped.

The Slack adapter's entry point, called by ``bot.cli``. A setup problem is
one line on stderr and an exit code, never a traceback or a secret.
"""

from __future__ import annotations

import sys

from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError

from bot.stopping import StopRequest

from ..health import bot_problem, start_health_server
from ..metrics import attach as attach_metrics
from ..metrics import instrument_digests
from .app import build_app, make_client
from .http_server import make_http_server
from .sender import SlackDigestSender
from .settings import SettingsError, command_setting, read_settings


def run_slack(args, env, *, digests=None, stop: StopRequest | None = None) -> int:
    """``cyberbot slack``: Socket Mode with SLACK_APP_TOKEN, else HTTP on ``--port``; ``digests`` is the
    digest service the CLI opened (None: digests off); ``stop`` the CLI's SIGTERM/SIGINT flag, read before
    anything starts and by the serving loop, for a signal whose KeyboardInterrupt was lost (``bot.stopping``)."""
    stop = stop or StopRequest()
    try:
        if args.manifest:
            from .manifest import manifest_yaml

            print(manifest_yaml(command_setting(env), env.get("CYBERBOT_SLACK_REQUEST_URL") or None), end="")
            return 0
        settings = read_settings(env)
    except SettingsError as error:
        print(f"cyberbot slack: {error}", file=sys.stderr)
        return 2
    from bot.curation.recorder import attach_recorder
    from bot.knowledge.watch import start_live_reload
    from bot.awaiting import load_or_await, when_loaded

    bot = load_or_await(args.knowledge, digests=digests.commands if digests else None)
    attach_recorder(bot, env)  # what was asked and missed, for `cyberbot insights`
    metrics = attach_metrics(bot)
    if digests is not None:
        instrument_digests(digests, metrics)  # posts, failures, retries and store errors
    client = make_client(settings)
    try:
        app = build_app(bot, settings, client=client)
    except BoltError:
        print("cyberbot slack: SLACK_BOT_TOKEN was refused by Slack (auth.test): copy the current Bot User OAuth Token", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"cyberbot slack: cannot reach Slack at {settings.api_url}: {error}", file=sys.stderr)
        return 1
    if settings.socket_mode:
        try:  # check the app token first, so a refusal is one line rather than the client's retry log
            client.apps_connections_open(app_token=settings.app_token)
        except SlackApiError as error:
            reason = error.response.get("error")
            print(f"cyberbot slack: SLACK_APP_TOKEN was refused by Slack ({reason}): create an app-level token "
                  "with the connections:write scope and turn Socket Mode on", file=sys.stderr)
            return 2
    if stop.requested:  # asked during the load or the warm-up: start nothing, post nothing
        return 0
    stop.serving()  # from here threads run (reload, digests, waitress): a signal only sets the flag the loops read, never
    # interrupts this thread inside a lock they share (logging's, taken by a digest post, was left held: the exit hung)
    start_live_reload(bot)  # an edited knowledge file, or SIGHUP, reloads it (this is the main thread)
    if digests is not None:
        sender = SlackDigestSender(client, command_setting(env))
        when_loaded(bot, lambda: digests.start(bot, {"slack": sender}))  # not on a knowledge file still broken
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        handler = SocketModeHandler(app, settings.app_token)
        if args.health_port is not None:
            try:
                start_health_server(env.get("CYBERBOT_HEALTH_HOST", "0.0.0.0"), args.health_port,
                                    lambda: bot_problem(bot, args) or socket_mode_problem(handler), metrics.exposition)
            except OSError as error:
                print(f"cyberbot slack: cannot serve --health-port {args.health_port}: {error.strerror}", file=sys.stderr)
                return 2
        print("cyberbot slack: connecting in Socket Mode; Ctrl-C to stop", file=sys.stderr, flush=True)
        handler.connect()
        stop.wait()
        return 0
    host = env.get("CYBERBOT_SLACK_HOST", "0.0.0.0")  # 127.0.0.1 behind a reverse proxy
    try:
        server = make_http_server(app, host, args.port, signing_secret=settings.signing_secret,
                                  readiness=lambda: bot_problem(bot, args), metrics=metrics.exposition)
    except OSError as error:
        print(f"cyberbot slack: cannot listen on {host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 2
    where = f"http://{host}:{server.server_port}/slack/events"
    print(f"cyberbot slack: listening on {where}; Ctrl-C to stop", file=sys.stderr, flush=True)
    try:
        server.serve_forever(until=lambda: stop.requested)
    finally:
        server.server_close()
    return 0


def socket_mode_problem(handler) -> str | None:
    """None while Socket Mode's websocket is up."""
    return None if handler.client.is_connected() else "Socket Mode is not connected to Slack"
