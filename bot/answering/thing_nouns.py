"""The kind of thing a question names ("policy", "strategy", "centre"), held against the entry found for it.

    "what was nato's first cyber defence strategy"  + First annual NATO Cyber Defence Conference -> "strategy" (not a strategy)
    "what is the nato cyber defence policy"         + Enhanced Cyber Defence Policy               -> None (it is one)
    "what are the rapid reaction teams"             + Cyber rapid reaction teams                  -> None
    "when was the rapid reaction team concept made" + Cyber rapid reaction teams (summary: "the concept ...") -> None
    "the 2007 estonia attacks"                      + Kaja Kallas (Prime Minister of Estonia)     -> "attacks"

An entry that shares a question's other words but is not the kind of thing it asks about is a neighbour,
not the answer. Pure; a set test per word of the question, and the entry's own names read once.
"""

from __future__ import annotations

from .search import normalize

#: An attack however it is called: "the estonia attacks" asks of one, not of Estonia's prime minister.
ATTACK_NOUNS = frozenset(("attack", "attacks", "cyberattack", "cyberattacks", "hack", "hacks", "incident", "incidents", "ddos"))

#: Nouns that say what kind of thing is asked about, each with the spellings that count as it.
_KINDS = {
    "policy": ("policy", "policies"), "policies": ("policy", "policies"), "strategy": ("strategy", "strategies"),
    "strategies": ("strategy", "strategies"), "doctrine": ("doctrine",), "treaty": ("treaty",), "agreement": ("agreement",),
    "programme": ("programme", "program"), "program": ("programme", "program"), "platform": ("platform",),
    "centre": ("centre", "center"), "center": ("centre", "center"), "team": ("team", "teams"), "teams": ("team", "teams"),
    "agency": ("agency",), "army": ("army", "armies"), "armies": ("army", "armies"), "brigade": ("brigade",), "battalion": ("battalion",), "unit": ("unit",), "concept": ("concept",), "command": ("command",), "law": ("law",),
    **dict.fromkeys(ATTACK_NOUNS, ATTACK_NOUNS),
}

#: Every noun that says a kind of thing: "anything on ukraine's it army" asks of an army.
KIND_NOUNS = frozenset(_KINDS)


def unmet_noun(question: str, names: tuple[str, ...], kind: str = "", summary: str = "") -> str | None:
    """The first kind noun of ``question`` (normalised) that none of an entry's ``names`` (and its ``kind``) holds, else None.

    A noun right after one the entry holds names a part of it when its ``summary`` speaks of one:
    "the rapid reaction team concept" (the teams' summary: "the concept was developed from 2011"). An attack is met by
    an entry whose summary speaks of attacks: "can a cyber attack trigger article 5" (the policy saying one can).
    """
    words = question.split()
    asked = [(n, w) for n, w in enumerate(words) if w in _KINDS]
    if not asked:
        return None
    held = set(normalize(" ".join((*names, kind))).split())
    said = set(normalize(summary).split()) if summary else set()
    return next((w for n, w in asked if held.isdisjoint(_KINDS[w]) and not (w in ATTACK_NOUNS and not said.isdisjoint(ATTACK_NOUNS))
                 and not (n and words[n - 1] in _KINDS and not held.isdisjoint(_KINDS[words[n - 1]]) and not said.isdisjoint(_KINDS[w]))), None)
