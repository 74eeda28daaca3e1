"""An age asked the Spanish way ("¿cuántos años tiene?"): "how many years has the pledge today?" put as "how old is the pledge".

    "how many years has the pledge today"          -> "how old is the pledge"
    "how many years does the nicc have now"         -> "how old is the nicc"
    "how many years has rutte been secretary general" -> as typed (a span in a role: "been" follows)

Pure; a text not starting "how many years" pays one test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_YEARS_HAS = lazy_pattern(r"^how many (?:years|months) (?:has|have|does|do) (?P<x>(?!(?:it|he|she|they|you|we|i|passed|gone|elapsed|gone by)\b)\S.*?)(?: have| got)?(?: today| now| already| by now)?$")


def as_age(text: str) -> str:
    """Normalised ``text`` asking how many years something "has" asked as how old it is; else ``text``."""
    if not text.startswith("how many ") or " been " in text or not (match := _YEARS_HAS.match(text)):
        return text
    return f"how old is {match['x']}"
