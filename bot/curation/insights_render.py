"""Insights as plain text (one chat message), JSON for tools and CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

from .insights import Insights

CHAT_LIMIT = 2000  # characters: fits a Slack or Discord message


def insights_text(insights: Insights, since: str | None, limit: int = CHAT_LIMIT) -> str:
    period = f"since {since}" if since else "in the kept records"
    lines = [f"Insights {period}: {insights.questions} question{'s' * (insights.questions != 1)}."]
    if not insights.questions:
        return lines[0] + " Nothing recorded yet."
    lines.append("Missed most often:" if insights.missed else "Nothing missed.")
    for group in insights.missed:
        also = f" (also: {'; '.join(group.examples)})" if group.examples else ""
        lines.append(f"  {group.count}× {group.question}{also}")
    if insights.not_right:
        lines.append("Marked “not right” most:")
        lines += [f"  {row.count}× {row.answer} ({row.helpful} helpful)"
                  + (f", asked as: {'; '.join(row.questions)}" if row.questions else "") for row in insights.not_right]
    if insights.most_asked:
        lines.append("Most asked:")
        lines += [f"  {count}× {item}" for item, count in insights.most_asked]
    lines.append("Per day: " + ", ".join(f"{day} {count}" for day, count in insights.per_day.items()))
    return _fit(lines, limit)


def _fit(lines: list[str], limit: int) -> str:
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    cut = text[: limit - 2].rsplit("\n", 1)[0]
    return cut + "\n…"


def insights_json(insights: Insights) -> str:
    return json.dumps({
        "missed": [{"question": g.question, "count": g.count, "examples": list(g.examples)} for g in insights.missed],
        "not_right": [{"answer": r.answer, "count": r.count, "helpful": r.helpful, "questions": list(r.questions)}
                      for r in insights.not_right],
        "most_asked": [{"item": item, "count": count} for item, count in insights.most_asked],
        "per_day": insights.per_day,
    }, ensure_ascii=False, indent=2)


def insights_csv(insights: Insights) -> str:
    """One table: section, what, count, details (examples or questions, separated by " | ")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "what", "count", "details"])
    writer.writerows(["missed", g.question, g.count, " | ".join(g.examples)] for g in insights.missed)
    writer.writerows(["not_right", r.answer, r.count, " | ".join(r.questions)] for r in insights.not_right)
    writer.writerows(["most_asked", item, count, ""] for item, count in insights.most_asked)
    writer.writerows(["per_day", day, count, ""] for day, count in insights.per_day.items())
    return out.getvalue()
