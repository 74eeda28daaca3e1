"""The domain's own words a phone's autocorrect turned into everyday ones, read back where the words around them say so.

A phone that does not know "cyber" or "pledge" offers the dictionary word nearest ("cider", "please", "ledge"), or a
thumb lands a key off ("vyber"); the word around tells which was meant:

    "what is the cyber defence please"             -> "what is the cyber defence pledge"   (not a sign-off: "the ... please")
    "where was the cyber please conference in 2023" -> "where was the cyber pledge conference in 2023"
    "the hague please conf, who hosted"            -> "the hague pledge conf, who hosted"
    "rome cyber ledge conference"                  -> "rome cyber pledge conference"
    "what did wales 2014 decide on cider"          -> "what did wales 2014 decide on cyber"
    "vyber defence conference in berlin"           -> "cyber defence conference in berlin"
    "tell me about cyber defence, please"          -> as typed (a sign-off after a mark)
    "what is cider", "cider in london?"            -> as typed (nothing of NATO's around: cider meant)

"please" is the pledge before a conference, or after "the cyber (defence)" ("the cyber defence please" names a thing, no
sign-off); "ledge" after "cyber"/"defence" or before a conference; "cider" where another word of the domain is in the
message; a slip no dictionary holds ("vyber", "xyber") always. Pure; a message with none of the words pays one set test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_SLIPS = frozenset("cider cyder vyber xyber cyver cuber viber please ledge".split())
_NO_WORD = frozenset("vyber xyber cyver cuber".split())  # a key off, in no dictionary: cyber wherever typed
_CIDER = lazy_pattern(r"\b(?:cider|cyder|viber)\b", flags=re.IGNORECASE)
_ANY_CYBER = lazy_pattern(r"\b(?:vyber|xyber|cyver|cuber)\b", flags=re.IGNORECASE)
_CONFERENCE = r"(?:conferences?|confs?|conference's)\b"
#: "please"/"ledge" for the pledge: before a conference, after "the cyber (defence)" (kept before a sign-off after a mark).
_PLEDGE = lazy_pattern(rf"\b(?:please|ledge)(?=\s+{_CONFERENCE})|(?<=\bthe cyber )please\b|(?<=\bthe cyber defence )please\b"
                       r"|(?<=\bthe cyber defense )please\b|(?<=\bcyber )ledge\b|(?<=\bdefence )ledge\b|(?<=\bdefense )ledge\b", flags=re.IGNORECASE)
#: Words of NATO's cyber defence, beside which "cider" is no drink.
_DOMAIN = frozenset("nato summit summits conference conferences conf confs pledge pledges defence defense decide decided "
                    "decision decisions agree agreed attack attacks attacked policy security threat threats domain space coalition "
                    "exercise centre center alliance allies allied operations".split())
_WORD = lazy_pattern(r"[a-z]+")


def with_words_meant(text: str) -> str:
    """``text`` with each everyday word autocorrect put for "cyber" or "pledge" read back as that word, where meant."""
    words = _WORD.findall(text.lower())
    if _SLIPS.isdisjoint(words):
        return text  # most messages: one set test
    if not _NO_WORD.isdisjoint(words):
        text = _ANY_CYBER.sub(lambda m: _cased("cyber", m[0]), text)
    if _CIDER.search(text) is not None and not _DOMAIN.isdisjoint(words):
        text = _CIDER.sub(lambda m: _cased("cyber", m[0]), text)
    return _PLEDGE.sub(lambda m: _cased("pledge", m[0]), text)


def _cased(word: str, typed: str) -> str:
    """``word`` with the capital the slip was typed with: "Cider" -> "Cyber"."""
    return word.capitalize() if typed[:1].isupper() else word
