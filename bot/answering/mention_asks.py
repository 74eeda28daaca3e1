"""Whether someone named or mentioned something somewhere, asked as what they talked about there.

    "did stoltenberg mention starlink in berlin"          -> "did stoltenberg talk about starlink in berlin"
    "did stoltenberg name drop companies in berlin"       -> "did stoltenberg talk about companies in berlin"
    "has rutte ever brought up investment"                -> "has rutte ever talked about investment"
    "rutte at tirana conference he named russia or no"    -> "did rutte talk about russia at tirana conference"
    "who said something about investment"               -> "who talked about investment"

"talk about" is read with its topic apart from where it was said; "mention" was read as one run of words ("starlink in
berlin"). Only a named speaker's: "did anyone mention russia" is asked of every speaker (``topic_quotes``). Pure; a step of
``question_text.normalise_question``, its pattern run only when the question holds one of the verbs.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .cite_asks import cite_asked
from .normalizing import word_set

_CUES = frozenset("mention mentioned name named drop dropped bring brought cite cited reference referenced namecheck namechecked".split())
_MENTIONED = lazy_pattern(
    r"^(?P<ask>did|does|has|have|had) (?!(?:anyone|anybody|someone|somebody|any|they|nato|the allies)\b)(?P<who>(?:\S+ ){0,3}?\S+) (?P<ever>ever )?"
    r"(?:mention|mentioned|name drop|name dropped|namecheck|namechecked|name|named|bring up|brought up|cite|cited|reference|referenced)"
    r"(?: (?:any|some|anything about|any of the|the names of))? (?P<what>(?!(?:it|that|this|them|him|her)\b)\S.*)$")


#: A learner's order: the speaker and gathering first, then "he mentioned Y or no": "rutte at tirana he named russia or no".
_LEAD_THEN_MENTIONED = lazy_pattern(
    r"^(?P<who>[a-z]+(?: [a-z]+)?) (?P<at>(?:at|in) (?:the )?[a-z]+(?: (?:conference|conf|summit|speech|keynote|19\d\d|20\d\d))?) (?:he|she) "
    r"(?:mentioned|named|name dropped|brought up|cited|referenced) (?P<what>(?!(?:it|that|this|them|him|her)\b)[a-z].*?)"
    r"(?: directly| explicitly| at all| by name)?(?: or (?:no|not|nope|nah))?$")


#: "who said something about investment", "who said the quote about china", "who made the remark about ...": who talked about it.
_SAID_ABOUT = lazy_pattern(r"^who (?:said|says|say|made|gave|had|has|came up with) (?:something|anything|(?:the|a|that) (?:(?:good|great|nice|memorable|best|famous|catchy) )?"
                           r"(?:quote|line|bit|remark|comment|words|sentence|statement|one)|those words|these words)(?: (?:like|on))? about (?P<what>\S.*)$")

#: "whose line was it that <gist>", "whose quote is it where <gist>": who said the words.
_WHOSE_LINE_THAT = lazy_pattern(r"^whose (?:line|quote|words|remark|comment) (?:was|is|were) (?:it|that|this) (?:that|where|saying) (?P<what>\S.*)$")


def as_talked_about(text: str) -> str:
    """``text`` (normalised) with "did X mention Y" put as "did X talk about Y", and whom to cite on Y
    (``cite_asks``) and who said something about Y as "who talked about Y"; else unchanged."""
    text = cite_asked(text)
    if text.startswith("who ") and " about " in text and (said := _SAID_ABOUT.match(text)) is not None:
        return f"who talked about {said['what']}"  # not a line holding "something about investment"
    if text.startswith("whose ") and (said := _WHOSE_LINE_THAT.match(text)) is not None:
        return f"who said {said['what']}"  # "whose line was it that cyber attacks are as bad as bombs"
    if _CUES.isdisjoint(word_set(text)):
        return text
    if (lead := _LEAD_THEN_MENTIONED.match(text)) is not None:
        return f"did {lead['who']} talk about {lead['what']} {lead['at']}"  # "rutte at tirana he named russia directly or no"
    if (match := _MENTIONED.match(text)) is None:
        return text
    verb = "talked" if match["ask"] in ("has", "have", "had") else "talk"
    return f"{match['ask']} {match['who']} {match['ever'] or ''}{verb} about {match['what']}"
