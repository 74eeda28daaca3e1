"""The admin-only chat command ``insights [since YYYY-MM-DD]``."""

from __future__ import annotations

import datetime as dt

from ..errors import UsageError
from ..reply import Block, Reply
from .insights import build_insights
from .insights_render import CHAT_LIMIT, insights_text

RECORDING_OFF = "Questions are not recorded here (CYBERBOT_RECORD_QUESTIONS=off, or no store): there is nothing to show."


def answer_insights(recorder, args: str) -> Reply:
    """Missed questions, "not right" answers, most asked items and questions per day, in one message.

    Only admins get here: the registry says so and ``Bot.handle`` enforces it.
    """
    since = _since(args)
    if recorder is None or not recorder.settings.questions:
        return Reply("answer", "Insights", blocks=(Block(RECORDING_OFF),))
    recorder.flush(timeout=2.0)  # the questions asked just before count too
    question_log = recorder.question_log()
    start = dt.datetime.combine(since, dt.time(), dt.timezone.utc) if since else None
    insights = build_insights(question_log.questions(start), question_log.feedback(start))
    text = insights_text(insights, since.isoformat() if since else None, CHAT_LIMIT - 100)
    return Reply("answer", "Insights", blocks=(Block(text),))


def _since(args: str) -> dt.date | None:
    words = args.split()
    if words and words[0].lower() == "since":
        words = words[1:]
    if not words:
        return None
    try:
        return dt.date.fromisoformat(words[0])
    except ValueError:
        raise UsageError(f"Expected `insights [since YYYY-MM-DD]`, got `{args[:60]}`.", ("insights",)) from None
