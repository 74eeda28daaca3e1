"""The events a person spoke at or took part in, as a list (or the one event, when there is one).

    "which conferences did jens stoltenberg speak at"  -> the four conferences, newest first
    "events ollongren attended", "where has geoana spoken"
    "which summits did baerbock attend"                -> none recorded: said so
    "was it rutte or stoltenberg who spoke in rome"    -> Stoltenberg spoke there; Rutte is not recorded there

A year, a place or a series named beside the person narrows the list, and is
reported when nothing is left ("... in 2019").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Person
from ...patterns import lazy_pattern
from ...reply import Reply
from .. import event_messages
from ..constraints import unmet
from ..lookup import Lookup
from ..mentions import KIND_WORDS, find_mentions
from ..parse import parse_year
from ..phrasing import where_text
from ..normalizing import tokens, word_set
from .events import answer_events_list, answer_where_spoke, event_reply
from .general import not_found
from .named_event import event_named
from .participants import people_at

_KINDS = r"(?:(?:nato|cyber|defen[cs]e|pledge|annual|other|official|public|and|or) )*(?P<kind>events?|conferences?|summits?|meetings?|exercises?|gatherings?)"
_VERBS = (r"(?P<verb>speak|spoke|spoken|talk|talked|attend|attended|take part|took part|taken part|participate|participated|appear"
          r"|appeared|address|addressed|go to|went to|gone to|been to|been at|be at|present at|visit|visited|join|joined)")
_DID = r"(?:has |have |did |does |was |were |had |do )"
_PATTERNS = tuple(
    lazy_pattern(pattern)
    for pattern in (
        # "which conferences did stoltenberg speak at", "how many events has geoana attended", "list every conference ..."
        rf"^(?:at |in |to )?(?:which|what|list|show me|show|give me|name|all|how many)(?: all| the| of the| all the| every| each)? {_KINDS} "
        rf"{_DID}?(?P<who>.+?) (?:ever |also )?{_VERBS}\b(?P<rest>.*)",
        # "events ollongren attended", "conferences with stoltenberg"
        rf"^(?:list |show |show me |give me )?(?:all |every )?(?:the )?{_KINDS} (?:that |which |where )?(?P<who>.+?) {_DID}?{_VERBS}\b(?P<rest>.*)",
        rf"^(?:list |show |show me |give me )?(?:all |every )?(?:the )?{_KINDS} (?:with|featuring) (?P<who>.+?)(?P<verb>)(?P<rest>)$",
        # "where has geoana spoken", "where did the secretary general speak in 2022"
        rf"^where {_DID}(?P<who>.+?) (?:ever )?{_VERBS}\b(?P<rest>.*)",
        # "has stoltenberg spoken at any pledge conferences", "did rutte attend other conferences", "did geoana speak at a pledge
        # conference" (any one of them, not the one a search finds first; "a previous one" is counted elsewhere)
        rf"^{_DID}(?P<who>.+?) (?:ever )?{_VERBS} (?:at |in |to )?(?:any|(?:a|an)(?=(?: (?:nato|cyber|defen[cs]e|pledge|annual))* (?:event|conference|summit|meeting|exercise|gathering))|one of the|other|more|several|many|all|some)(?P<rest>(?: [a-z]+)*?) {_KINDS}\b",
        # "stoltenberg s conferences"
        rf"^(?:list |show |show me |give me )?(?P<who>[a-z]+(?: [a-z]+)?) (?:s )?{_KINDS}$(?P<verb>)(?P<rest>)",
    )
)
_CUES = frozenset("events conferences summits meetings exercises gatherings event conference summit meeting exercise where".split())
#: The verbs that say "spoke": a participant without a speech is not in that list.
_SPOKE = frozenset("speak spoke spoken talk talked address addressed".split())


def answer_person_events(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The events the person ``text`` names spoke at or took part in; None when it asks something else."""
    if not word_set(text) & _CUES:
        return None
    match = next((m for pattern in _PATTERNS if (m := pattern.match(text))), None)
    if match is None:
        return None
    year = parse_year(match["rest"])  # "where did the secretary general speak in 2022": the holder that year
    named = lookup.named(match["who"], on=dt.date(year, 7, 1) if year else today)
    if not named.people or len(named.rest) > 1:  # "which conferences did the hague pledge ...": no person asked about
        return None
    person = named.people[0]
    kind = KIND_WORDS.get(match.groupdict().get("kind") or "")
    mentions = find_mentions(lookup, text.replace(match["who"], " "), today)  # "any pledge conferences in 2019"
    spoke_only = (match["verb"] or "") in _SPOKE
    fitting = [e for e, _ in events_of(lookup, person) if (kind is None or e.kind == kind) and not unmet(e, mentions)]
    events = [e for e in fitting if not spoke_only or person.id in e.speakers]
    noun = f"{kind}s" if kind else "events"
    if not events and not fitting:
        return not_found(event_messages.no_person_events(noun, person.name, match["rest"].strip()),
                         suggestions=(f"who {person.name}", "events"))
    if not events:  # "where did parly speak": no speech of hers is recorded, but she took part
        reply = answer_events_list(lookup, fitting, "") if len(fitting) > 1 else event_reply(lookup, fitting[0], "speakers")
        return replace(reply, title=event_messages.no_speech_took_part(person.name, [e.name for e in fitting]))
    if len(events) == 1:
        event = events[0]
        if person.id in event.speakers:  # the sentence of answer_where_spoke: when, and whether by video
            return answer_where_spoke(lookup, person.name, event.id, "where", today)
        reply = event_reply(lookup, event, "speakers")
        return replace(reply, title=event_messages.person_at(person.name, "took part in", event.name, where_text(event) or ""))
    verbs = {verb for e, verb in events_of(lookup, person) if e in events}
    title = event_messages.person_events(len(events), noun, person.name, " or ".join(sorted(verbs, reverse=True)))
    return answer_events_list(lookup, events, title)


