"""A line of a writer's draft put up for checking, then a short ask to check it: the claim, checked.

    "copy says the warsaw summit was 8-9 june 2016, can you verify the month"
        -> "is it true that the warsaw summit was 8 9 june 2016"
    "line in the draft: 'the NICC was agreed at the Vilnius summit'. is that accurate?"
        -> "is it true that the nicc was agreed at the vilnius summit"
    "our piece puts the first annual conference in brussels, is that right"
        -> "is it true that the first annual conference was in brussels"
    "draft calls tirana 'the second annual conference'. correct?"  -> "is it true that tirana was the second annual conference"
    "draft has X speaking at the berlin conference. confirm?"     -> "is it true that X spoke at the berlin conference"

Every newsroom asks this way: the claim in one clause (what the draft, copy, story or a colleague
says), then "check pls", "fix?", "confirm?", "is that in your records", "can i let that through?".
A check of whose words a quote is ("draft attributes X to Y") is the quote checks' and left as it is.
Pure, used by ``question_text.question_clause``; table-tested in tests/answers/answer_table.yaml.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX, CLAIM_VERB
from .marked_answers import marked_check

#: A clause asking whether what was said before it holds: "is that right", "can you confirm the dates", "settle it for us".
IS_THAT_RIGHT = lazy_pattern(r"^(?:(?:is|was) (?:that|this|it|he|she|they)(?: really)?(?: (?:right|true|correct|so|accurate|verified|confirmed))?|(?:(?:that|this|it) )?is (?:verified|confirmed)"
                            r"|(?:can|could|would) (?:you|someone|somebody|anyone|anybody) (?:please )?(?:confirm|check|verify)(?: that| this| it| (?:the|those|these) (?:dates?|days?|year|venue|place|location|hosts|co hosts|details|facts?|names?|title|roles?))?"
                            r"|please (?:confirm|check|verify)(?: that| this)?|settle (?:it|this|that|the \w+|a \w+)(?: for (?:us|me))?(?: (?:would|could|will|can) you)?|who is right|(?:so )?(?:which|what)(?: one)? (?:is|s) (?:it|true|right|correct|the truth)|(?:(?:can|could|would) you )?help (?:me|us) (?:win|settle|end|decide|resolve) (?:this|the|our|a|an|that) (?:discussion|argument|debate|bet|dispute)|(?:is|was) (?:that|this|it) (?:right|correct|accurate|true|so)? ?or (?:was|is|did|were) .+|correct|right|accurate|am i (?:right|wrong|mistaken|misremembering)|(?:did|have) i (?:get|got|gotten) (?:that|this|it)(?: all)? (?:right|wrong|mixed up)"
                            r"|(?:is|was) (?:that|this|it) (?:the )?(?:right|correct|accurate|proper) (?:dates?|days?|month|year|venue|place|city|title|name|figure|number|wording|way to put it)"
                            r"|(?:is|was) (?:that|this|it) (?:a |an )?(?:fair|accurate|correct|right|reasonable|good) (?:description|characteri[sz]ation|summary|label|way to (?:put|describe) it)"
                            r"|(?:or )?(?:should|must|do|would) (?:i|we) (?:need to )?(?:qualify|change|correct|fix|rephrase|reword|amend|adjust|soften) (?:it|that|this)"
                            r"|what s the fix|what is the fix|any fix(?: needed)?|(?:does|do) (?:that|this|it) need (?:a )?(?:fix|fixing|correcting|correction)|(?:should|can|could|do) (?:i|we) keep (?:it|that|this)|keep (?:it|that|this)"
                            r"|(?:(?:is|was) (?:the|that|this) (?:article|piece|report|headline|story|paper|writer|author)(?: really| simply| just)? (?:wrong|right|correct|mistaken|accurate|in error)"
                            r"|(?:did|does) (?:the|that|this) (?:article|piece|report|headline|story|paper) (?:get|have) (?:it|that|this) (?:wrong|right))(?: (?:or|and) .+)?)$")  # "was the article wrong, or am i going soft"
#: A short clause that only asks for the claim before it to be checked.
CHECK_ASK = lazy_pattern(
    r"^(?:(?:(?:can|could|would) you |pls |please )?(?:check|verify|confirm|fix|double check|fact check)(?: (?:it|this|that|pls|please|for me|the (?:month|date|day|year|place|venue|city|title|name|spelling|hosts?|figure|number)s?))*"
    r"|true or false|accurate or not|right or wrong|any (?:errors?|mistakes?)|(?:(?:it|this|that) )?is (?:(?:it|this|that) )?(?:correct|right|true|accurate)|(?:correct|right|true) or (?:not|no)|or wrong|"
    r"real or fake|fake or real|fact or fiction|true or not|legit|real|fake|fact"
    r"|(?:is|was|are) (?:that|this|it|these|those) (?:real|legit|fake|a fact|genuine|accurate|misleading|made up)|misleading or (?:accurate|not|true)"
    r"|(?:(?:what|which) (?:are|is|were|was) )?(?:the )?(?:correct|right|actual|real|proper|true) (?:dates?|days?|years?|months?|venue|place|city|hosts?|co hosts|title|name|spelling)(?: then| instead| pls| please)?"  # "X was 10 11 nov. correct dates?"
    r"|(?:is|was) (?:that|this|it) (?:in your (?:records|knowledge|data|notes)|how (?:we|i) should (?:phrase|put|word|say) it|(?:ok|okay|fine|safe) to (?:run|print|use|say))"
    r"|(?:can|could|may|should) (?:i|we) (?:let (?:that|this|it) (?:through|stand|go|run)|run (?:that|this|it)(?: as is)?|print (?:that|this|it)|keep (?:that|this|it))"
    r"|(?:(?:ok|okay|fine|safe|good) )?to (?:run|print|go)(?: (?:that|this|it|with))?(?: as is)?)$"
)
#: What a writer's text is called: "copy says", "our piece puts", "line in the draft:", "a colleague wrote that".
_DRAFT = (r"^(?:(?:the|our|my|a|his|her|their|this|that) )?(?:(?:old|older|earlier|previous|last|first|current|latest|new|own) )?(?:colleague(?: s)? |editor(?: s)? |reporter(?: s)? |desk(?: s)? )?"
          r"(?:draft|copy|story|piece|intro|caption|headline|line|text|article|report|wire|script|standfirst|op ed|explainer|factbox|timeline|colleague|editor|reporter|desk|note|briefing(?: note)?|memo)"
          r"(?: (?:in|of|from) (?:the|our|my|this) (?:draft|copy|story|piece|article|intro))?")
_DRAFTED = lazy_pattern(_DRAFT + r"(?: (?P<verb>says|said|reads|states|claims|has|puts|calls|describes|writes|wrote|gives|lists|mentions)(?: that)?(?: (?P<claim>\S.*))?)?$")
#: A label someone wants used: "they want X called Y", "the desk would like X described as Y": the claim "X was Y".
_WANTED = lazy_pattern(r"^(?:\S+ ){0,3}?(?:want|wants|wanted|would like|d like|insist on|insists on|prefer|prefers) (?P<x>\S.*?) (?:called|described as|labell?ed(?: as)?|billed as|referred to as|named) (?P<y>\S.*)$")
#: "draft attributes X to Y", "credits Y with X", "quotes Y as saying": whose words, the quote checks' to answer.
_ATTRIBUTES = lazy_pattern(r"\b(?:attribut\w*|credit\w*|quotes?|quoted|quoting|says? that \S+ said)\b")
#: How "puts X in Y", "has X speaking at Y", "calls X Y" say their claim, put as a statement.
_PUT = lazy_pattern(r"^(?P<x>.+?) (?P<y>(?:in|at|on) \S.*)$")
_HAS_DOING = lazy_pattern(r"^(?P<x>.+?) (?P<doing>speaking|spoke|giving|opening|hosting|attending|addressing|as) (?P<y>\S.*)$")
#: "gives the vilnius summit dates as 11 12 june", "lists the date of X as Y": the claim "X was Y".
_DETAIL_AS = lazy_pattern(r"^(?:(?P<x>.+?) (?:dates?|days?|year|month|venue|location|place|city)|(?:the )?(?:dates?|days?|year|month|venue|location|place|city) (?:of|for) (?P<of>.+?)) as (?P<y>\S.*)$")
_DOING_DONE = {"speaking": "spoke", "spoke": "spoke", "giving": "gave", "opening": "opened", "hosting": "hosted", "attending": "attended", "addressing": "addressed", "as": "was"}


def with_check_asked(asked: list[str]) -> list[str]:
    """``asked`` (a message's clauses, normalised) with a last clause that only asks for a check ("check pls", "fix",
    "can i let that through") put as "is that right", the one way the claim checks read it."""
    return [*asked[:-1], "is that right"] if len(asked) > 1 and CHECK_ASK.match(asked[-1].strip()) else asked


def reports_of_it(clause: str) -> bool:
    """"draft says it appeared in the guardian": a writer's claim about what another clause names, never what "it" is."""
    return (drafted := _DRAFTED.match(clause)) is not None and (drafted["claim"] or "").split()[:1] in (["it"], ["he"], ["she"], ["they"])


