"""A count asked after what it counts, or as a number of times: put as the question the count routes read.

    "Rutte quotes - how many do u have and from which event?" -> "how many Rutte quotes do you have and from which event?"
    "pledge conferences: how many so far?"                    -> "how many pledge conferences are there?"
    "summits, how many in total"                              -> "how many summits are there?"
    "how many times has London hosted a NATO cyber conference?" -> "how many conferences has London hosted?"
    "2024 had two NATO cyber conferences, right? which ones"   -> "which NATO cyber conferences were there in 2024?"

Without this, the clause that asks ("how many do u have") is read alone and counts nothing. Only a "how many" whose
own words name nothing is joined to its lead. Pure; text without "how many" pays one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_LEAD_THEN_COUNT = lazy_pattern(
    r"^\s*(?P<lead>[^?!.;:,\u2013\u2014-]{2,60}?)\s*[-:,\u2013\u2014]+\s*how many(?P<filler>(?: (?:do|did|does|have|has|are|were|is|got|you|u|ya|we|there|in total|total"
    r"|altogether|of them|of those|so far|to date|on record|on file|in the knowledge|in your data))*)(?P<more> (?:and|&|\+|plus) [^?!]*)?[?!.\s]*$", re.IGNORECASE)

#: "how many times has london hosted a nato cyber conference (either series)": the series kept, other words of the kind dropped.
_TIMES_HOSTED = lazy_pattern(r"^\s*how many times (?:has|have|did|had) (?P<who>[^?!]+?) (?:host|hosted|held|staged|organi[sz]ed) (?:a |an |any |the )?"
                             r"(?:(?:nato|cyber|defen[cs]e|NATO|Cyber|Defen[cs]e) )*(?P<series>(?:pledge |annual |Pledge |Annual ))?(?:(?:nato|cyber|defen[cs]e|NATO|Cyber|Defen[cs]e) )*"
                             r"(?P<kind>conference|conf|summit|event|exercise|meeting)s?\b", re.IGNORECASE)


#: "2024 had two nato cyber conferences, right?": a year said to have had a number of gatherings, the count claimed.
_YEAR_HAD = lazy_pattern(r"^\s*(?:in )?(?P<year>(?:19|20)\d\d) (?:had|saw|brought|featured|included|has) (?P<count>two|three|four|five|2|3|4|5|several|multiple)"
                         r" (?P<what>(?:[A-Za-z]+ ){0,3}?(?:conferences|confs|summits|events|meetings|exercises|gatherings))\b", re.IGNORECASE)


_WHICH = lazy_pattern(r"\b(?:which|what)\b", re.IGNORECASE)


def _year_had(typed: str) -> str:
    """"2024 had two nato cyber conferences, right? which ones" -> "which nato cyber conferences were there in 2024?"; without
    a "which" after it, the count claimed: "there were two nato cyber conferences in 2024, right?"."""
    if (had := _YEAR_HAD.match(typed)) is None:
        return typed
    if _WHICH.search(typed, had.end()):
        return f"which {had['what']} were there in {had['year']}?"  # the list answers the count too
    return f"there were {had['count']} {had['what']} in {had['year']}{typed[had.end():]}"


def count_asked_first(typed: str) -> str:
    """``typed`` with a bare "how many ..." after its lead asked of the lead, "how many times has X hosted a Y" as how many Ys
    X hosted; else ``typed`` as it is."""
    if "how many" not in typed.lower():
        return _year_had(typed)
    if (hosted := _TIMES_HOSTED.match(typed)) is not None:
        kind = "conference" if hosted["kind"].lower().startswith("conf") else hosted["kind"].lower()  # "a pledge conf"
        return f"how many {hosted['series'] or ''}{kind}s has {hosted['who']} hosted?"
    if (match := _LEAD_THEN_COUNT.match(typed)) is None:
        return typed
    asks_you = not {"you", "u", "ya"}.isdisjoint(match["filler"].lower().split())  # "do u have": held; "in total", "so far": there
    return f"how many {match['lead'].strip()} {'do you have' if asks_you else 'are there'}{match['more'] or ''}?"
