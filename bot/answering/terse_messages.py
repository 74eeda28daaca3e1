"""Chat strings of the terse steps: the event right before or after another, who was at two events.

Pure: each function returns a title (a plain sentence) composed from the values passed in.
"""

from __future__ import annotations


def next_to(noun: str, side: str, anchor: str, answer: str) -> str:
    """"The Cyber Defence Pledge Conference before NATO Cyber Defence Pledge Conference 2024 — <its answer>"."""
    return f"The {noun} {side} {anchor} — {answer}"


def none_next_to(noun: str, side: str, anchor: str) -> str:
    return f"The knowledge has no {noun} {side} {anchor}"



# ---- who was at two events ----------------------------------------------------------------
NOBODY_RECORDED = "nobody recorded"


def at_both(names: str, first: str, second: str) -> str:
    """"Jens Stoltenberg was at both NATO Cyber Defence Pledge Conference 2022 and First annual NATO Cyber Defence Conference"."""
    return f"{names} {'were' if ' and ' in names else 'was'} at both {first} and {second}"


def none_at_both(first: str, second: str) -> str:
    """Not a miss: both events are known, and who was at each is listed."""
    return f"{first} and {second} share nobody: no one the knowledge records was at both"


def at_event(label: str, names: str) -> str:
    return f"{label}: {names}"


def none_between(noun: str, first: str, last: str) -> str:
    return f"The knowledge has no {noun} between {first} and {last}"


def several_between(count: int, noun: str, first: str, last: str) -> str:
    return f"{count} of the {noun} events fall between {first} and {last}"


def all_between(count: int, first: str, last: str, *, decided: bool = False) -> str:
    if decided:
        return f"Decisions were made at {count} events between {first} and {last}"
    return f"{count} events fall between {first} and {last}"


def years_with_both(years: str, first: str, second: str) -> str:
    return f"Both {_a(first)} and {_a(second)} in {years}"


def no_year_with_both(first: str, second: str) -> str:
    return f"The knowledge has no year with both {_a(first)} and {_a(second)}"


def _a(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def time_between(span: str, first_when: str, first: str, second_when: str, second: str) -> str:
    """"9 years and 10 months: NATO Wales Summit 2014 (4–5 September 2014) to NATO Washington Summit 2024 (9–11 July 2024)"."""
    return f"{span[:1].upper()}{span[1:]}: {first} ({first_when}) to {second} ({second_when})"


def no_entry_named(words: str) -> str:
    return f"I have no entry for “{words}”, so I cannot count the time from it"


def repeat_speakers(count: int, noun: str) -> str:
    return f"{count} {'people' if count != 1 else 'person'} spoke at more than one {noun}"


def no_repeat_speakers(noun: str) -> str:
    return f"The knowledge records no one who spoke at more than one {noun}"


def in_date_order(dated: str) -> str:
    return f"In date order: {dated}"


def not_in_knowledge(words: str) -> str:  # one of a list asked in date order: "I have no entry for “the oslo conference”; the others in date order"
    return f"I have no entry for “{words}”; the others, in date order, are below"
