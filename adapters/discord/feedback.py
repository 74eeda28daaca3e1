""""Helpful" / "Not right" buttons under Discord answers.

A component's ``custom_id`` holds 100 characters, too few for the question the
rating is about, so each button carries its action and a short token, and the
value behind the token is kept here for the last ``KEPT`` answers; a click on
an older answer (or one from before a restart) is thanked and not recorded.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

import discord

from bot.curation.feedback import LABELS, VERDICTS, Verdict

KEPT = 10_000


class FeedbackButtons:
    def __init__(self, kept: int = KEPT):
        self.kept = kept
        self._values: OrderedDict[str, str] = OrderedDict()

    def view(self, value: str) -> discord.ui.View:
        """The two buttons for one answer, as a finished view: sent as components, never kept by discord.py."""
        token = hashlib.sha256(value.encode()).hexdigest()[:24]
        self._values[token] = value
        self._values.move_to_end(token)
        while len(self._values) > self.kept:
            self._values.popitem(last=False)
        view = discord.ui.View(timeout=None)
        for action, verdict in VERDICTS.items():
            style = discord.ButtonStyle.secondary
            view.add_item(discord.ui.Button(label=LABELS[verdict], custom_id=f"{action}:{token}", style=style))
        view.stop()
        return view

    def read(self, custom_id: str) -> tuple[Verdict, str | None] | None:
        """(verdict, the answer's value or None when it is no longer kept), or None for a component not ours."""
        action, _, token = custom_id.partition(":")
        if action not in VERDICTS or not token:
            return None
        return VERDICTS[action], self._values.get(token)
