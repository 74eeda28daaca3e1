"""Chat strings of the day answers: what happened on a day, anniversaries, how long ago."""

from __future__ import annotations

import datetime as dt

from .phrasing import shorten


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def on_that_day(day: dt.date, what: str) -> str:
    """A line of the day asked itself: "On 8 July 2016: Cyber Defence Pledge, by NATO Allies"."""
    return f"On {day_text(day)}: {what}"


def that_day_title(day: dt.date) -> str:
    """The title when a year is named: that day of that year comes first, other years follow labelled."""
    return f"On {day_text(day)}"


def nothing_on_that_day(day: dt.date) -> str:
    return f"Nothing in the knowledge happened on {day_text(day)}"


def initiative_dated(name: str, kind: str) -> str:
    """"NATO Integrated Cyber Defence Centre agreed": what an initiative's date stands for."""
    return f"{name} {'began' if kind in ('programme', 'exercise', 'campaign') else 'agreed'}"


def article_published(title: str, publisher: str | None) -> str:
    return f"Article “{shorten(title, 70)}” published" + (f" ({publisher})" if publisher else "")
