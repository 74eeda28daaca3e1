"""Chat strings of the honest miss for a name the knowledge lacks (``topics/unnamed_things.py``).

Pure: each function returns plain text composed from the values passed in.
"""

from __future__ import annotations

from .phrasing import shorten


def no_entry_for(name: str) -> str:
    """"I have no entry for “Cyber Shield”."."""
    return f"I have no entry for \u201c{shorten(name, 60)}\u201d."


def not_the_same(lacking: list[str]) -> str:
    """What the suggestions under the miss are, and are not."""
    words = " ".join(lacking)
    return (f"Nothing in the knowledge is called that: it never mentions \u201c{shorten(words, 40)}\u201d. "
            "Entries that share the question's other words are below; they are not the same thing.")


def only_mentioned(words: list[str]) -> str:
    """Where the knowledge mentions what it has no entry for."""
    return (f"The knowledge only mentions \u201c{shorten(' '.join(words), 40)}\u201d in the entries below; "
            "none of them is about it.")


NO_NEIGHBOURS = "Nothing in the knowledge is called that. Ask `help` to see what it covers."


def no_such_kind(noun: str, asked: str) -> str:
    """A question naming a kind of thing ("strategy") whose nearest entry is of another kind: a miss, the entry a suggestion."""
    return f"I have no {noun} matching “{asked}”: the nearest entry is another kind of thing"
