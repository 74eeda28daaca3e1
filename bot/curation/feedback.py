"""Feedback on answers: "helpful" / "not right", counted once per person and answer.

Adapters put ``feedback_value(...)`` in each button and hand a click to
``Recorder.rate``; the person is kept only as a salted hash, so a second click
on the same answer is recognised without keeping who clicked.

    value = feedback_value("who is rutte", reply)      # None: no buttons for this reply
    recorder.rate("slack", user_id, value, "not_right", now)  ->  THANKS["not_right"]
"""

from __future__ import annotations

import hashlib
import hmac
import json

from ..reply import Reply
from .records import MAX_QUESTION, Verdict, answer_key, normalise_question

HELPFUL_ACTION, NOT_RIGHT_ACTION = "cyber_feedback_helpful", "cyber_feedback_not_right"
VERDICTS: dict[str, Verdict] = {HELPFUL_ACTION: "helpful", NOT_RIGHT_ACTION: "not_right"}
LABELS: dict[Verdict, str] = {"helpful": "Helpful", "not_right": "Not right"}
THANKS: dict[Verdict, str] = {
    "helpful": "Thanks! Glad it helped.",
    "not_right": "Thanks for telling us: the people who keep the knowledge will see that this answer was not right.",
}
ALREADY = "You already rated this answer. Thanks!"
UNREADABLE = "Sorry, that rating could not be read; nothing was recorded."
NOT_RECORDED = "Thanks! Ratings are not being recorded here right now."
VALUE_LIMIT = 2000  # characters: Slack's limit for a button value


def feedback_value(question: str, reply: Reply) -> str | None:
    """What a feedback button carries: the answer's key and the question; None for replies that get no buttons."""
    if reply.kind not in ("answer", "list") or not reply.items:
        return None
    value = json.dumps({"a": answer_key(reply)[:1000], "q": normalise_question(question)[:MAX_QUESTION]}, ensure_ascii=False)
    return value if len(value) <= VALUE_LIMIT else None


def read_value(value: str) -> tuple[str, str] | None:
    """(answer key, question) from a button's value, or None for anything else."""
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("a"), str) or not isinstance(data.get("q"), str):
        return None
    if not data["a"] or len(data["a"]) > 1000:
        return None
    return data["a"], normalise_question(data["q"])


def voter_hash(salt: bytes, platform: str, user: str, answer: str, question: str) -> str:
    """A keyed hash of who clicked on which answer: the same for a second click, useless without the salt."""
    message = "\n".join((platform, user, answer, question)).encode()
    return hmac.new(salt, message, hashlib.sha256).hexdigest()[:32]
TOO_OLD = "Thanks! This answer is too old to rate now; nothing was recorded."
