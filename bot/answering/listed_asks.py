"""Several asks put as a list ("1) ... 2) ...", lines starting "-" or "•") or with the second cut short ("who was SG on
16.05.2024, and who on 2025-10-09?"): each ask whole, to be answered one by one.

    "two things:\\n1) host of the first annual cyber defence conference\\n2) host of the third one\\none line each"
        -> ["host of the first annual cyber defence conference", "host of the third cyber defence conference"]
    "who was nato sg on 16.05.2024, and who on 2025-10-09? two names"
        -> ["who was nato sg on 16.05.2024", "who was nato sg on 2025-10-09"]
    "first tell me when the rome 2022 conference was, then give me stoltenberg's main quote from it"
        -> ["tell me when the rome 2022 conference was", "give me stoltenberg's main quote from the rome 2022 conference"]

An item's "the third one" takes the kind of gathering an item before named, its "there", "then" or "it" the gathering
an item before named ("2) what was agreed there" -> "what was agreed at the warsaw summit"); a lead-in ("two things:") and a closing
that asks the answer's shape ("one line each") are no asks; an item asking only "at which summit?" or "by whom?" is
asked with the item before, as one ("1) when was the pledge agreed? 2) at which summit?" -> "when was the pledge agreed,
and at which summit?"). Pure; a message with no list mark and no ", and who" pays two substring tests. Fewer than two
items: [] (the message is read whole).
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_MARK = lazy_pattern(r"(?:^|\n|\s)(?:\(?\d{1,2}[).:]|\((?:[a-h]|i{1,3}|iv|v)\)|(?:[a-h]|i{1,3}|iv|v)\)|[-\u2022*\u2013])\s+")
_NUMBERED_INLINE = lazy_pattern(r"(?:^|\s)\(?(?:[1-9]|[a-h]|i{1,3}|iv|v)\)\s")
#: "1. When was X? 2. Who hosted it?": numbered with full stops, from one, inline.
_NUMBERED_DOTS = lazy_pattern(r"^\W*1\.\s.+?\s2\.\s")
_TRAILING_AND = lazy_pattern(r",?\s+(?:and|or)\s*$")  # "i) which conferences took place in 2025, and ii) where?": the item ends before "and"
#: An ask with no subject of its own, after one that named it: "2) At which summit?", "(b) by whom?", "ii) where?".
_BARE_ASK = lazy_pattern(r"^(?:and )?(?:(?:at|in|on|by|from) )?(?:which|what|whom|who|where|when)(?: (?:summit|city|date|day|year|event|country|ally|allies))?(?: (?:was|were|is|did) (?:it|that|this|they))?[?.]?$", re.IGNORECASE)
_DASHED_AFTER_COLON = lazy_pattern(r":\s+[-\u2022*]\s.+\s[-\u2022*]\s")  # "quick ones: - when ... - who ...": lines joined
_KIND = lazy_pattern(r"\b((?:(?:first |second |third )?annual )?(?:nato )?(?:cyber defen[cs]e )?(?:pledge )?(?:conference|summit|conf))\b", flags=0)
_BACK = lazy_pattern(r"\b(?:there|then|it)\b(?!\s+(?:was|is)\b)", flags=re.IGNORECASE)  # not "was it": "when was it held" has "it" asked
_SUBJECT = lazy_pattern(r"\bthe (?:\S+ ){0,4}?(?:summit|conference|conf|pledge(?: conference| conf)?|op-ed|op ed|centre|nicc)\b", flags=re.IGNORECASE)
_ONE = lazy_pattern(r"\bthe (?P<which>[\w-]+) one\b")  # "the third one", "the 2021 one", "the tirana one"
_NOT_ASKED = lazy_pattern(r"^(?:(?:two|three|four|a few|some|several|couple of|2|3|4) (?:things|questions|qs|asks|quick ones?)|quick ones?|questions?|pls|please|thanks|thx)$"
                          r"|^(?:(?:in )?(?:one|1|a) (?:line|sentence)s?(?: each| per item)?|one line each|short answers?(?: pls| please)?|thanks|thx|ty|cheers)$")
#: A day or year asked of the ask before ("..., and who on 2025-10-09", "... and who in 2025"); "and who at the 2022 one"
#: is the represented route's own.
#: Steps asked in order: "first tell me X, then give me Y, and finally Z".
_FIRST = lazy_pattern(r"^\W*(?:(?:please|pls)[,\s]+)?first(?:ly)?[,:]?\s+(?=(?:tell|give|show|list|explain|say|name|summari[sz]e|describe|who|what|when|where|which|how|why)\b)", re.IGNORECASE)
_STEPS = lazy_pattern(r"[,;.]?\s+(?:and\s+)?(?:then|finally|lastly|after that)[,:]?\s+", re.IGNORECASE)
_CUT_SHORT = lazy_pattern(r"^(?P<ask>(?:who|what|where|when|which)\b.*?) (?P<prep>on|in) (?P<x>[^,?]*?\d[^,?]*?),? and (?:who|what|where|when|which)(?: (?:was|were|is))? (?P<prep2>on|in) (?P<y>[^?]*?\d[^?]*?)(?:\?.*)?$")


def listed_questions(text: str) -> list[str]:
    """The asks of a message that lists them or cuts the second short, each whole; [] for any other message."""
    if "\n" in text or ")" in text and _NUMBERED_INLINE.search(text) or ":" in text and _DASHED_AFTER_COLON.search(text) or "2." in text and _NUMBERED_DOTS.match(text):
        return _items(text)
    if text[:12].lower().lstrip(" ,").startswith(("first", "please first", "pls first")) and (first := _FIRST.match(text)) and len(steps := _STEPS.split(text[first.end():])) > 1:
        return _items("\n".join(steps))  # "first tell me X, then give me Y, then Z": each step asked
    if ", and " in text or " and who " in text or " and what " in text:
        return _cut_short(text)
    return []


def _items(text: str) -> list[str]:
    if len(pieces := [p.strip(" \n:;,") for p in _MARK.split(text)]) < 3 and "\n" not in text:
        return []
    items = [_TRAILING_AND.sub("", line).strip(" :;,") for p in pieces for line in p.split("\n") if line.strip(" :;,")]
    asks = [i for i in items if not _NOT_ASKED.match(i.lower().rstrip("?!. "))]
    if len(asks) < 2 or len(asks) > 6:
        return []
    kind, subject, previous = "", "", ""
    for n, ask in enumerate(asks):
        if kind and (one := _ONE.search(ask.lower())):
            asks[n] = f"{ask[:one.start()]}the {one['which']} {kind}{ask[one.end():]}"
        elif previous and _BARE_ASK.match(ask):  # "1) when was the pledge agreed? 2) at which summit?": one ask, as said at once
            asks[n - 1], asks[n] = "", f"{previous.rstrip('?. ')}, and {ask[0].lower()}{ask[1:].rstrip('?. ')}?"
        elif subject and _BACK.search(ask):  # "2) what was agreed there 3) who was SG then": at the subject named before
            asks[n] = _BACK.sub(lambda m: f"at the time of {subject}" if m[0].lower() == "then" else (f"at {subject}" if m[0].lower() == "there" else subject), ask)
        kind = (found[1] if (found := _KIND.search(asks[n].lower())) else kind).replace("first annual ", "").replace("annual ", "")
        subject = found[0] if (found := _SUBJECT.search(asks[n])) else subject
        previous = asks[n]
    return [ask for ask in asks if ask]  # one, when the list was one ask put in parts ("1) when? 2) at which summit?")


def _cut_short(text: str) -> list[str]:
    if not (cut := _CUT_SHORT.match(text.strip())):
        return []
    return [f"{cut['ask']} {cut['prep']} {cut['x']}", f"{cut['ask']} {cut['prep2']} {cut['y']}"]
