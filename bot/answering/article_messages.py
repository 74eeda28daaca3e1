"""The chat sentences of answers about what a seed article says (messages.py continued, which is full).

Pure: each function returns a title composed from the values the topic modules pass in. No platform names.
"""

from __future__ import annotations


def quotes_in(title: str, publisher: str | None, trusts: list[str]) -> str:
    """"The 2 quotations in “What Is NATO Doing About Cyber Attacks?” (rmndigital.com) are verified in official text"."""
    name = f"“{title}”" + (f" ({publisher})" if publisher else "")
    if trusts and all(t == "verified" for t in trusts):
        return f"{'The quotation' if len(trusts) == 1 else f'The {len(trusts)} quotations'} in {name}: verified against official text"
    return f"The quotations in {name}, and how far each can be trusted (marked on each)"


def quote_noted(title: str, note: str) -> str:
    """"In “First in NATO! …”, the line: not verified: …" (what the knowledge notes of the one quote asked about)."""
    return f"The line in “{title}” — {note[:1].lower()}{note[1:]}"
