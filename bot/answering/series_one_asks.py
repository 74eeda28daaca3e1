"""A follow-up asking whether there was "one" in a year: one of the series the last event belongs to.

    after "what happened at the 2021 pledge conference"
    "why wasn't there one in 2020"   -> "why was there no Cyber Defence Pledge Conference in 2020"
    "was there one in 2023?"          -> "was there a Cyber Defence Pledge Conference in 2023"
    "why was there none in 2023"      -> "why was there no Cyber Defence Pledge Conference in 2023"
    "why no 2020 one then"            -> "why was there no Cyber Defence Pledge Conference in 2020"
    "estonia 2020 one?"               -> "was there a Cyber Defence Pledge Conference in estonia in 2020"
    "and in 2021, was there also one?" -> "was there a Cyber Defence Pledge Conference in 2021"
    "why not 2020", "how come none in 2020?" -> "why was there no Cyber Defence Pledge Conference in 2020"

Tried only when the text holds a year and "one", "none" or "any"; other text, or a last subject that is no
event of a series, gives None. A year missing from the series, asked without naming the series, is asked of it too
(``gap_of_series``):

    after the list of the pledge conferences
    "which year was skipped and why?"  -> "which year was skipped and why in the Cyber Defence Pledge Conference series"
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .mentions import series_events
from .places import PLACES
from .normalizing import normalize, word_set

_CUES = frozenset("one none any edition not".split())
_ONE_IN_YEAR = lazy_pattern(
    r"^(?:(?:and|so|but|ok|okay|hmm) )?(?P<why>why |how come )?(?:(?P<neg>was not|was there not|were not|is not|isn t|wasn t|wasnt|isnt|weren t|werent)|was|were|is|has|had|did)?"
    r" ?there(?: (?P<neg2>not|never))? (?:been )?(?:(?:even |also )?(?P<one>one|any|an edition)|(?P<none>none|no edition))"
    r" (?:held |organi[sz]ed |at all )?(?:in|during|for) (?P<year>(?:19|20)\d\d)(?: too| as well| also| then| either)?$")


#: The year first, then whether there was one: "and in 2021, was there also one?", "what about 2023 - was there any?".
_YEAR_FIRST = lazy_pattern(
    r"^(?:(?:and|so|but|ok|okay|hmm|what about|how about) )?(?:in |for |during )?(?P<year>(?:19|20)\d\d) (?P<why>)(?P<neg>was|were|is|did) there"
    r" (?:also |even |ever )?(?:(?P<one>one|any|an edition)|(?P<none>none|no edition))(?: too| as well| also| then| either)?$")


#: The year before "one": "why no 2020 one then", "was there a 2023 one?", "no 2020 edition?".
_YEAR_ONE = lazy_pattern(
    r"^(?:(?:and|so|but|ok|okay|hmm) )?(?P<why>why |how come )?(?:(?P<neg>was not|wasn t|wasnt|was|were|is|did) there (?:(?:be|have) )?)?"
    r"(?P<none>no |not |not a |never a |never an )?(?:a |an )?(?:(?:the )?(?P<place>[a-z]+(?: [a-z]+)?) )??(?P<year>(?:19|20)\d\d) (?P<one>one|edition)(?: then| either| too| as well| at all)?$")


#: Only the year asked why not: "why not 2020", "how come none in 2020?", "and why not in 2020 then".
_WHY_NOT_YEAR = lazy_pattern(r"^(?:(?:and|so|but|ok|okay|hmm) )?(?P<why>why|how come) (?P<none>not|none|nothing)(?: (?:in|for|during))? (?P<year>(?:19|20)\d\d)(?: then| either| too)?$")


def one_of_series(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``text`` with its "one" as the last event's series, or None when it is no such follow-up."""
    question = normalize(text)
    words = word_set(question)
    if subject is None or words.isdisjoint(_CUES):
        return None
    if asked := _ONE_IN_YEAR.match(question):
        negated = asked["none"] or asked["neg"] or asked["neg2"]
    elif asked := _WHY_NOT_YEAR.match(question):
        negated = True
    elif asked := _YEAR_ONE.match(question) or _YEAR_FIRST.match(question):  # "why no 2020 one then", "and in 2021, was there also one?"
        negated = asked["none"] or asked["neg"] in ("was not", "wasn t", "wasnt")
    else:
        return None
    if not (series := _series_of(lookup, subject)) or (place := asked.groupdict().get("place")) and place not in PLACES:
        return None
    if place:  # "estonia 2020 one?", "the tallinn 2020 one": the place named too
        series = f"{series} in {place}"
    if asked["why"] or negated:
        return f"why was there no {series} in {asked['year']}" if asked["why"] else f"was there no {series} in {asked['year']}"
    return f"was there a {series} in {asked['year']}"


_GAP_CUES = frozenset("skipped skip missed missing gap cancelled canceled postponed".split())
_NAMES_A_SERIES = frozenset("pledge annual conference conferences summit summits series".split())


def gap_of_series(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """A year skipped, asked of the last event's series ("which year was skipped?"); None for other text or subjects."""
    words = set((question := normalize(text)).split())
    if subject is None or words.isdisjoint(_GAP_CUES) or not words.isdisjoint(_NAMES_A_SERIES):
        return None
    series = _series_of(lookup, subject)
    return f"{question} in the {series} series" if series else None


def _series_of(lookup: Lookup, subject: ItemRef) -> str | None:
    """The series of the last event, or the series the last answer was about (its initiative, a table's first entry)."""
    if subject.type == "event":
        event = lookup.knowledge.events.get(subject.id)
        return event.series if event is not None else None
    initiative = lookup.knowledge.initiatives.get(subject.id) if subject.type == "initiative" else None
    return initiative.name if initiative is not None and series_events(lookup, initiative.name) else None
