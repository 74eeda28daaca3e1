"""Counting questions: "how many quotes by Stoltenberg?", "how many conferences were there?"."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import TRUST_ORDER, item_refs, join_words, source_refs
from ..search import normalize, tokens
from .beyond_event import quotes_at_event
from .counted_in_text import MET_NOUNS, count_in_text, count_met_by
from .quote_replies import event_quotes, paged_quotes
from .about_bot import ROLES_COUNTED, people_holding
from .events import KIND_WORDS, answer_events, answer_events_list, event_reply, find_event
from .named_event import NAMED_OUTRIGHT, event_named
from .person_events import events_of
from .pledges import answer_pledges
from .quotes import no_quote_by


_SPOKE = frozenset("speak spoke spoken speaking attend attended appear appeared address addressed times occasions".split())


def _times_spoken(lookup: Lookup, person) -> Reply:
    """The events ``person`` spoke at or took part in, counted: "Jens Stoltenberg spoke or took part at 5 events"."""
    found = events_of(lookup, person)
    events, verbs = [e for e, _ in found], " or ".join(sorted({verb for _, verb in found}, reverse=True)) or "spoke"
    title = f"{person.name} {verbs} at {len(events)} event{'s' if len(events) != 1 else ''} in the knowledge"
    return answer_events_list(lookup, events, title) if events else Reply("not_found", title, items=item_refs([person]))


def how_many(lookup: Lookup, rest: str, today: dt.date) -> Reply:
    """"how many quotes by Stoltenberg?", "how many conferences were there?": one count, with what it counts."""
    words = set(tokens(rest))
    if (roles := ROLES_COUNTED.match(rest.strip())) and not words & {"quote", "quotes", "said"}:  # "how many secretaries general"
        return people_holding(lookup, roles["role"], today)
    if words & _SPOKE and not words & {"quote", "quotes", "quotations", "said"} and len(people := lookup.named(rest, on=today).people) == 1:
        return _times_spoken(lookup, people[0])  # "how many times did stoltenberg speak": the events, not his quotes
    if words & {"quote", "quotes", "quotations", "said"} or lookup.named(rest, on=today).people:
        people = lookup.named(rest, on=today).people  # "how many content creators did stoltenberg meet": those met, not his quotes
        if people and words & MET_NOUNS and not words & {"quote", "quotes", "quotations", "said"}:
            return count_met_by(lookup, people[0], normalize(rest)) or Reply("not_found", f"The knowledge does not say how many {' '.join(rest.split()[:8])}", suggestions=("events",))
        return count_quotes(lookup, rest, today)
    named = " ".join(w for w in rest.split() if w not in _PARTS)
    if words & _PARTS and named.strip() and (pledge := lookup.best(named, ("pledge",), min_coverage=NAMED_OUTRIGHT)):
        return _commitments(lookup, pledge)  # "how many commitments does the pledge have": that pledge's
    if words & _HOSTING and (event := find_event(lookup, " ".join(words - _HOSTING - _HOST_NOUNS))) is not None:
        hosts = [h for h in event.hosts if "support" not in h]  # "how many countries co hosted the hague conference": its hosts
        return replace(event_reply(lookup, event, "hosts"), title=f"{len(hosts)} host{'s' if len(hosts) != 1 else ''} of {event.name}: {join_words(hosts)}")
    if words & _PEOPLE_THERE and (event := event_named(lookup, rest, today)) is not None:
        return event_reply(lookup, event, "speakers")  # "how many speakers did the rome conference have": who they were
    if words & _PARTIES and not words & _EVENT_COUNTED and (pledge := lookup.best(rest, ("pledge",))) is not None:  # "how many allies signed the pledge"
        return Reply("not_found", f"The knowledge does not say how many {' '.join(rest.split()[:8])}", blocks=(Block(f"{pledge.name}: by {pledge.by}."),),
                     items=item_refs([pledge]), suggestions=(f"pledge {pledge.name}",))
    if words & {"pledges", "pledge", "commitments"} and not words & _EVENT_COUNTED:  # not "how many pledge conferences"
        return answer_pledges(lookup)
    if words & (set(KIND_WORDS) | {"events", "event"}):
        return answer_events(lookup, rest)
    counts = {kind: len(lookup.knowledge.collection(kind)) for kind in ("event", "pledge", "quote", "person", "initiative", "source")}
    text = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items()).replace("persons", "people")
    if (counted := count_in_text(lookup, normalize(rest))) is not None:
        return counted  # "how many took part in cyber coalition 2016": the number its text gives
    if words - _WHOLE_KNOWLEDGE:  # "how many countries are in nato": not something the knowledge counts
        return Reply("not_found", f"The knowledge does not say how many {' '.join(rest.split()[:8])}", blocks=(Block(f"It holds {text}."),),
                     suggestions=("events", "pledges", "sources"))
    return Reply("answer", f"The knowledge holds {text}", suggestions=("events", "pledges", "sources"))


_PARTS = frozenset("commitments commitment points parts elements".split())
_PARTIES = frozenset("allies countries nations members states governments signatories".split())
_EVENT_COUNTED = frozenset("conference conferences summit summits event events".split())
_PEOPLE_THERE = frozenset("speakers speaker participants attendees delegates panellists panelists ministers officials speeches keynotes".split())
_HOSTING = frozenset("hosted host hosts hosting co cohosted organised organized".split())
_HOST_NOUNS = frozenset("countries country nations nation states governments".split())
#: Words of a question about the whole knowledge: "how many entries are there?", "how many things do you know?".
_WHOLE_KNOWLEDGE = frozenset("entries entry things thing items item records record facts fact knowledge know hold holds have has "
                             "there total altogether people persons person speakers sources source initiatives initiative".split())


def count_quotes(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """"how many quotes [by <speaker>]?": the count, how far they can be trusted, and by whom."""
    named = lookup.named(text, on=today)
    person = named.people[0] if named.people else None
    quotes = lookup.quotes_of(person) if person else lookup.quote_per_source  # one quote a source: for citing them
    if person and not quotes:
        return no_quote_by(lookup, text, person)
    if person and (at := quotes_at_event(lookup, quotes, " ".join(w for w in (*named.rest, *named.unknown) if w not in _SHOW_WORDS))):  # "... from rome 2022": those, shown
        return _shown(lookup, person, at[1], f" at {at[0].name}")
    if person and len(quotes) <= _SHOWN_IN_FULL:  # "rutte quotes - how many, and from which event": few enough to show, each with its event
        return _shown(lookup, person, quotes, " in the knowledge")
    if not person and (at := _counted_at_event(lookup, text)) is not None:
        return at  # "how many china-related quotes from the berlin speech": those said there on it, counted and shown
    counted = Counter(q.trust for q in quotes) if person else lookup.quote_trust  # the whole knowledge: counted at load
    trust = {level: counted.get(level, 0) for level in TRUST_ORDER}
    blocks = [Block(", ".join(f"{n} {_TRUST_WORDS[level]}" for level, n in trust.items() if n) + ".")]
    speakers = Counter(q.speaker for q in quotes) if person else lookup.quote_speakers
    people = [lookup.knowledge.people[p] for p in speakers if p in lookup.knowledge.people]
    if not person:
        blocks.append(Block("By " + ", ".join(f"{p.name} ({speakers[p.id]})" for p in people) + "."))
    by = f" by {person.name}" if person else ""
    return Reply(
        "answer",
        f"{sum(trust.values())} quote{'s' if sum(trust.values()) != 1 else ''}{by} in the knowledge",
        blocks=tuple(blocks),
        items=item_refs(people),
        sources=source_refs(lookup.knowledge, quotes),
        suggestions=tuple(f"quotes {p.name}" for p in people[:3]),
    )


#: A topic typed before the noun: "china related quotes", "russia-themed lines".
_RELATED = lazy_pattern(r"\b(?P<topic>[a-z]+) (?:related|themed|focused|centred|centered|linked) ")
_SAID_AT = lazy_pattern(r"\b(?:came|come|were said|was said|said|made|given|delivered|recorded) (?:out of|at|in|during)\b")
_NOUNS_COUNTED = lazy_pattern(r"\b(?:quotes?|quotations?|lines?|remarks)\b|\b(?:do|does|did) (?:you|u) (?:have|hold|got)\b|\b(?:are|were) there\b")


def _counted_at_event(lookup: Lookup, text: str) -> Reply | None:
    """The quotes said at the event ``text`` names, on its topic if it names one ("china related"), or None."""
    words = normalize(text)
    topic = related["topic"] if (related := _RELATED.search(words)) else ""
    rest = " ".join(_NOUNS_COUNTED.sub(" ", _SAID_AT.sub(" from ", _RELATED.sub(" ", words))).split())  # "came out of rome": from rome
    return event_quotes(lookup, f"{rest} about {topic}" if topic else rest) if rest else None


#: Words beside a count asking to see what is counted: "... from rome 2022? paste them" ("paste" read as "past").
_SHOW_WORDS = frozenset("quote quotes quotations line lines paste past them all list show pls please too also".split())
_SHOWN_IN_FULL = 5  # a speaker's quotes counted and shown, up to this many


def _shown(lookup: Lookup, person, quotes: list, where: str) -> Reply:
    """``person``'s ``quotes`` counted and shown; the reply is about the person (a follow-up's "he")."""
    shown = paged_quotes(lookup, quotes, f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} by {person.name}{where}", f"quotes {normalize(person.name)}")
    about = item_refs([person])
    return replace(shown, items=(*about, *(i for i in shown.items if i not in about)))
_TRUST_WORDS = {"verified": "verified", "unverified": "unverified", "translated": "machine re-translations (not the speaker's own words)"}


def _commitments(lookup: Lookup, pledge) -> Reply:
    """"The Cyber Defence Pledge lists 7 commitments", each one a line."""
    n = len(pledge.commitments)
    if not n:
        return Reply("not_found", f"The knowledge lists no separate commitments of the {pledge.name}",
                     blocks=(Block(pledge.summary),), items=item_refs([pledge]), suggestions=(f"pledge {pledge.name}",))
    blocks = tuple(Block("", style="item", heading=c) for c in pledge.commitments)
    return Reply("answer", f"The {pledge.name} lists {n} commitment{'s' if n != 1 else ''}", blocks=blocks, items=item_refs([pledge]),
                 sources=source_refs(lookup.knowledge, [pledge]), suggestions=(f"pledge {pledge.name}",))
