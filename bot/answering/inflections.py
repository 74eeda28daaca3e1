"""A word typed with an ending the knowledge's own word lacks, read as that word: "pledgeing", "recomitting", "attendeed".

    base_of("recommitting", known)  -> "recommit"     (the ending off, a doubled last letter single)
    base_of("pledgeing", known)     -> "pledge"
    with_ending("recommit", "recomitting") -> "recommitting"; with_ending("pledge", "pledgeing") -> "pledging"

A typo in the stem is mended by the caller's ``correct`` (one or two edits, as for any word); the ending is
put back the way English spells it, so that the routes still read "who attended ..." as they read it typed
right. Pure: ``known`` and ``correct`` are the knowledge's vocabulary, passed in.
"""

from __future__ import annotations

from collections.abc import Callable

#: Endings, longest first; "eed" and "eing" are "ed" and "ing" after a stem's own "e" ("attendeed", "pledgeing").
ENDINGS = ("eing", "ing", "eed", "ed", "es", "s")
_SAME = {"eing": "ing", "eed": "ed"}
_LEAST = 4  # letters a stem keeps: "sing" is no "s" + "ing"


def base_of(word: str, known: Callable[[str], bool], correct: Callable[[str], str | None] = lambda _: None) -> str | None:
    """The known word ``word`` is an inflection of (its stem's typo mended by ``correct``), or None."""
    for ending in ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < _LEAST:
            continue
        stem = word[: -len(ending)]
        for base in _stems(stem, ending):
            if known(base):
                return base
        for base in _stems(stem, ending):  # a mended stem is a stem, not a word with an ending of its own ("attended")
            if len(base) >= _LEAST + 1 and (mended := correct(base)) and mended[0] == base[0] and not mended.endswith(ENDINGS):
                return mended
    return None


def with_ending(base: str, typed: str) -> str:
    """``base`` with the ending ``typed`` has, spelt as English spells it: pledge + ing -> pledging; recommit +
    ing -> recommitting when the typed stem doubled its last letter; attend + ed -> attended."""
    ending = next((e for e in ENDINGS if typed.endswith(e)), "")
    ending = _SAME.get(ending, ending)
    if not ending:
        return base
    stem = typed[: -len(ending)] if typed.endswith(ending) else typed
    if base.endswith("e") and ending in ("ing", "ed", "es"):
        return base[:-1] + ending  # pledg-ing, attend-ed, conferenc-es
    if ending in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] and not base.endswith(base[-1] * 2):
        return base + base[-1] + ending
    if ending == "s" and base.endswith(("s", "x", "ch", "sh")):
        return base + "es"
    return base + ending


def _stems(stem: str, ending: str) -> list[str]:
    """What a stem before ``ending`` may have been: as typed, with its "e" back, its doubled letter single."""
    stems = [stem]
    if ending != "s":
        stems.append(stem + "e")  # "pledg|ing", "pledg|eing": pledge ("attend|eed": attend, an "e" too many)
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "recommitt|ing": recommit
    return stems


def base_forms(normalised: str, known) -> str:
    """``normalised`` words, each ``known`` lacks put as the known word it is a form of: "recommitting to" -> "recommit to"."""
    return " ".join(w if w in known else base_of(w, known.__contains__) or w for w in normalised.split())
