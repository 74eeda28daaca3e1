"""What the question log says, summed up for curators: pure functions over records.

    build_insights(questions, feedback).missed[0]  ->  MissedGroup("when is the next summit", 3, (...))
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .records import FeedbackRecord, QuestionRecord

SIMILAR = 80  # rapidfuzz token_sort_ratio from which two missed questions are one group
EXAMPLES = 3


@dataclass(frozen=True)
class MissedGroup:
    question: str  # the group's most asked wording
    count: int
    examples: tuple[str, ...]  # the other wordings, most asked first


@dataclass(frozen=True)
class NotRight:
    answer: str  # the answer's knowledge items ("quote:rutte-...") or title
    count: int  # "not right" clicks
    helpful: int
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Insights:
    questions: int
    missed: tuple[MissedGroup, ...]
    not_right: tuple[NotRight, ...]
    most_asked: tuple[tuple[str, int], ...]
    per_day: dict[str, int]


def build_insights(questions: list[QuestionRecord], feedback: list[FeedbackRecord], *, limit: int = 10) -> Insights:
    missed = [q.question for q in questions if q.outcome != "answered" and q.question]
    asked = Counter(item for q in questions for item in q.items)
    per_day = Counter(q.asked_at.date().isoformat() for q in questions)
    return Insights(
        questions=len(questions),
        missed=tuple(group_missed(missed)[:limit]),
        not_right=tuple(_not_right(feedback)[:limit]),
        most_asked=tuple(sorted(asked.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]),
        per_day=dict(sorted(per_day.items())),
    )


def group_missed(questions: list[str]) -> list[MissedGroup]:
    """Questions grouped by similar wording, the most asked group first."""
    counts = Counter(questions)
    groups: list[list[str]] = []
    heads: list[str] = []
    for text, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        best = process.extractOne(text, heads, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR) if heads else None
        if best is None:
            heads.append(text)
            groups.append([text])
        else:
            groups[best[2]].append(text)
    found = [MissedGroup(g[0], sum(counts[t] for t in g), tuple(g[1 : EXAMPLES + 1])) for g in groups]
    return sorted(found, key=lambda group: (-group.count, group.question))


def _not_right(feedback: list[FeedbackRecord]) -> list[NotRight]:
    votes: dict[str, Counter] = defaultdict(Counter)
    asked: dict[str, Counter] = defaultdict(Counter)
    for record in feedback:
        votes[record.answer][record.verdict] += 1
        if record.question:
            asked[record.answer][record.question] += 1
    found = [NotRight(answer, v["not_right"], v["helpful"], tuple(q for q, _ in asked[answer].most_common(EXAMPLES)))
             for answer, v in votes.items() if v["not_right"]]
    return sorted(found, key=lambda row: (-row.count, row.helpful, row.answer))
