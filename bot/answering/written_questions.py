"""A written question's ways of asking, each put as the answering reads it, on the text as typed (``handlers.answer``).

    "Is it the case that the Wales Summit declared cyber defence part of collective defence?"
        -> "is it true that cyber defence part of collective defence was declared at the Wales Summit?"
    "What remarks did Kajsa Ollongren make at the 2024 Pledge Conference?" -> "What did Kajsa Ollongren say at ..."
    "What has NATO said publicly about whether it is defensive?"           -> "nato: it is defensive"
    "NATO did something big for cyber in Warsaw, what was it?"             -> "what did NATO do for cyber in Warsaw"

The steps, in order: the formal lead (``formal_asks``), a decision claimed of a gathering (``decision_claims``), a
remark asked of someone (``remarks_asks``), a position asked of the Alliance (``alliance_said``), something the Alliance
did asked what (``done_something``), words recalled then "full sentence?" (``said_something``), an unnamed speaker's words
then the line or who asked (``someone_said``). Each is pure and gated on its own cue words.
"""

from __future__ import annotations

from .alliance_said import alliance_said
from .decision_claims import decision_first
from .done_something import done_asked
from .formal_asks import formal_asked
from .remarks_asks import remarks_asked
from .said_something import remembered_then_whole
from .someone_said import who_said_unnamed


def as_plainly_asked(text: str) -> str:
    """``text`` with each way of asking these modules know put plainly; other text as it is."""
    return who_said_unnamed(remembered_then_whole(done_asked(alliance_said(remarks_asked(decision_first(formal_asked(text)))))))