def events_of(lookup: Lookup, person: Person) -> list[tuple[Event, str]]:
    """Where ``person`` spoke ("spoke") or took part without a recorded speech ("took part"); no publications."""
    spoke = [(e, "spoke") for e in lookup.events_with(person) if e.kind != "publication"]
    took_part = [(e, "took part") for e in lookup.events_attended(person) if person.id not in e.speakers and e.kind != "publication"]
    return spoke + took_part  # from the index of who was where: no scan of every event


_EITHER = lazy_pattern(r"\b(?:either )?(?P<a>\S+(?: \S+)?) or (?P<b>\S+(?: \S+)?) (?:who |that )?(?:actually |really )?"
                       r"(?:spoke|speak|opened|open|addressed|address|talked|attended|attend|went|was there|were there|took part|gave)\b(?P<rest>.*)")


def answer_which_of(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """"was it rutte or stoltenberg who spoke in rome": the event's card, titled with who of them was there."""
    if " or " not in text or (match := _EITHER.search(text)) is None:
        return None
    event = event_named(lookup, match["rest"], today)
    asked = {match[side]: lookup.named(match[side], on=today).people[:1] for side in ("a", "b")}
    if event is None or not any(asked.values()):
        return None
    there = {p.id: verb for p, verb in people_at(lookup, event)}
    present = [f"{p[0].name} {there[p[0].id]}" for p in asked.values() if p and p[0].id in there]
    # a name the knowledge does not hold ("merkel") is not recorded there either
    absent = [p[0].name if p else " ".join(tokens(words)).title() for words, p in asked.items() if not p or p[0].id not in there]
    reply = event_reply(lookup, event, "speakers")
    return replace(reply, kind=reply.kind if present else "not_found", title=event_messages.which_of(present, absent, event.name))
