"""The ``cyberbot`` command line: ask, console, validate, slack, discord, digest, draft, insights.

Only this module turns exceptions into exit codes. Adapters are imported inside
the subcommand that needs them, so ``cyberbot ask`` never imports slack_bolt or
discord.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import signal
import sys
from collections.abc import Sequence

from .curation.cli import add_curation_commands
from .errors import KnowledgeError, StoreError, UsageError
from .knowledge.collector import gc_paused
from .logs import FORMATS, configure_logging

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
LOG_LEVELS = ("debug", "info", "warning", "error")
# A chat platform's library comes with an extra; without it, say which to install.
EXTRA_FOR_LIBRARY = {"slack_bolt": "slack", "slack_sdk": "slack", "waitress": "slack", "discord": "discord",
                     "aiohttp": "discord", "yarl": "discord"}
MISSING_EXTRA = "cyberbot: this needs the {extra} extra ({library} is not installed): pip install 'cyberbot[{extra}]', or pip install '.[{extra}]' in a checkout"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.log_level not in LOG_LEVELS:  # only the environment's default can get here unchecked
        parser.error(f"CYBERBOT_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {args.log_level!r}")
    log_format = os.environ.get("CYBERBOT_LOG_FORMAT", "text").strip().lower() or "text"
    if log_format not in FORMATS:
        parser.error(f"CYBERBOT_LOG_FORMAT must be one of {', '.join(FORMATS)}, not {log_format!r}")
    configure_logging(args.log_level, log_format)
    from .log_redaction import install as redact_credentials_in_logs

    redact_credentials_in_logs()  # slack_sdk, slack-bolt and discord.py log request URLs and tokens at debug level
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    except (UsageError, StoreError) as error:  # a malformed setting (CYBERBOT_RECORD_DAYS), an unwritable CYBERBOT_DB
        print(f"cyberbot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except ModuleNotFoundError as error:
        library = (error.name or "").split(".")[0]
        if library not in EXTRA_FOR_LIBRARY:
            raise
        print(MISSING_EXTRA.format(extra=EXTRA_FOR_LIBRARY[library], library=library), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `cyberbot ask ... | head` closed the pipe early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cyberbot",
        description="Answers questions about NATO cyber-defence events, pledges and quotes.",
    )
    knowledge_help = "knowledge YAML file (default: $CYBERBOT_KNOWLEDGE, else the shipped knowledge)"
    parser.add_argument("--knowledge", metavar="FILE", default=os.environ.get("CYBERBOT_KNOWLEDGE"), help=knowledge_help)
    # The same option after the subcommand (`cyberbot ask --knowledge F ...`); SUPPRESS keeps the value given before it.
    reads_knowledge = argparse.ArgumentParser(add_help=False)
    reads_knowledge.add_argument("--knowledge", metavar="FILE", default=argparse.SUPPRESS, help=knowledge_help)
    parser.add_argument(
        "--log-level",
        default=os.environ.get("CYBERBOT_LOG_LEVEL", "warning").strip().lower(),
        type=str.lower,
        choices=LOG_LEVELS,
        help="log level (default: warning, or $CYBERBOT_LOG_LEVEL)",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    ask = sub.add_parser("ask", parents=[reads_knowledge], help="answer one question and exit")
    ask.add_argument("--date", type=_parse_date, help="the date to treat as today (YYYY-MM-DD)")
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    ask.add_argument("text", nargs="+", help="a command or a question")
    ask.set_defaults(handler=_ask)

    console = sub.add_parser("console", parents=[reads_knowledge], help="chat with the bot in this terminal (no tokens needed)")
    console.set_defaults(handler=_console)

    validate = sub.add_parser("validate", parents=[reads_knowledge], help="check a knowledge file and print every problem")
    validate.add_argument("file", nargs="?", help="the file (default: --knowledge, else the shipped one)")
    validate.set_defaults(handler=_validate)

    slack = sub.add_parser("slack", parents=[reads_knowledge], help="run in Slack (Socket Mode with SLACK_APP_TOKEN, else HTTP)")
    slack.add_argument("--port", type=_port, default=os.environ.get("PORT", "3000"), help="HTTP port (default: $PORT, else 3000)")
    slack.add_argument("--manifest", action="store_true", help="print the Slack app manifest and exit")
    _add_health_port(slack)
    slack.set_defaults(handler=_slack)

    discord = sub.add_parser("discord", parents=[reads_knowledge], help="run in Discord (needs DISCORD_TOKEN)")
    discord.add_argument("--sync", action="store_true", help="register the app commands, then run")
    discord.add_argument("--shards", metavar="N", default=os.environ.get("DISCORD_SHARD_COUNT") or None,
                         help="split the servers over N shards (default: $DISCORD_SHARD_COUNT; unset: no sharding)")
    discord.add_argument("--shard-ids", metavar="I,J", default=os.environ.get("DISCORD_SHARD_IDS") or None,
                         help="run only these of the N shards (default: $DISCORD_SHARD_IDS, else all N)")
    _add_health_port(discord)
    discord.set_defaults(handler=_discord)

    digest = sub.add_parser("digest", help="daily 'on this date' digests")
    digest_sub = digest.add_subparsers(title="digest commands", metavar="ACTION")
    preview = digest_sub.add_parser("preview", parents=[reads_knowledge], help="print what would be posted")
    preview.add_argument("--date", type=_parse_date, help="the date (default: today)")
    preview.set_defaults(handler=_digest_preview)
    run = digest_sub.add_parser("run", parents=[reads_knowledge], help="post the digests that are due")
    run.add_argument("--once", action="store_true", help="post what is due now and exit (for cron)")
    run.set_defaults(handler=_digest_run)

    add_curation_commands(sub, _parse_date)  # draft, insights
    return parser


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _add_health_port(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--health-port", type=_port, default=os.environ.get("CYBERBOT_HEALTH_PORT") or None,
                        help="serve /healthz and /readyz on this port (default: $CYBERBOT_HEALTH_PORT; HTTP mode has them anyway)")


def _port(text: str) -> int:
    """A TCP port; checked only by ``cyberbot slack`` (argparse converts a string default when it is used)."""
    if text.strip().isdigit() and 0 <= int(text) <= 65535:
        return int(text)
    msg = f"expected a port number from 0 to 65535 (from --port or $PORT), got {text!r}"
    raise argparse.ArgumentTypeError(msg)


def _load_bot(args: argparse.Namespace, **kwargs):
    with gc_paused():  # the answering code's ~30,000 new objects hold no garbage for the collector to look for
        from .service import Bot

    return Bot.from_path(args.knowledge, **kwargs)


def _fixed_clock(date: dt.date | None):
    noon = date and dt.datetime.combine(date, dt.time(12), tzinfo=dt.timezone.utc)
    return {"clock": lambda: noon} if noon else {}


def _ask(args: argparse.Namespace) -> int:
    from adapters.text_render import render_json, render_text
    from .pattern_cache import everything_kept, save as keep_pattern_programs
    from .request import EVERY_ROLE, Request

    with gc_paused(), everything_kept():  # one question, then the process ends: a collection could only find nothing
        bot = _load_bot(args, warm=False, **_fixed_clock(args.date))  # one question: build only what it needs
        reply = bot.handle(Request(" ".join(args.text), platform="cli", roles=EVERY_ROLE))
    print(render_json(reply) if args.json else render_text(reply))
    keep_pattern_programs()  # the next `ask` skips generating the matchers this one needed
    return EXIT_OK if reply.kind not in ("error",) else EXIT_ERROR


def _console(args: argparse.Namespace) -> int:
    from adapters.console import run_console

    from .curation.recorder import attach_recorder
    from .knowledge.watch import start_live_reload

    bot = _load_bot(args)
    attach_recorder(bot, os.environ)  # what was asked and missed, for `cyberbot insights`
    start_live_reload(bot)  # an edited knowledge file (or SIGHUP) reloads without a restart
    return run_console(bot)


def _validate(args: argparse.Namespace) -> int:
    from .knowledge.loader import load_knowledge
    from .paths import default_knowledge_path
    from .answering.phrasing import count_phrase

    path = args.file or args.knowledge or str(default_knowledge_path())
    knowledge = load_knowledge(path)  # KnowledgeError is printed by main()
    print(f"{path}: OK ({count_phrase(knowledge.counts())})")
    return EXIT_OK


def _slack(args: argparse.Namespace) -> int:
    from adapters.slack.run import run_slack

    return _run_bot(run_slack, args, with_digests=not args.manifest)


def _discord(args: argparse.Namespace) -> int:
    from adapters.discord.run import run_discord

    return _run_bot(run_discord, args)


def _run_bot(run, args: argparse.Namespace, *, with_digests: bool = True) -> int:
    """Run an adapter with the digest service wired in; SIGTERM or SIGINT is a clean stop (exit 0) from the
    moment the store is opened, whatever the bot is doing (``bot.stopping``: even where the interrupt is lost)."""
    from .stopping import stop_signals

    digests = None
    try:
        with stop_signals() as stop:
            digests = _open_digests() if with_digests else None
            args.store_closed = with_digests and digests is None  # could not be opened: /readyz says so
            return run(args, os.environ, digests=digests, stop=stop)
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        if digests is not None:
            digests.stop()


def _open_digests():
    """The digest service for a running bot, or None with a log line when its store cannot be opened (the bot still answers)."""
    from .digests.service import DigestService
    from .errors import StoreError

    try:
        return DigestService.open(os.environ)
    except StoreError as error:
        logging.getLogger(__name__).error("daily digests are off: %s", error)
        return None


def _digest_preview(args: argparse.Namespace) -> int:
    from .digests.content import digest_for
    from .digests.commands import default_timezone
    from adapters.text_render import render_text
    from .service import local_date

    bot = _load_bot(args)
    date = args.date or local_date(bot.clock(), default_timezone())

    reply = digest_for(bot.knowledge, date, when_empty="quote")
    print(render_text(reply) if reply else f"Nothing to post on {date.isoformat()}.")
    return EXIT_OK


def _digest_run(args: argparse.Namespace) -> int:
    """Post what is due, print one summary line; exit 1 when a send failed (it is retried next run)."""
    import asyncio

    from adapters.digest_runner import NO_TOKENS, ONLY_ONCE, SetupProblem, digest_senders, has_tokens, summary

    from .digests.service import DigestService
    from .errors import StoreError

    if not args.once:
        print(ONLY_ONCE, file=sys.stderr)
        return EXIT_USAGE
    if not has_tokens(os.environ):
        print(NO_TOKENS, file=sys.stderr)
        return EXIT_USAGE
    bot = _load_bot(args)
    try:
        service = DigestService.open(os.environ)
    except StoreError as error:
        print(f"cyberbot digest run: {error}", file=sys.stderr)
        return EXIT_ERROR

    async def post_due():
        async with digest_senders(os.environ) as senders:
            return await service.run_once(bot, senders, stop_signals=(signal.SIGTERM, signal.SIGINT))

    try:
        outcomes = asyncio.run(post_due())
    except SetupProblem as problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    except StoreError as error:  # busy for longer than the busy timeout while reading what is due
        print(f"cyberbot digest run: {error}; nothing was posted, try again", file=sys.stderr)
        return EXIT_ERROR
    finally:
        service.stop()
    print(summary(outcomes))
    return EXIT_ERROR if any(o.status == "failed" for o in outcomes) else EXIT_OK
