"""Chat strings of the terse steps: the event next to another, two asks answered at once.

Pure: each function returns a title (a plain sentence) composed from the values passed in.
"""

from __future__ import annotations


def next_to(noun: str, side: str, anchor: str, answer: str) -> str:
    """"The Cyber Defence Pledge Conference before NATO Cyber Defence Pledge Conference 2024 — <its answer>"."""
    return f"The {noun} {side} {anchor} — {answer}"


def none_next_to(noun: str, side: str, anchor: str) -> str:
    return f"The knowledge has no {noun} {side} {anchor}"


def each_of(count: int, asked: str) -> str:
    """"2 events, each answered: who spoke"."""
    return f"{count} events, each answered: {asked}"
