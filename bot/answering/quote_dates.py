"""Words quoted with the day they were said asked for, however the date is asked.

    "what date goes with stoltenberg's 'cyber is a constantly contested space' line" -> "when did stoltenberg say '...'"
    "odobescu's 'constant evolution' quote - solid enough to cite, and with what date" -> "when did odobescu say '...'"
    "the date for the 'constant evolution' quote?"                                  -> "when was '...' said"
    "for the 'no one stands alone' line: what office did he hold when he said it"   -> as typed ("when he said it" asks no date)

The quote's own reply then gives its speaker, event and day, and says so when someone else said the words (never
the event's dates in place of the quote). Writings ("when was 'time to raise our game' published") are left alone.
Pure; a message without a quotation mark pays one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .quoted import quoted_spans

_MARKS = frozenset("'\"‘’“”«»")
_DATE_ASKED = lazy_pattern(r"\b(?:what|which|with what|the|a|its|exact) (?:date|day|year|month)\b|\bdate (?:for|of|goes with|on|it was|was)\b|(?<!since )\bwhen\b(?! (?:he|she|they) (?:said|says|spoke|made|gave|used|wrote)\b)|\bdated\b|\bdate\b\??\s*$")
_SAID = lazy_pattern(r"\b(?:quote|quotation|line|words|remark|statement|phrase|soundbite|said (?:it|that|this)|say (?:it|that|this))\b")
_WRITTEN = lazy_pattern(r"\b(?:publish\w*|written|wrote|write|op ed|op-ed|article|piece|headline|title|came out|come out|post|tweet\w*|book|report"
                      # what the words tell of (a decision, an announcement), or whether they are real: other questions
                      r"|decided|decide|agreed|agree|adopted|established|recogni[sz]\w*|announce\w*|happen\w*|held|issued"
                      r"|real|verbatim|genuine|authentic|legit|accurate|translat\w*|original|english|verified|checked|wording)\b")
_WHO = lazy_pattern(r"(?P<who>[A-Za-zÀ-ž][A-Za-zÀ-ž\-]+(?: [A-Za-zÀ-ž][A-Za-zÀ-ž\-]+)?)(?:'s|’s|s'|’) (?:(?:famous|exact|original|whole|full|own) )?['‘“\"]")
_NOT_WHO = frozenset("the a an this that his her their nato s".split())


def dated_quote(text: str) -> str:
    """``text`` as "when did <who> say '<words>'" (or "when was '<words>' said") when it asks the day of quoted words."""
    if _MARKS.isdisjoint(text) or len(spans := quoted_spans(text)) != 1:
        return text
    rest = text.replace(spans[0], " ").lower()
    if rest.lstrip(" '\"‘“").startswith(("who said", "who says", "who wrote")) or not _DATE_ASKED.search(rest) \
            or not _SAID.search(rest) or _WRITTEN.search(rest):
        return text
    who = _WHO.search(text)
    if who and who["who"].split()[0].lower() not in _NOT_WHO:
        return f"when did {who['who']} say '{spans[0]}'"
    return f"when was '{spans[0]}' said"
