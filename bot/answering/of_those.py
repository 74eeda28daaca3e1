"""A follow-up narrowing the list just shown: "which of those were before 2020?", asked of the kind listed.

    after "5 Cyber Defence Pledge Conferences"
    "which of those were before 2020?"            -> "which pledge conferences were before 2020"
    "which of them had two co-host countries"     -> "which pledge conferences had two co-host countries"
    after "4 summits"
    "and which of these were after 2016"          -> "which summits were after 2016"
    "only the ones before 2016"                   -> "which summits were before 2016"
    "and excluding warsaw?"                       -> "summits excluding warsaw" (``all_but``)

Read only when every entry listed is an event of one series (or, with no series, of one kind): the question is then
the same asked of that series, which the routes answer. Pure; a message without "of", "only", "just" or a word of
leaving out pays a substring test or a set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .mentions import ANNUAL_SERIES, PLEDGE_SERIES

_OF_THOSE = lazy_pattern(r"^(?:and |so |ok |okay )?(?:which|what) (?:ones? )?(?:of|among) (?:those|them|these|the ones? (?:listed|above|you listed))(?: ones)? (?P<rest>\S.*)$")
#: "only the ones before 2020", "just those held in a capital": the list narrowed by a when or where.
_ONLY_THOSE = lazy_pattern(r"^(?:and |so |ok |okay |now )?(?:only|just) (?:the ones?|those|them|these)(?: ones)?(?: that were| which were)?"
                           r" (?P<rest>(?:before|after|since|until|in|from|held|not|outside)\b[^?]*)\??$")
#: "and excluding rome?", "all except the virtual one": the list with part of it left out.
_LEFT_OUT = lazy_pattern(r"^(?:and |so |ok |okay |now )?(?:(?:all of (?:it|them|those)|everything|all|those|them|the ones?|the rest) )?(?P<cue>excluding|except(?: for)?|without|minus|but not"
                         r"|other than|apart from|leaving out) (?P<rest>(?!(?:him|her|them|those|that|it)\b)\S[^?]*)\??$")
_LEAVING_OUT = frozenset("excluding except without minus but other apart leaving".split())
_SERIES_NOUNS = {PLEDGE_SERIES: "pledge conferences", ANNUAL_SERIES: "annual nato cyber defence conferences"}


def of_those(lookup: Lookup, text: str, listed: tuple[ItemRef, ...]) -> str | None:
    """``text`` (normalised) asked of the series or kind of the events ``listed``, when it narrows them; else None."""
    if not listed or (asked := _narrowing(text)) is None:
        return None
    events = [lookup.knowledge.events.get(ref.id) for ref in listed if ref.type == "event"]
    if len(events) != len(listed) or None in events:
        return None
    series = {e.series for e in events}
    kinds = {e.kind for e in events}
    if len(series) == 1 and (noun := _SERIES_NOUNS.get(next(iter(series)) or "")):
        return asked(noun)
    return asked(f"{next(iter(kinds))}s") if len(kinds) == 1 and len(events) > 1 else None


def _narrowing(text: str):
    """How ``text`` narrows a list, as a function of the list's noun ("pledge conferences"); None if it does not."""
    words = text.split()
    if ("of" in words or "among" in words) and (match := _OF_THOSE.match(text)):
        return lambda noun: f"which {noun} {match['rest']}"
    if ("only" in words or "just" in words) and (match := _ONLY_THOSE.match(text)):
        return lambda noun: f"which {noun} were {match['rest']}"
    if not _LEAVING_OUT.isdisjoint(words) and (match := _LEFT_OUT.match(text)):
        return lambda noun: f"{noun} {match['cue']} {match['rest']}"
    return None

