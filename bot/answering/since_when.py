"""Since when something is allowed or counts, asked with a modal: "since when can a cyber attack trigger Article 5?".

Such a question asks when it was agreed: read as "when did nato agree that a cyber attack can
trigger article 5", which the pledge routes answer with the decision and its date. Only
"since when can / could / may" is read so ("since when is Rutte secretary general" asks a
tenure, left as it is), and "since when has nato treated / counted X as Y" as when nato recognised X as Y; runs its
patterns only when "since" starts the question. "years since X" is the count of years,
and "how many years has X existed / been in place / been around" asks how old X is ("how long has X been around" is
asked of a series elsewhere). "since when does it exist" after what a thing is asks when it started:
"what is cyber coalition and since when does it exist" -> "what is cyber coalition and when did it start".
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_SINCE_WHEN = lazy_pattern(r"^since when (?P<modal>can|could|may|might) (?P<rest>\S.+)$")
#: "since when has nato treated cyberspace as a domain": when nato came to see it so.
_SINCE_SEEN = lazy_pattern(r"^since when (?:has|have|do|does) (?P<who>nato|the allies|allies|the alliance) (?:treated|treat|regarded|regard|seen|see|viewed|view|counted|count|classed|class|classified|classify) (?P<rest>\S.+)$")


#: "years since the pledge", "days since tirana?": the count asked without "how many".
_UNITS_SINCE = lazy_pattern(r"^(?:(?:number of|no of|count of) )?(?P<unit>years|months|weeks|days) (?:since|from|after) (?P<rest>\S.+)$")


#: "as of today", "to date": the span counted to today, as it always is.
_AS_OF_TODAY = r"(?: (?:as of|as at|counting from|counted from|up to|until|till) (?:today|now|this year)| to date| today| by now)"
#: "how many years has the pledge existed", "how long has the nicc been in place", "how many years has the pledge been around
#: as of today": how old it is (one thing: "has"; "how long has X been around" asks when a series started: ``span_asks``).
_EXISTED = lazy_pattern(r"^how (?:many years|long) has (?P<x>(?!you |it |that |this |he |she |they )\S.*?) "
                        rf"(?:existed|been in place|been in existence|been in force)(?: for| now| so far| already)*{_AS_OF_TODAY}?$"
                        rf"|^how many years has (?P<y>(?!you |it |that |this |he |she |they )\S.*?) been (?:around|going|running|a thing|on the books)(?: for| now| so far| already)*{_AS_OF_TODAY}?$")

#: "..., and since when does it exist / has it been around": when the thing just named started.
_SINCE_WHEN_IT = lazy_pattern(r" and since when (?:does|do|has|have|is|are) (?:it|they|that|this) (?:exist|existed|been around|been in place|been running|run|been held|held|around)$")


def since_when(text: str) -> str:
    """"since when can X <verb> Y" -> "when did nato agree that X <verb> Y"; "years since X" -> "how many years since X";
    other text as it is."""
    if text.startswith(("years ", "months ", "weeks ", "days ", "number ", "no ", "count ")) and (units := _UNITS_SINCE.match(text)):
        return f"how many {units['unit']} since {units['rest']}"
    if text.startswith("how ") and (existed := _EXISTED.match(text)):
        return f"how old is {existed['x'] or existed['y']}"  # "how many years has the pledge existed", "... been around now"
    if not text.startswith("since when "):
        return _SINCE_WHEN_IT.sub(" and when did it start", text) if " since when " in text else text
    if seen := _SINCE_SEEN.match(text):
        return f"when did {seen['who']} recognise {seen['rest']}"
    if not (match := _SINCE_WHEN.match(text)):
        return text
    return f"when did nato agree that {match['rest']}"
