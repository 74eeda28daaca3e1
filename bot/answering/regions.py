"""Groups of countries asked about as one: "a Baltic country", "the Nordics", "one of the Benelux states".

    region_countries("has a baltic country ever") -> ("Baltic", ("estonia", "latvia", "lithuania"))

Pure text; a question without one of the groups' words pays for one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: A group's adjective -> its member countries, as ``places.PLACES`` spells them.
REGIONS = {
    "Baltic": ("estonia", "latvia", "lithuania"),
    "Nordic": ("denmark", "finland", "iceland", "norway", "sweden"),
    "Scandinavian": ("denmark", "norway", "sweden"),
    "Benelux": ("belgium", "netherlands", "luxembourg"),
    "Balkan": ("albania", "bulgaria", "croatia", "greece", "montenegro", "north macedonia", "romania", "slovenia"),
}
_CUES = frozenset("baltic baltics nordic nordics scandinavian scandinavia benelux balkan balkans".split())
_REGION = lazy_pattern(r"\b(?:(?:an?|any|one of the|one of|the) )?(?P<region>baltic|nordic|scandinavian|benelux|balkan)s? (?:country|countries|state|states|nation|nations|ally|allies|government|governments)\b"
                       r"|\b(?:one of )?the (?P<plural>baltics|nordics|balkans|benelux)\b")


def region_countries(normalised: str) -> tuple[str, tuple[str, ...]] | None:
    """The group of countries ``normalised`` names as one ("a baltic country"), with its members; else None."""
    if _CUES.isdisjoint(normalised.split()) or (match := _REGION.search(normalised)) is None:
        return None
    word = (match["region"] or match["plural"]).removesuffix("s")  # "the baltics"
    name = next(n for n in REGIONS if n.lower() == word)
    return name, REGIONS[name]
