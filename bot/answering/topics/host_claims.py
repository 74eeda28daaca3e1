"""Claims about who hosted an event: "NATO itself hosted the Berlin conference", "... was hosted by Italy alone".

    "nato itself hosted the berlin conference"  -> read as "the berlin conference was hosted by nato itself"
    "... was hosted by nato"                    -> "No: ... was hosted by Germany (Federal Foreign Office)"
    "... was hosted by italy alone"             -> "No: ... was hosted by Italy, the United States and ..."

A claim with the host as its subject names the event after the verb; read the other way round, the event is
the subject and the host the claimed fact, so the host is never looked up as an entry ("NATO" is in many).
Where there is a "by", only the words after it name the host claimed: the event's own city is not a host claimed.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ..phrasing import join_words
from ..places import PLACES, places_in
from ..search import normalize
from ...patterns import lazy_pattern
from .claim_people import Findings

#: "nato itself hosted the tirana conference", "the germans organised the berlin one": a host, its verb, the event.
_ACTIVE = lazy_pattern(
    r"^(?P<host>.+?) (?:(?:itself|themselves|alone|jointly|together) )?(?P<verb>hosted|co hosted|organi[sz]ed|co organi[sz]ed|ran|put on)"
    r" (?P<event>(?:the|a|that|this) .+)$")
#: Words that name NATO itself as a host, not a member country.
_NATO = frozenset("nato alliance nato s itself the its own international staff".split())
_NATO_HOST = lazy_pattern(r"\b(?:nato|the alliance)\b")
#: Words that name a host body rather than a country: "germany s defence ministry" is not "Germany (Federal Foreign Office)".
_HOST_BODIES = frozenset("ministry office department defence defense foreign affairs interior government agency military army staff".split())
_ALONE = lazy_pattern(r"\b(?:alone|only|solely|by itself|on its own|single handedly|sole|without (?:a )?co ?hosts?)\b")


def as_passive(claim: str) -> str | None:
    """"nato itself hosted the berlin conference" -> "the berlin conference was hosted by nato itself"; None when
    the subject is no host (a country, its people, or NATO; not a city)."""
    match = _ACTIVE.match(claim)
    if match is None:
        return None
    host = match["host"].strip()
    words = set(host.split()) - {"the", "and", "both", "just", "only"}
    places = [p for _, p in places_in(host)]
    if not words or not (words <= _NATO or places and not any(p.is_city for p in places)) or len(words) > 5:
        return None  # "tirana hosted the second one": a city hosts what is held there, a claim about that event
    return f"{match['event']} was hosted by {host}"


def check_hosts(event: Event, predicate: str, found: Findings) -> None:
    """Each host the words after "by" claim (a country, its people, or NATO), against the event's hosts."""
    by = predicate.split(" by ", 1)[1] if " by " in predicate else predicate  # "hosted in italy": the place named
    places = [p for _, p in places_in(by)]
    for place in places:
        _hosted_by(event, place, by, found)
    if not places and by is not predicate and _NATO_HOST.search(by):  # not "nato" of the event's own name
        fact = f"{event.name} was hosted by {join_words(event.hosts) or 'no one the knowledge names'}"
        nato = [h for h in event.hosts if "nato" in normalize(h)]
        if not nato:
            found.add(False, fact)
        elif len(nato) < len(event.hosts):
            found.partly.append(fact)
        else:
            found.add(True, fact)


def _hosted_by(event: Event, place, by: str, found: Findings) -> None:
    """"hosted by germany s defence ministry": the country among the hosts, and the body named with it (only partly, if not)."""
    hosts = join_words(event.hosts) or "no one the knowledge names"
    fact = f"{event.name} was hosted by {hosts}"
    if not any(normalize(place.country) in normalize(h) for h in event.hosts):
        found.add(False, fact)
        return
    if _ALONE.search(by):  # "hosted by italy alone": no other country among the hosts
        claimed = {p.country for _, p in places_in(by)}
        if any(p.country not in claimed for h in event.hosts for _, p in places_in(normalize(h)) if not p.is_city):
            found.add(False, fact)
            return
    body = {w for w in by.split() if len(w) > 3 and w not in PLACES and w in _HOST_BODIES} - set(normalize(hosts).split())
    (found.partly if body else found.right).append(fact)
