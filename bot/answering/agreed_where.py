"""Where something was agreed, asked with the occasion as the question word or the subject.

    "at which nato summit was the pledge agreed"   -> "where was the pledge agreed"
    "the pledge was agreed at which summit"         -> "where was the pledge agreed"
    "which summit established the nicc"             -> "where was the nicc agreed"
    "at which summit did allies decide to make the nicc" -> "where was the nicc agreed"
    "how long ago did allies agree the nicc"        -> "how long ago was the nicc agreed"
    "how many years since nato adopted the pledge"  -> "how many years since the pledge was agreed"

The reply to "where was X agreed" leads with the summit and its city. And the other way round, what was agreed
at an occasion named ("which decisions were made in vilnius", "what did the washington summit agree", "what did the hague
2024 conference actually close or mark") is
asked as "what did nato agree at X". Pure; used by ``rephrasing``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_OCCASION = r"(?:nato )?(?:summit|meeting|event|conference|gathering|city|place|country|location|venue)"
_AGREED = (r"(?:agreed|agree|made|make|signed|sign|adopted|adopt|issued|issue|launched|launch|decided|decide|announced|announce|endorsed|endorse"
           r"|approved|approve|taken|take|declared|declare|recognised|recognized|recognise|recognize)")
_WHICH_OCCASION = lazy_pattern(rf"^(?:at |in |during )?(?:which|what) {_OCCASION} (?:was|were|did|had) (?P<x>.+?) (?:first |finally |actually )?(?P<verb>{_AGREED})"
                               r"(?: on| to| at| in)?(?P<rest>(?: .+)?)$")
#: "which summit established the nicc", "what conference launched the pledge": the occasion as the subject.
_OCCASION_DID = lazy_pattern(rf"^(?:which|what) {_OCCASION} (?:established|set up|created|founded|launched|agreed|adopted|approved|endorsed|produced"
                             r"|gave us|brought|decided on) (?P<x>.+)$")
_AGREED_AT_WHICH = lazy_pattern(rf"^(?P<x>.+?) (?:was|were) (?:first |actually )?{_AGREED} (?:at|in|during) (?:which|what) {_OCCASION}$")
_AGREED_WORDS = frozenset(_AGREED[3:-1].split("|"))
#: "... did allies decide to make the nicc": the thing decided on, not the verb of making it.
_TO_MAKE = lazy_pattern(r"^(?:make|create|set up|establish|build|form|found|launch|start|open)\s+(?=\S)")
_WHO_AGREES = frozenset("allies nato leaders they members the".split())


def where_agreed(text: str, first: str, words: set[str]) -> str | None:
    """"where was X agreed" for a question asking at which occasion X was agreed (normalised ``text``, its first word
    and its words), else None."""
    if first in ("at", "in", "during", "which", "what") and not words.isdisjoint(_AGREED_WORDS) and (occasion := _WHICH_OCCASION.match(text)):
        x = occasion["x"] if set(occasion["x"].split()) - _WHO_AGREES or not occasion["rest"].strip() else _TO_MAKE.sub("", occasion["rest"].strip())
        if x == occasion["x"] and len(occasion["rest"].split()) >= 2:  # "... was cyber declared part of collective defence"
            return f"where was {x} {occasion['verb']}{occasion['rest']}"
        return f"where was {x.removesuffix(' at').removesuffix(' in')} agreed"  # "which summit did nato declare x at"
    if first in ("which", "what") and (occasion := _OCCASION_DID.match(text)):
        return f"where was {occasion['x']} agreed"
    if (" which " in text or " what " in text) and not _AGREED_WORDS.isdisjoint(words) and (occasion := _AGREED_AT_WHICH.match(text)):
        return f"where was {occasion['x']} agreed"
    return None


_OUTCOMES = r"(?:cyber )?(?:initiatives?|decisions?|policies|policy|pledges?|commitments?|outcomes?|agreements?|steps|measures|things|concepts?|programmes?)"
#: "which decisions were made in vilnius", "what steps were agreed at the vilnius summit on cyber": what that occasion agreed.
_AGREED_AT = lazy_pattern(rf"^(?:which|what) {_OUTCOMES}(?: (?:on|about|for) cyber(?: defen[cs]e)?)? (?:were|was|have been|has been|got|did nato|did the allies) ?"
                          rf"{_AGREED}(?: on| to)? (?:at|in|during|by) (?P<where>.+?)(?: (?:on|about|for) cyber(?: defen[cs]e)?)?$")
#: What an occasion came to, other than agreeing: "what did the hague conference actually close or mark".
_OUTCOME = r"(?:produce|produced|result in|resulted in|close|closed|mark|marked|conclude|concluded|yield|yielded|deliver|delivered|achieve|achieved|lead to|led to|bring about|bring|brought|add|added)"
_OUTCOME_WORDS = frozenset("produce produced result resulted close closed mark marked conclude concluded yield yielded deliver delivered achieve achieved lead led bring brought add added".split())
#: "what did the washington summit agree (on cyber)", "what did the hague 2024 conference close or mark": the occasion as the subject.
_OCCASION_AGREED = lazy_pattern(rf"^what did (?P<where>(?:the )?(?:\S+ ){{0,3}}?{_OCCASION}(?: (?:19|20)\d\d)?) (?:actually |really |concretely |in the end )?"
                                rf"(?:{_AGREED}|{_OUTCOME})(?: or (?:{_AGREED}|{_OUTCOME}))?(?: on| to| for| in)?(?: cyber(?: defen[cs]e)?)?$")


def agreed_at(text: str, first: str, words: set[str]) -> str | None:
    """"what did nato agree at X" for a question asking what an occasion X agreed (normalised ``text``), else None."""
    if first not in ("which", "what") or (words.isdisjoint(_AGREED_WORDS) and words.isdisjoint(_OUTCOME_WORDS)):
        return None
    if found := _AGREED_AT.match(text) or _OCCASION_AGREED.match(text):
        return f"what did nato agree at {found['where']}"
    return None


_PAST = {"agree": "agreed", "decide": "decided", "adopt": "adopted", "approve": "approved", "endorse": "endorsed", "sign": "signed",
         "issue": "issued", "launch": "launched", "declare": "declared", "make": "made", "take": "taken"}
#: "when did allies agree the nicc", "how long ago did nato leaders adopt the pledge": the allies as the subject, the thing
#: agreed as the object (not a clause: "decide that ...", "agree to ..." are asked otherwise).
_WHEN_THEY_AGREED = lazy_pattern(r"^(?:(?P<ask>when|how long ago|how many years ago) (?:did|have|had)|(?P<since>how (?:many years|long) (?:has it been )?since)) "
                                 r"(?:the )?(?:nato )?(?:allies|nato|leaders|members|allied leaders|heads of state and government|they)(?: allies| leaders)? "
                                 rf"(?:first |formally |officially |actually )?(?P<verb>{'|'.join(_PAST)}|{'|'.join(_PAST.values())})(?: on| upon)? "
                                 r"(?P<x>(?:the|a|an) (?:\S+ ){0,5}?\S+?)(?P<tail>(?: as of| from| counting from| so far| until| till| up to| in| at| by| back| exactly| roughly| approximately)\b.*)?$")


def when_they_agreed(text: str, first: str) -> str | None:
    """"when was X agreed" for "when did allies agree X" (normalised ``text`` and its first word), else None: the allies
    are who agreed, never part of the thing's name."""
    if first not in ("when", "how") or (agreed := _WHEN_THEY_AGREED.match(text)) is None:
        return None
    tail = agreed["tail"] or ""  # "... as of today", "... at the washington summit": kept after the verb
    return f"{agreed['since']} {agreed['x']} was agreed{tail}" if agreed["since"] else f"{agreed['ask']} was {agreed['x']} agreed{tail}"  # any verb: agreed
