"""Whether someone named or mentioned something somewhere, asked as what they talked about there.

    "did stoltenberg mention starlink in berlin"          -> "did stoltenberg talk about starlink in berlin"
    "did stoltenberg name drop companies in berlin"       -> "did stoltenberg talk about companies in berlin"
    "has rutte ever brought up investment"                -> "has rutte ever talked about investment"

"talk about" is read with its topic apart from where it was said; "mention" was read as one run of words ("starlink in
berlin"). Only a named speaker's: "did anyone mention russia" is asked of every speaker (``topic_quotes``). Pure; a step of
``question_text.normalise_question``, its pattern run only when the question holds one of the verbs.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_CUES = frozenset("mention mentioned name named drop dropped bring brought cite cited reference referenced namecheck namechecked".split())
_MENTIONED = lazy_pattern(
    r"^(?P<ask>did|does|has|have|had) (?!(?:anyone|anybody|someone|somebody|any|they|nato|the allies)\b)(?P<who>(?:\S+ ){0,3}?\S+) (?P<ever>ever )?"
    r"(?:mention|mentioned|name drop|name dropped|namecheck|namechecked|name|named|bring up|brought up|cite|cited|reference|referenced)"
    r"(?: (?:any|some|anything about|any of the|the names of))? (?P<what>(?!(?:it|that|this|them|him|her)\b)\S.*)$")


def as_talked_about(text: str) -> str:
    """``text`` (normalised) with "did X mention Y" put as "did X talk about Y"; else unchanged."""
    if _CUES.isdisjoint(text.split()) or (match := _MENTIONED.match(text)) is None:
        return text
    verb = "talked" if match["ask"] in ("has", "have", "had") else "talk"
    return f"{match['ask']} {match['who']} {match['ever'] or ''}{verb} about {match['what']}"
