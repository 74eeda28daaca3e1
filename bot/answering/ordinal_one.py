"""An edition asked as "the second one" after a clause naming the series: the series put in for "one".

    "annual cyber defence conference: first berlin, third tirana. where was second one"
        -> "where was the second annual cyber defence conference"
    "pledge conferences - paris was the first. which city had the 2nd one"
        -> "which city had the 2nd pledge conferences"   (the series' own words; the edition route counts them)
    "i keep a list of the pledge conferences. where was the very first one" -> "where was the first pledge conferences"
    "where was the second one" (no series named before) -> unchanged

Read with the clauses around it, "second one first berlin third tirana" names nothing; the asker's own list of
editions only shows which series is counted. Pure; a question without an ordinal before "one" costs one regex search.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_ORDINAL_ONE = lazy_pattern(r"\b(?:the )?(?:very )?(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|last|latest|previous|next|\d{1,2}(?:st|nd|rd|th)) one\b")
#: A clause naming a series of gatherings, with no edition of its own: "annual cyber defence conference", "the pledge conferences".
_SERIES = lazy_pattern(r"^(?:the )?(?P<series>(?!(?:first|second|third|fourth|fifth|last|\d)\b)(?:\S+ ){0,5}?(?:conference|summit|meeting|exercise)s?)$")

#: A series named inside a longer clause: "i keep a list of the pledge conferences", "a table of all these annual conferences".
_SERIES_SPOKEN_OF = lazy_pattern(r"\b(?P<series>(?:nato )?(?:cyber defen[cs]e )?(?:pledge|annual(?: nato)?(?: cyber defen[cs]e)?) conferences)\b")


def ordinal_one_named(question: str, before: list[str]) -> str:
    """``question`` with "<ordinal> one" spelt as that edition of the series a clause in ``before`` names; else unchanged."""
    if " one" not in question or not (asked := _ORDINAL_ONE.search(question)):
        return question
    series = next((m["series"] for c in reversed(before) if (m := _SERIES.match(c) or _SERIES_SPOKEN_OF.search(c))), None)
    if series is None:
        return question
    return f"{question[: asked.start()]}the {asked['ordinal']} {series}{question[asked.end():]}"
