"""A name asked the Spanish way ("¿cómo se llama?"): "the actual saceur, how is called?" put as "who is the actual saceur".

    "the actual saceur how is called"         -> "who is the actual saceur"
    "how is called the dutch defence minister" -> "who is the dutch defence minister"
    "how is called the new nato cyber centre"  -> "what is the new nato cyber centre"
    "how is it called in french"               -> as typed (nothing named)

A role or office named is asked with "who", anything else with "what". Read on the text as typed, before the clause
that asks is picked (the thing named is its own clause). Pure; a text without "called" pays one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_CALLED_FIRST = lazy_pattern(r"^\s*how (?:is|was|are|were) (?:he |she |it |they )?called (?P<x>(?!in |by |for )[^?!]*?)\s*[?!.]*\s*$", re.IGNORECASE)
_CALLED_LAST = lazy_pattern(r"^\s*(?P<x>(?!(?:how|what|who|it|he|she|they)\b)[^?!]*?)\s*[,;:\-–—]*\s+how (?:is|was|are|were) (?:he |she |it |they )?called\s*[?!.]*\s*$", re.IGNORECASE)
_ROLE_WORDS = frozenset("minister secretary general saceur president chancellor chief head commander director ambassador leader deputy "
                        "spokesperson premier sg dsg author host speaker".split())


def as_named(text: str) -> str:
    """``text`` (as typed) asking what someone or something "is called" asked as who or what it is; else ``text``."""
    if "called" not in text or not (match := _CALLED_FIRST.match(text) or _CALLED_LAST.match(text)):
        return text
    named = match["x"].strip()
    return f"{'who' if not _ROLE_WORDS.isdisjoint(named.lower().split()) else 'what'} is {named}?"
