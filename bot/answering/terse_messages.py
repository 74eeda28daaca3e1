"""Chat strings of the terse steps: the event right before or after another.

Pure: each function returns a title (a plain sentence) composed from the values passed in.
"""

from __future__ import annotations


def next_to(noun: str, side: str, anchor: str, answer: str) -> str:
    """"The Cyber Defence Pledge Conference before NATO Cyber Defence Pledge Conference 2024 — <its answer>"."""
    return f"The {noun} {side} {anchor} — {answer}"


def none_next_to(noun: str, side: str, anchor: str) -> str:
    return f"The knowledge has no {noun} {side} {anchor}"

