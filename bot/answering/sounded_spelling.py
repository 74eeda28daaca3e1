"""Words spelt as they sound, read as the word they sound like, before the spelling step's one-edit guess.

A learner writes an English word the way it sounds, or the way their own language spells that sound:
"k" for a hard "c", "-ens" for "-ence", "ay" for "ai", "y" for "i". One edit from such a spelling
is often another word ("defens" is one letter from "defend"), so the sound is tried first:

    "konferens"  -> "conference"   ("k" as "c", "-ens" as "-ence")
    "defens"     -> "defence"
    "sayd"       -> "said"
    "sekretary"  -> "secretary"
    "kyber"      -> "cyber"
    "narnia"     -> None           (no way of writing its sounds gives a known word)

Only a spelling that gives a word the knowledge or English holds, exactly, is taken. Pure; called by
``spelling.correct_spelling`` for words it does not know, so most questions never reach it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

from ..patterns import lazy_pattern

#: A sound and its other spellings: each place the sound is written is tried both ways.
_SOUNDS = (("k", ("c",)), ("ens", ("ence",)), ("enz", ("ence",)), ("ans", ("ance",)), ("ay", ("ai",)), ("y", ("i",)), ("f", ("ph",)))
_SOUND = lazy_pattern("|".join(sound for sound, _ in _SOUNDS))
_SPELLINGS = dict(_SOUNDS)
_MOST_PLACES = 4  # sounds in one word tried (16 spellings): a longer word is no learner's phonetic spelling of one


def sounded_out(word: str, known: Callable[[str], bool]) -> str | None:
    """The ``known`` word ``word`` sounds like, written another way, or None."""
    parts = _SOUND.split(word)
    sounds = _SOUND.findall(word)
    if not sounds or len(sounds) > _MOST_PLACES:
        return None
    for spelt in product(*[(sound, *_SPELLINGS[sound]) for sound in sounds]):
        if spelt == tuple(sounds):
            continue
        candidate = "".join(part + sound for part, sound in zip(parts, [*spelt, ""]))
        if known(candidate):
            return candidate
    return None