_BARE_OK = frozenset(("ok", "okay", "fine", "good", "ok as is", "fine as is", "good to go", "legit", "sound", "solid"))


#: "our draft mentions a 2017 summit in madrid": a thing a writer's text names, not a claim ("with a keynote by X" left out).
_MENTIONS = lazy_pattern(_DRAFT + r" (?:mentions|refers to|cites|names|has|speaks of|talks about) (?P<thing>(?:an?|one|some) (?:\S+ ){0,6}?(?:summit|conference|meeting|event|exercise|attack|pledge|gathering)(?: (?:in|at) \S+(?: \S+)?)?)(?: with .+)?$")
#: What is then asked of it: "can you confirm its date", "when was it", "where was it held".
_OF_IT = lazy_pattern(r"^(?:(?:can|could|would) you (?:please )?(?:confirm|check|verify|give me|tell me) )?(?P<what>its|the) (?P<detail>dates?|day|year|venue|place|location)$"
                      r"|^(?P<when>when|where) (?:was|did) (?:it|that|this)(?: (?:take place|happen|held|located))?$")


def mentioned_asked(asked: list[str]) -> str | None:
    """"when was <thing>" when a writer's text mentions a thing and the last clause asks its date or place of "it"
    ("our draft mentions a 2017 summit in madrid. can you confirm its date?"), so that a thing never held is missed by name."""
    if len(asked) < 2 or not (of_it := _OF_IT.match(asked[-1].strip())) or not (mentioned := _MENTIONS.match(asked[-2].strip())):
        return None
    where = of_it["when"] == "where" or of_it["detail"] in ("venue", "place", "location")
    return f"{'where' if where else 'when'} was {mentioned['thing']}"


