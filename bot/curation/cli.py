"""The curator's subcommands of ``cyberbot``: ``draft`` and ``insights``.

``bot.cli`` adds them with ``add_curation_commands``; its ``main`` turns a
KnowledgeError, a StoreError or a UsageError (a malformed setting) into an exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK, EXIT_ERROR = 0, 1


def add_curation_commands(sub, parse_date: Callable[[str], dt.date]) -> None:
    draft = sub.add_parser("draft", help="draft knowledge entries (sources, people, events, quotes) from an article")
    draft.add_argument("article", help="the article as a plain-text file (like the files in seeds/)")
    draft.add_argument("--url", help="where the article is online")
    draft.add_argument("--publisher", help="who published it")
    draft.add_argument("--published", type=parse_date, help="when it was published (YYYY-MM-DD); relative dates count from it")
    draft.set_defaults(handler=run_draft)

    insights = sub.add_parser("insights", help="what people asked and the bot missed, answers marked not right, most asked entries")
    insights.add_argument("--since", type=parse_date, help="only records from this date (YYYY-MM-DD)")
    shape = insights.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print JSON for tools")
    shape.add_argument("--csv", action="store_true", help="print CSV for a spreadsheet")
    insights.set_defaults(handler=run_insights)


def run_draft(args: argparse.Namespace) -> int:
    from ..knowledge.loader import load_knowledge
    from ..paths import default_knowledge_path
    from .draft import draft
    from .fragment import render_fragment

    try:
        text = Path(args.article).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        print(f"cyberbot draft: cannot read {args.article}: {reason}", file=sys.stderr)
        return EXIT_ERROR
    path = args.knowledge or str(default_knowledge_path())
    found = draft(text, load_knowledge(path), file_name=Path(args.article).name, url=args.url,
                  publisher=args.publisher, published=args.published)
    print(render_fragment(found, article=args.article, knowledge=path), end="")
    return EXIT_OK


def run_insights(args: argparse.Namespace) -> int:
    from .insights import build_insights
    from .insights_render import insights_csv, insights_json, insights_text
    from .recorder import RecordingSettings, open_question_log, question_log_location

    settings = RecordingSettings.from_env(os.environ)
    question_log = open_question_log(question_log_location(os.environ))
    now = dt.datetime.now(dt.timezone.utc)
    question_log.forget_before(now - dt.timedelta(days=settings.days))
    start = dt.datetime.combine(args.since, dt.time(), dt.timezone.utc) if args.since else None
    found = build_insights(question_log.questions(start), question_log.feedback(start))
    if args.json:
        print(insights_json(found))
    elif args.csv:
        print(insights_csv(found), end="")
    else:
        print(insights_text(found, args.since.isoformat() if args.since else None, limit=10**6))
    return EXIT_OK
