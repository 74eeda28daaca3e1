"""What the bot keeps about the questions it is asked, and nothing more.

A missed question (not found, "did you mean", or only suggestions) is kept as
its normalised text (at most 300 characters, mentions removed), the platform,
the command or "question", what was suggested and when. An answered one is kept
as platform, command, the knowledge item it was about and when: no text. Never a
user id, a user name, a channel or a workspace.

    classify(Reply("not_found", "Nothing about Mars"))  ->  'not_found'
    normalise_question("<@U123> Who said  MARS?")  ->  'who said mars'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from ..answering.parse import Command, clean_text, split_command, strip_invocation
from ..reply import Reply, plain
from .notice import RECORDING_NOTICE  # noqa: F401  (re-exported: what `about` and the README say)

Outcome = Literal["answered", "not_found", "did_you_mean", "suggestions_only"]
Verdict = Literal["helpful", "not_right"]

MAX_QUESTION = 300
_MENTIONS = re.compile(r"<[@#!][^>]*>|(?<!\w)@[\w.-]+")
_TRAILING = re.compile(r"[\s?!.,;:]+$")


@dataclass(frozen=True)
class QuestionRecord:
    asked_at: dt.datetime
    platform: str
    intent: str  # the command's name, or "question" for free text
    outcome: Outcome
    question: str | None = None  # only for missed questions
    suggested: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # the answer's subject, "quote:rutte-tirana-2025-no-one-stands-alone"


@dataclass(frozen=True)
class FeedbackRecord:
    """One click on "helpful" or "not right", once per voter and answer."""

    given_at: dt.datetime
    platform: str
    verdict: Verdict
    answer: str  # the answer's key: its knowledge items, or its title when it used none
    question: str
    voter: str  # a salted hash of the platform's user id, only to count one click per person


class QuestionLog(Protocol):
    """Where records go: ``bot.curation.question_log`` over SQLite or PostgreSQL, the digest store's database."""

    def add_question(self, record: QuestionRecord) -> None: ...

    def add_questions(self, records: Sequence[QuestionRecord]) -> None: ...  # in one transaction

    def add_feedback(self, record: FeedbackRecord) -> bool: ...  # False: this voter already voted on this answer

    def questions(self, since: dt.datetime | None = None) -> list[QuestionRecord]: ...

    def feedback(self, since: dt.datetime | None = None) -> list[FeedbackRecord]: ...

    def forget_before(self, instant: dt.datetime) -> int: ...

    def salt(self) -> bytes: ...  # a random secret kept with the log, the key of voters' hashes


def classify(reply: Reply) -> Outcome | None:
    """How a reply answered: None for help, errors and refusals, which are not questions missed or answered."""
    words = " ".join([reply.title, *(plain(block.text) for block in reply.blocks)]).lower()
    if "did you mean" in words:
        return "did_you_mean"
    if reply.kind == "not_found":
        return "not_found"
    if reply.kind in ("answer", "list"):
        return "answered" if reply.items else ("suggestions_only" if reply.suggestions else None)
    if reply.kind == "usage" and reply.suggestions:
        return "suggestions_only"
    return None


def record_for(text: str, platform: str, reply: Reply, now: dt.datetime) -> QuestionRecord | None:
    outcome = classify(reply)
    if outcome is None:
        return None
    command = split_command(strip_invocation(Command(None, None, "", clean_text(text))))
    intent = command.name or "question"
    if outcome == "answered":
        subject = reply.items[:1] if reply.kind == "answer" else ()  # what the question was about; a list has no one subject
        return QuestionRecord(now, platform, intent, outcome, items=tuple(f"{i.type}:{i.id}" for i in subject))
    return QuestionRecord(now, platform, intent, outcome, normalise_question(text), tuple(reply.suggestions))


def normalise_question(text: str) -> str:
    """Lower case, single spaces, no mentions or trailing punctuation, at most MAX_QUESTION characters."""
    text = _MENTIONS.sub(" ", strip_invocation(Command(None, None, "", clean_text(text))).text)
    return _TRAILING.sub("", " ".join(text.lower().split()))[:MAX_QUESTION].rstrip()


def answer_key(reply: Reply) -> str:
    """What feedback is counted against: an answer's subject entry ("quote:..."), or a list's title."""
    if reply.kind == "answer" and reply.items:
        return f"{reply.items[0].type}:{reply.items[0].id}"
    return reply.title[:MAX_QUESTION]
