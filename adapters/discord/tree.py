"""``/cyber`` as Discord app commands, generated from the command registry.

``/cyber ask text:…`` is the free-text form; each registry command marked
``app_command`` becomes ``/cyber quote``, ``/cyber event``, … with autocomplete
from the core. Discord forbids a command that has subcommands from taking
options itself, hence ``ask`` rather than a bare ``/cyber text:…``. Builds the
commands only: what a callback does is the client's ``respond``.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Optional

import discord
from discord import app_commands

from bot.commands import COMMANDS, COMPLETED_KINDS, Argument, CommandSpec

from .render import cut
from .to_request import command_text, subcommand_name

log = logging.getLogger(__name__)

GROUP_NAME = "cyber"
PRIVATE_HELP = "Only you see the answer"
ASK = CommandSpec("ask", "Ask anything: a command or a question",
                  args=(Argument("text", "a command or a question, e.g. when was the Tirana conference", required=True),))

Respond = Callable[[discord.Interaction, str, bool], Awaitable[None]]  # (interaction, text, private)
Complete = Callable[[str, str], list]  # (argument kind, what was typed so far) -> Choice list


def build_group(respond: Respond, complete: Complete) -> app_commands.Group:
    """``/cyber ask`` plus one subcommand per registry command marked ``app_command``."""
    group = app_commands.Group(name=GROUP_NAME, description="NATO cyber-defence events, pledges and quotes")
    group.add_command(_subcommand(ASK, lambda options: str(options["text"]), respond, complete))
    for spec in COMMANDS:
        if spec.app_command:
            text_for = lambda options, spec=spec: command_text(spec, options)  # noqa: E731
            group.add_command(_subcommand(spec, text_for, respond, complete))
    return group


def _subcommand(spec: CommandSpec, text_for: Callable[[Mapping[str, object]], str], respond: Respond,
                complete: Complete) -> app_commands.Command:
    async def callback(interaction: discord.Interaction, **options) -> None:
        private = bool(options.pop("private", None))
        await respond(interaction, text_for(options), private)

    callback.__signature__ = _signature(spec.args)
    descriptions = {a.name: cut(a.help, 100) for a in spec.args} | {"private": PRIVATE_HELP}
    described = app_commands.describe(**descriptions)(callback)
    command = app_commands.Command(name=subcommand_name(spec), description=cut(spec.summary, 100), callback=described)
    for arg in spec.args:
        if arg.kind in COMPLETED_KINDS:  # a date or a time gets no empty list of suggestions
            command.autocomplete(arg.name)(_completer(arg.kind, complete))
    return command


def _completer(kind: str, complete: Complete):
    async def choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        try:
            found = complete(kind, current or "")
        except Exception:
            log.exception("autocomplete for %s failed", kind)
            return []
        return [app_commands.Choice(name=cut(c.label, 100), value=c.value) for c in found if 0 < len(c.value) <= 100][:25]

    return choices


def _signature(args: tuple[Argument, ...]) -> inspect.Signature:
    """The callback signature discord.py reads the options from: one per argument, plus ``private``."""
    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    for arg in args:
        if arg.required:
            params.append(inspect.Parameter(arg.name, inspect.Parameter.KEYWORD_ONLY, annotation=str))
        else:
            params.append(inspect.Parameter(arg.name, inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str], default=None))
    params.append(inspect.Parameter("private", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[bool], default=None))
    return inspect.Signature(params)
