"""Chat strings of the step that answers several questions in one message (``several.py``).

Pure: each function returns plain text composed from the values passed in.
"""

from __future__ import annotations

#: Longest line of one part, and of the words of a quote it shows (a reply of six parts fits one Discord message).
LINE_LIMIT = 280
QUOTE_LIMIT = 160


def answered(count: int, missed: int) -> str:
    """"3 answers to your message, 1 of them a miss"."""
    if missed:
        return f"{count} questions in your message: {count - missed} answered, {missed} not in the knowledge"
    return f"{count} questions in your message, each answered"


def part_line(text: str) -> str:
    return text if len(text) <= LINE_LIMIT else text[: LINE_LIMIT - 1].rstrip() + "\u2026"


def with_quote(title: str, words: str) -> str:
    """"Mark Rutte at Tirana: “No one stands alone …”"."""
    shown = words if len(words) <= QUOTE_LIMIT else words[: QUOTE_LIMIT - 1].rstrip() + "\u2026"
    return f"{title}: \u201c{shown}\u201d"


def with_summary(title: str, sentence: str) -> str:
    """"NATO Integrated Cyber Defence Centre: Agreed by Allies at the Washington Summit …"."""
    return f"{title}: {sentence}"
