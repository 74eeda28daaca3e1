"""The words that make a phrase a role, and the kin of a role's title: "prime minister", "the dutch defence minister".

    role_kin({"chancellor"})                                   -> {"chancellor", "minister", "head", "chief", "leader", "boss"}
    role_country("Prime Minister of Albania", ())              -> ("Albania", {"prime", "minister", "head", …})

Pure: used by ``Lookup`` to resolve a role with a country, and by the steps that read roles in a question.
"""

from __future__ import annotations

from .places import places_in
from .search import normalize

#: Words that make a phrase a role ("prime minister"); a role with a country needs one of them.
ROLE_HEADS = frozenset("minister prime pm premier ambassador chancellor president leader chief head".split())
#: A minister's portfolio no role in the knowledge has: named, it must be the role's ("german interior minister": not Baerbock).
PORTFOLIOS = frozenset("interior justice finance economy economic digital health education trade energy transport agriculture environment".split())
ROLE_WORDS = ROLE_HEADS | PORTFOLIOS | frozenset("foreign defence defense deputy vice federal armed forces affairs cyber national duchy".split())
ROLE_SYNONYMS = {"defense": "defence", "premier": "prime", "vice": "deputy"}  # "vice minister": a deputy one
ROLE_EXPANSIONS = {"pm": {"prime", "minister"}}
_LEADING = frozenset("head chief leader boss".split())
LESSER_ROLE_WORDS = frozenset("deputy vice assistant".split())


def role_kin(words: set[str] | frozenset[str]) -> set[str]:
    """A role title's words with the words people use for its kind: a chancellor or a secretary (of state) sits in a
    government as a minister ("which uk minister spoke": the Chancellor of the Duchy of Lancaster); whoever leads a
    government or NATO is its head, chief or leader."""
    kin = set(words)
    if "chancellor" in kin or ("secretary" in kin and "general" not in kin):
        kin.add("minister")
    if kin & _LEADING or "president" in kin or "prime" in kin or "chancellor" in kin or {"secretary", "general"} <= kin:
        kin |= _LEADING
    return kin


def role_country(title: str, aliases: tuple[str, ...]) -> tuple[str | None, frozenset[str]]:
    """The country a role belongs to ("Prime Minister of Albania" -> Albania) and its role words."""
    for text in (title, *aliases):
        normalized = normalize(text)
        countries = [p.country for _, p in places_in(normalized) if not p.is_city]
        if countries:
            words = {ROLE_SYNONYMS.get(w, w) for w in normalized.split() if w in ROLE_WORDS}
            if "prime" in words:
                words.add("minister")
            return countries[0], frozenset(role_kin(words))
    return None, frozenset()