def drafted_check(asked: list[str], quoted: list[str]) -> str | None:
    """"is it true that <claim>" when the last clause asks whether a writer's claim before it holds ("draft says X.
    correct?"), or a student's answer put up for marking (``marked_answers``); ``asked``: the message's clauses
    normalised, ``quoted``: the words quoted anywhere in it, normalised."""
    if (mentioned := mentioned_asked(asked)) is not None:
        return mentioned  # "our draft mentions a 2017 summit in madrid. can you confirm its date?": when was that summit
    if len(asked) < 2 or not IS_THAT_RIGHT.match(asked[-1].strip()) and not (asked[-1].strip() in _BARE_OK and _DRAFTED.match(asked[-2])):
        return marked_check(asked)  # "draft says X - ok?": a bare "ok" asks the check only after a writer's claim
    for n in range(len(asked) - 2, -1, -1):
        if (wanted := _WANTED.match(asked[n])) is not None:  # "they want the berlin meeting called 'the first ever ...'"
            return CLAIM_PREFIX + f"{wanted['x']} was {wanted['y']}"
        if (drafted := _DRAFTED.match(asked[n])) is not None and not _ATTRIBUTES.search(asked[n]):
            claim = _claim_in(drafted, asked[n + 1] if n + 1 < len(asked) - 1 else "", quoted)
            return CLAIM_PREFIX + claim if claim else None
    return marked_check(asked)


def _claim_in(drafted: re.Match, after: str, quoted: list[str]) -> str | None:
    """The claim a writer's clause puts (``after``: the clause after it, the line a "draft:" lead introduces), or None."""
    claim, verb = drafted["claim"], drafted["verb"]
    if claim is None:  # "line in the draft: 'X'": the next clause is the line
        return after if after and CLAIM_VERB.search(after) else None
    if verb == "puts" and (put := _PUT.match(claim)):
        return f"{put['x']} was {put['y']}"
    if verb in ("gives", "lists", "puts", "has") and (detail := _DETAIL_AS.match(claim)):
        return f"{detail['x'] or detail['of']} was {detail['y']}"
    if verb == "has" and (has := _HAS_DOING.match(claim)):
        return f"{has['x']} {_DOING_DONE[has['doing']]} {has['y']}"
    if verb in ("calls", "describes") and quoted and claim.endswith(quoted[-1]) and (named := claim[: -len(quoted[-1])].strip()):
        return f"{named} was {quoted[-1]}"
    return claim

