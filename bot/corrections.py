"""A misspelt command answered as the command it nearly is, saying so first: never run silently, never a dead end.

    parse_correcting(engine, "evnts 2024")  -> (Command("events", args="2024"), "evnts", "events 2024")
    parse_correcting(engine, "events 2024") -> (Command("events", args="2024"), None, None)
    parse_correcting(engine, "peldge conf 2021?") -> (Command(None, text="pledge conf 2021?"), "peldge", ...): read again,
                                               a question that opens with the command's word, answered as one
    parse_correcting(engine, "reloda")      -> raises MisspeltCommand: only a command anyone may run and that
                                               changes nothing is run for a near miss (not reload, digest, insights)
    corrected(answer, call, "events", "evnts", "events 2024") -> the handler's reply, its first paragraph
        "“evnts” is not a command. Did you mean “events 2024”? This is what it gives."
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .answering.fitting import fit_reply
from .answering.phrasing import shorten
from .commands import find_command
from .errors import MisspeltCommand, UsageError
from .reply import Block, Reply

if TYPE_CHECKING:
    from .answering.engine import Engine
    from .answering.parse import Command
    from .handlers import Call


def parse_correcting(engine: Engine, text: str) -> tuple[Command, str | None, str | None]:
    """``text`` parsed; a near miss of a pure command anyone may run is parsed as that command, with the word and the correction."""
    try:
        return engine.parse(text), None, None
    except MisspeltCommand as error:
        spec = find_command(error.corrected.split()[0])
        if spec is None or not spec.harmless:
            raise
        try:
            command = engine.parse(error.corrected)
        except UsageError:
            raise error from None
        if command.name not in (spec.name, None):  # None: "pledge conf 2021?" is a question
            raise
        return command, error.word, error.corrected


def corrected(answer: Callable[[Call, str | None], Reply], call: Call, handler: str | None, word: str, correction: str) -> Reply:
    """``answer``'s reply to the corrected command, opening with what was read and how (its usage reply too: "serach")."""
    try:
        reply = answer(call, handler)
    except UsageError as error:
        raise UsageError(f"{did_you_mean(word, correction)} {error}", error.suggestions) from None
    return fit_reply(replace(reply, blocks=(Block(read_as(word, correction)), *reply.blocks)))  # still one chat message


def read_as(word: str, correction: str) -> str:
    return f"{did_you_mean(word, correction)} This is what it gives."


def did_you_mean(word: str, correction: str) -> str:
    return f"“{shorten(word, 40)}” is not a command. Did you mean “{shorten(correction, 60)}”?"
