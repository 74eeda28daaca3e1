"""Chat strings of a fact-checker's questions: either/or about a role, who spoke on a day."""

from __future__ import annotations

import datetime as dt


def one_of_two_roles(role: str, names: str, event: str, hosts: str, other: str) -> str:
    """"The defence minister of the Netherlands: Kajsa Ollongren (...), at X (co-hosted by ...); the knowledge records no ... there"."""
    co_hosted = f" (co-hosted by {hosts})" if hosts else ""
    return f"The {role}: {names}, at {event}{co_hosted}; the knowledge records no {other} there"


def speakers_that_day(day: dt.date, event: str, days: str | None, names: str) -> str:
    """Who spoke at the event under way on ``day``; ``days``: its days, when it ran over several (which day each spoke is not recorded)."""
    if days is None:
        return f"On {day.day} {day:%B %Y}, {event} was held. Speakers there: {names}"
    return f"On {day.day} {day:%B %Y}, {event} was under way ({days}; the knowledge does not say who spoke on which day). Speakers there: {names}"


def either_answer(holds: str | None, fact: str, other: str | None) -> str:
    """"In the hague: <fact>; not in amsterdam", or "Neither: <fact>" when neither alternative holds."""
    if holds is None:
        return f"Neither: {fact}"
    said = _as_named(holds)
    return f"{said[:1].upper()}{said[1:]}: {fact}; not {_as_named(other or '')}"


_SMALL_WORDS = frozenset("in at on by from during the of and a an to".split())


def _as_named(words: str) -> str:
    """Words of a question (lowercase) as names are written: "in the hague" -> "in The Hague"."""
    return " ".join(w if w in _SMALL_WORDS or w.isdigit() else w.capitalize() for w in words.split())
