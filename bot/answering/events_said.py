"""The chat sentences of the event answers added for issue 9 (event_messages.py and messages.py are full enough).

Pure: each function returns a title composed from the values the topic modules pass in. No platform names.
"""

from __future__ import annotations


def who_opened(event: str, said: str) -> str:
    """"Who opened NATO Cyber Defence Pledge Conference 2024: the knowledge says ... Ernest Noorman gave the opening speech"."""
    return f"Who opened {event}: {said}"


def opening_not_recorded(event: str, speakers: str) -> str:
    """The knowledge names speakers but not who opened the event: said first, then who spoke."""
    return f"The knowledge does not say who opened {event}; speakers recorded: {speakers}" if speakers else (
        f"The knowledge does not say who opened {event}")


def speech_titled(name: str, title: str, event: str) -> str:
    """"Kajsa Ollongren's speech at NATO Cyber Defence Pledge Conference 2024 was titled “From Words to Action: ...”"."""
    return f"{name}'s speech at {event} was titled “{title}”"
