"""Since when something is allowed or counts, asked with a modal: "since when can a cyber attack trigger Article 5?".

Such a question asks when it was agreed: read as "when did nato agree that a cyber attack can
trigger article 5", which the pledge routes answer with the decision and its date. Only
"since when can / could / may" is read so ("since when is Rutte secretary general" asks a
tenure, left as it is); runs its pattern only when "since" starts the question.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_SINCE_WHEN = lazy_pattern(r"^since when (?P<modal>can|could|may|might) (?P<rest>\S.+)$")


def since_when(text: str) -> str:
    """"since when can X <verb> Y" -> "when did nato agree that X <verb> Y"; other text as it is."""
    if not text.startswith("since when ") or not (match := _SINCE_WHEN.match(text)):
        return text
    return f"when did nato agree that {match['rest']}"
