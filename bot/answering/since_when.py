"""Since when something is allowed or counts, asked with a modal: "since when can a cyber attack trigger Article 5?".

Such a question asks when it was agreed: read as "when did nato agree that a cyber attack can
trigger article 5", which the pledge routes answer with the decision and its date. Only
"since when can / could / may" is read so ("since when is Rutte secretary general" asks a
tenure, left as it is); runs its pattern only when "since" starts the question. "years since X" is the count of years.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_SINCE_WHEN = lazy_pattern(r"^since when (?P<modal>can|could|may|might) (?P<rest>\S.+)$")


#: "years since the pledge", "days since tirana?": the count asked without "how many".
_UNITS_SINCE = lazy_pattern(r"^(?:(?:number of|no of|count of) )?(?P<unit>years|months|weeks|days) (?:since|from|after) (?P<rest>\S.+)$")


def since_when(text: str) -> str:
    """"since when can X <verb> Y" -> "when did nato agree that X <verb> Y"; "years since X" -> "how many years since X";
    other text as it is."""
    if text.startswith(("years ", "months ", "weeks ", "days ", "number ", "no ", "count ")) and (units := _UNITS_SINCE.match(text)):
        return f"how many {units['unit']} since {units['rest']}"
    if not text.startswith("since when ") or not (match := _SINCE_WHEN.match(text)):
        return text
    return f"when did nato agree that {match['rest']}"
