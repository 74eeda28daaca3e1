"""Step 1b, part of rephrasing: who shared a stage with someone asks who else spoke there.

    "who did stoltenberg share the stage with at the berlin conference" -> "who spoke at the berlin conference besides stoltenberg"
    "who spoke with rutte in tirana"                                     -> "who spoke in tirana besides rutte"
    "who shared the platform with baerbock at berlin"                    -> "who spoke at berlin besides baerbock"

The speakers' answer names everyone who spoke there; "besides" says whom the asker already knows of. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_DID_SHARE = lazy_pattern(r"^who did (?P<who>.+?) (?:share (?:the |a )?(?:stage|platform|podium|panel|billing)|speak|appear|present|talk|go on stage|sit on (?:the |a )?panel)"
                          r" (?:with|alongside) (?P<at>(?:at|in|during) .+)$")
_SHARED = lazy_pattern(r"^who (?:shared (?:the |a )?(?:stage|platform|podium|panel|billing)|spoke|appeared|presented|talked|sat on (?:the |a )?panel)"
                       r" (?:with|alongside) (?P<who>.+?) (?P<at>(?:at|in|during) .+)$")


def shared_stage(text: str) -> str:
    """``text`` (normalised) as "who spoke at X besides Y" when it asks who shared a stage with Y at X, else as it is."""
    if not text.startswith("who ") or not (" with " in text or " alongside " in text):
        return text
    match = _DID_SHARE.match(text) or _SHARED.match(text)
    return f"who spoke {match['at']} besides {match['who']}" if match else text
