"""How long ago, asked in the orders a scheduler types it: the thing first, or "as of today" first.

    "the washington summit kicked off how many days ago"  -> "how many days ago was the washington summit"
    "as of today how many days has rutte been sg"         -> "how many days has rutte been sg"
    "how many days ago is that from today"                 -> "how many days ago is that"
    "which conference started exactly four years ago from today" -> "which conference took place four years ago today"

Pure text; a message without "ago" or "today"/"now" is returned as it is after one substring test each.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_UNIT = r"(?P<unit>days|weeks|months|years)"
#: "the washington summit kicked off how many days ago", "rutte took over how many weeks ago"
_THING_FIRST = lazy_pattern(r"^(?:(?:so|ok|and) )?(?P<thing>(?!how |when |what |which )\S.*?) (?:(?:was|were) )?(?:kicked off|kick off|opened|open|started|start|began|begin|took place"
                            r"|happened|was held|were held|held|was agreed|agreed|was adopted|adopted|was announced|announced|took over|took office|ended|closed|wrapped up"
                            rf"|was|were|is) how many {_UNIT} ago$")  # "the tallinn pledge conference was how many days ago"
_AS_OF_TODAY = lazy_pattern(r"^(?:(?:so|ok|and) )?(?:as of|counting from|from|until|till|up to) (?:today|now) (?=how (?:many|long) )")
#: A gathering that began on the day some years back: "which conference started exactly four years ago from today".
_STARTED_AGO_TODAY = lazy_pattern(r"\b(?:started|opened|began|begun|kicked off|was held|were held|happened|took place|was|were) (?:exactly |precisely |just )?"
                                  r"(?P<span>(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|weeks?|days?)) ago (?:from |as of |counting from )?today\b")
_FROM_TODAY = lazy_pattern(r"(?<= ago) (?P<be>is|was) (?P<it>that|this|it) (?:from|till|until|to|as of|counting from) (?:today|now)$")


def ago_asked(text: str) -> str:
    """``text`` with a "how long ago" asked in the usual order (normalised), or as it is when it asks none of these ways."""
    lowered = text.lower()
    if " ago" not in lowered and "today" not in lowered and " now" not in lowered:
        return text
    words = normalize(text)
    if thing := _THING_FIRST.match(words):
        return f"how many {thing['unit']} ago was {thing['thing']}"
    if (bare := _FROM_TODAY.sub(r" \g<be> \g<it>", _AS_OF_TODAY.sub("", words))) != words:
        return bare
    if "today" in words and (on_day := _STARTED_AGO_TODAY.sub(r"took place \g<span> ago today", words)) != words:
        return on_day  # "which conference started exactly 4 years ago from today": what took place on that day
    return text
