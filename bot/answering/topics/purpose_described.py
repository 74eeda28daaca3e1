"""An initiative asked for by what kind of thing it is and what it is for, not by its name.

    "what teams has nato established to assist an ally under serious cyber attack"  -> Cyber rapid reaction teams
    "which nato platform is there for sharing malware information"                  -> Malware information-sharing platform
    "is there a nato centre that brings cyber defence together"                     -> NATO Integrated Cyber Defence Centre

The kind word picks the initiatives of that kind (or named with that word); the purpose's words pick the one whose
name and summary hold most of them, and only one that holds more than any other. Read from the knowledge, so any
knowledge file's initiatives are found the same way. Pure; a question without a kind word costs a word-set test.
"""

from __future__ import annotations

from ...knowledge.model import Initiative
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..search import STOPWORDS, normalize
from .initiatives import initiative_reply

#: What people call a kind of initiative -> the kind the knowledge gives it.
#: Nouns any kind of initiative may be called by: the purpose alone picks among all of them.
_ANY_KIND = frozenset("mechanism mechanisms tool tools system systems arrangement arrangements initiative initiatives".split())
_KINDS = {"team": "team", "teams": "team", "unit": "team", "units": "team", "centre": "centre", "centres": "centre", "center": "centre",
          "centers": "centre", "hub": "centre", "platform": "platform", "platforms": "platform",
          "cell": "cell", "cells": "cell", "exercise": "exercise", "exercises": "exercise", "drill": "exercise", "capability": "programme",
          "capabilities": "programme", "programme": "programme", "programmes": "programme", "campaign": "campaign"}
_ASKED = lazy_pattern(r"^(?:what|which|are there any|is there (?:an?|some)|(?:does|do) (?:nato|the alliance|the allies|allies) have(?: an?y?| some)?|(?:has|have) (?:nato|the allies|allies) got(?: an?y?| some)?) (?:\S+ ){0,2}?(?P<noun>" + "|".join([*_KINDS, *_ANY_KIND])
                      + r")\b.*? (?:to|for|that|which|who|where|so that|in order to|can|could|will|would|may|might|allows?|lets?|enables?|helps?) (?P<purpose>\S.*)$")
_EVERYWHERE = frozenset("nato cyber defence defense allied alliance allies ally member members support help assist".split()) | STOPWORDS
_STEM = 5  # letters compared: "attacks" and "attack", "sharing" and "shares"


def answer_purpose_described(lookup: Lookup, question: str) -> Reply | None:
    """The one initiative of the kind ``question`` names whose text holds most of what it is asked to be for; else None."""
    words = question.split()
    if _KINDS.keys().isdisjoint(words) and _ANY_KIND.isdisjoint(words) or (asked := _ASKED.match(question)) is None:
        return None
    initiatives = lookup.knowledge.initiatives.values()
    kind = _KINDS.get(asked["noun"])  # None: "what mechanism ...", any kind, the purpose alone decides
    candidates = [i for i in initiatives if kind is None or i.kind == kind or asked["noun"][:_STEM] in normalize(i.name)]
    purpose = {w[:_STEM] for w in asked["purpose"].split() if w not in _EVERYWHERE}
    scored = sorted(((len(purpose & _stems(i)), i) for i in candidates), key=lambda pair: -pair[0])
    if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return initiative_reply(lookup, scored[0][1])


def _stems(initiative: Initiative) -> set[str]:
    return {w[:_STEM] for w in normalize(f"{initiative.name} {initiative.summary or ''}").split()}
