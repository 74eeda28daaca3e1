"""The day of a person's speech, asked by the speech: "when was stoltenberg's keynote in rome" is when he spoke there.

    "when was stoltenberg keynote in rome"                  -> "when did stoltenberg speak in rome"
    "when was rutte video address to the tirana conference" -> "when did rutte speak at the tirana conference"
    "when was stoltenbergs speech in berlin"                -> "when did stoltenbergs speak in berlin"

The spoke-where route answers with the day the knowledge records for the speech (the day one of several). Pure;
a normalised question not opening "when" with a speech word pays one prefix test and one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_SPEECH = frozenset("keynote speech address remarks talk message".split())
_NOT_A_NAME = frozenset("the a an was is were that this his her its".split())
_SPEECH_WHEN = lazy_pattern(r"^when (?:(?:was|is|were) )?(?:the )?(?P<who>(?!the |a |an |that |this |his |her )\S+(?: \S+)??) (?:video |opening |main |keynote |welcome )?"
                            r"(?:keynote|speech|address|remarks|talk|message)(?: speech| address)? (?:(?:in|at|to|during) (?P<at>.+))$")


def speech_date_asked(text: str) -> str:
    """``text`` (normalised) asking when a person's speech somewhere was, as when the person spoke there; else ``text``."""
    if not text.startswith("when ") or _SPEECH.isdisjoint(word_set(text)) or (asked := _SPEECH_WHEN.match(text)) is None:
        return text
    if not _NOT_A_NAME.isdisjoint(asked["who"].split()):
        return text  # "when was the keynote in rome": nobody named
    return f"when did {asked['who']} speak at {asked['at']}"
