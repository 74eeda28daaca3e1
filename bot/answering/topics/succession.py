"""Roles in order: who held a role before or after someone, whether someone holds it, what they were before.

    "who was in charge of nato before mark rutte?"   -> Stoltenberg, with his dates
    "who replaced stoltenberg", "rutte s predecessor" -> the next or the previous holder
    "who is current dutch minister of defence after ollongren" -> the next holder ("current" asks the same)
    "is geoana the secretary general?"               -> "No: Mircea Geoană is NATO Deputy Secretary General; …"
    "what was rutte before he went to nato"          -> the roles he held before that one
    "before nato rutte was dutch prime minister?"    -> "Yes: ... was Prime Minister of the Netherlands (2010 – 2024)": a role begun before his NATO one

Holders are ordered by the first day of their role (``Role.start``); a role
without dates has no place in an order, and the answer says what is known.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Person, Role
from ...reply import Block, Reply
from ..lookup import Lookup
from ..mentions import find_kind
from ..phrasing import item_refs
from ..places import PLACES, places_in
from ..normalizing import normalize, tokens, word_set
from .events import find_event
from .people import person_reply, role_text
from ...patterns import lazy_pattern

#: A question is only tried here when it holds one of these words.
CUES = frozenset("before after replaced replace succeeded succeed preceded precede predecessor successor followed over "
                 "is was next follow previous former prior preceding old".split())
_ORDER_WORDS = frozenset("before after replaced replace succeeded succeed preceded precede predecessor successor followed over".split())
_AROUND = lazy_pattern(r"^who (?:(?:was|is|were|came|served|held|occupied|had)(?: as)? )?(?:the )?(?:(?:current|present|new|next|incumbent) )?(?P<role>.*?)\s*(?P<order>before|after|prior to) (?P<who>.+?)"
                     r"(?: as (?P<role2>.+))?$")
_VERB = lazy_pattern(r"^who (?P<order>replaced|succeeded|preceded|followed|came after|came before|took over from|takes over from) (?P<who>.+?)"
                   r"(?: as (?P<role>.+?))?(?: (?:at|in|of) nato)?$")
#: Who is to come: "who will replace rutte" (read "who is replace rutte"), "who is going to succeed him as sg".
_FUTURE = lazy_pattern(r"^who (?:is |will |ll )?(?:going to |gonna )?(?P<order>replace|succeed|follow|take over from) (?P<who>.+?)(?: as (?P<role>.+?))?(?: (?:at|in|of) nato)?$")
#: "who is going to be the next secretary general", "who will be the next nato chief": after today's holder.
_NEXT = lazy_pattern(r"^who (?:is |will |ll )?(?:going to |gonna )?(?:be )?(?:the )?next (?:the )?(?P<role>.+?)$")
#: "who was the previous secretary general", "who was the boss of nato before": before today's holder.
_PREVIOUS = lazy_pattern(r"^who (?:was|were) (?:the )?(?:(?:previous|former|prior|preceding|old) (?P<role>.+?)|(?P<role_before>.+?) before)$")
_NOUN = lazy_pattern(r"^(?:who (?:was|is|were) )?(?:the )?(?P<who>.+?) (?P<order>predecessor|successor)(?: as (?P<role>.+?))?(?: (?:at|in|of) nato)?$")
_IS = lazy_pattern(r"^(?:is|was) (?P<who>.+?) (?:still |now |currently |really |actually )?(?:the |a |an )?(?P<role>(?:nato )?"
                 r"(?:deputy )?secretary general|(?:(?!(?:was|is|were)\b)\S+ )?prime minister(?: of (?:the )?\S+)?|(?:(?!(?:was|is|were)\b)\S+ )?(?:foreign |defence )?minister(?: of (?:\S+ ){0,3}?\S+)?"
                 r"|head of nato|nato chief|in charge(?= of nato$|$)|(?:(?!(?:was|is|were)\b)\S+ )?(?:federal )?(?:chancellor|president|ambassador))"
                 r"(?: of nato| now| today| currently)?$")
_ORDER_BETWEEN = lazy_pattern(r" (?:before|after|earlier than|later than|prior to) ")
_EARLIER = lazy_pattern(r"^what (?:was|did|job did|post did|role did|had) (?P<who>.+?) (?:s )?(?:job |role |post |position |do |have |hold |been )?"
                      r"(?:before|prior to|until) (?P<then>.+)$")
_LATER = {"after": True, "replaced": True, "replace": True, "succeeded": True, "succeed": True, "successor": True, "followed": True,
          "came after": True, "took over from": True, "takes over from": True, "follow": True, "take over from": True}


def answer_succession(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The reply to a question about roles in order, or None when the question is not one."""
    words = word_set(question)
    if words.isdisjoint(CUES):
        return None
    if not words.isdisjoint(_ORDER_WORDS) and question.startswith(("who ", "the ")) or " predecessor" in question or " successor" in question:
        match = _VERB.match(question) or _FUTURE.match(question) or _AROUND.match(question) or _NOUN.match(question)
        if match:
            groups = match.groupdict()
            role = groups.get("role") or groups.get("role2") or ""
            return _next_holder(lookup, groups["who"], role, later=_LATER.get(groups["order"], False), today=today)
    if "next" in words and (match := _NEXT.match(question)) and (holder := lookup.role_holder(match["role"], today)) is not None:
        return _next_holder(lookup, holder.name, match["role"], later=True, today=today)  # none after today's: the knowledge says so
    if (match := _PREVIOUS.match(question)) and (holder := lookup.role_holder(role := (match["role"] or match["role_before"]).removeprefix("the "), today)) is not None:
        return _next_holder(lookup, holder.name, role, later=False, today=today)  # "who was sg before": before today's holder
    claim, before_nato = _without_before_nato(question)
    if claim.startswith(("is ", "was ")) and (match := _IS.match(claim)) and not _absent_from(lookup, match["who"], today) \
            and _ORDER_BETWEEN.search(match["who"]) is None:  # "was the nicc agreed before rutte became sg": an order (comparisons)
        if (event := _gathering_in(lookup, match["who"])) is not None:  # "stoltenberg spoke in rome as sg": the post held that day
            day = event.when.start.first_day()
            if (reply := _holds(lookup, match["who"], match["role"], day, past=False)) is None:
                return None
            person = lookup.named(match["who"], on=day).people[0]
            held = " and ".join(r.title + ("" if r.start or r.end else " (the knowledge does not date this role)")
                                for r in person.roles if r.held_on(day)) or "in no role the knowledge records"
            return replace(reply, title=f"{reply.title.partition(':')[0]}: at {event.name}, {person.name} was {held}")
        return _holds(lookup, match["who"], match["role"], today, past=(claim.startswith("was ") or " was " in f" {match['who']} ") and "still" not in words,  # "is it true that rutte was ..."; "was he still ...": now
                      now=not words.isdisjoint(_NOW_WORDS), before_nato=before_nato)
    if "before" in words or "prior" in words or "until" in words:
        if question.startswith("what ") and (match := _EARLIER.match(question)):
            return _roles_before(lookup, match["who"], match["then"], today)
    return None


def _gathering_in(lookup: Lookup, who: str):
    """The gathering ``who`` (a person's words with a place or a kind of gathering) names, or None."""
    if not places_in(who) and find_kind(who) is None:
        return None
    return find_event(lookup, " ".join(w for w in who.split() if w not in lookup.name_words)) or (
        find_event(lookup, " ".join(name for name, _ in places_in(who))) if places_in(who) else None)  # "his rome speech": rome's


def _absent_from(lookup: Lookup, who: str, today: dt.date) -> bool:
    """"geoana opened the rome conference in 2022 as (deputy sg)": a part claimed in a gathering the person took no part
    in, which the claim checks correct first (not "Yes: he is Deputy Secretary General")."""
    if not places_in(who) and find_kind(who) is None or (person := _person(lookup, who, today)) is None:
        return False
    event = find_event(lookup, " ".join(w for w in who.split() if w not in lookup.name_words))
    return event is not None and person.id not in (*event.speakers, *event.participants)


def _person(lookup: Lookup, text: str, today: dt.date) -> Person | None:
    named = lookup.named(text, on=today)
    return named.people[-1] if named.people and not named.role else None


def _next_holder(lookup: Lookup, who: str, role_words: str, *, later: bool, today: dt.date) -> Reply | None:
    """The holder of the role before (or after) the person named, by the first day each held it."""
    person = _person(lookup, who, today)
    if person is None:
        return None
    role = _role_of(person, role_words) or (person.roles[0] if person.roles and not _asked(role_words) else None)
    if role is None or role.start is None:  # "who did ollongren replace": her post has no dates here, so no order either
        which = "after" if later else "before"
        return None if role is None else Reply("not_found", f"The knowledge does not record who was {role.title} {which} {person.name}",
                                               blocks=(Block(f"{person.name}: {role_text(role)}."),), suggestions=(f"who {person.name}",))
    holders = [(p, r) for p, n in lookup.role_holders(role.title) if (r := p.roles[n]).start is not None and p is not person]
    start = role.start.first_day()
    if later:
        found = min(((p, r) for p, r in holders if r.start.first_day() > start), key=lambda pr: pr[1].start.first_day(), default=None)
    else:
        found = max(((p, r) for p, r in holders if r.start.first_day() < start), key=lambda pr: pr[1].start.first_day(), default=None)
    which = "after" if later else "before"
    if found is None:
        return Reply("not_found", f"The knowledge records no {role.title} {which} {person.name}",
                     blocks=(Block(f"{person.name}: {role_text(role)}."),), suggestions=(f"who {person.name}",))
    holder, held = found
    reply = person_reply(lookup, holder)
    title = f"{role.title} {which} {person.name}: {holder.name}"
    note = f"{holder.name}: {role_text(held)}. {person.name}: {role_text(role)}."
    return replace(reply, title=title, blocks=(Block(note), *reply.blocks))


def _role_of(person: Person, words: str) -> Role | None:
    """The role of ``person`` that ``words`` name ("secretary general"), or the first one with dates when they name none."""
    asked = _asked(words)
    dated = [r for r in person.roles if r.start is not None]
    if asked:
        named = [r for r in person.roles if asked <= _words(r)]
        return named[0] if named else None
    return dated[0] if dated else None


def _words(role: Role) -> set[str]:
    return _as_countries(w for text in (role.title, *role.aliases) for w in tokens(normalize(text)))


#: Words that name the kind of thing a role is, not which: "the secretary general post".
_ROLE_NOUNS = frozenset("post role job position office seat title affairs".split())  # "minister of foreign affairs": foreign minister


def _asked(words: str) -> set[str]:
    """The words of a role as asked, countries as their names ("estonian" is "estonia"), without "nato" or "post"."""
    return _as_countries(tokens(normalize(words))) - {"nato"} - _ROLE_NOUNS


def _as_countries(words) -> set[str]:
    return {PLACES[w].country.lower() if w in PLACES and not PLACES[w].is_city else w for w in words}


def _silent_on(lookup: Lookup, person: Person, phrase: str) -> bool:
    """Whether a role asked with a country ("norwegian prime minister") is one nobody in the knowledge holds and the person
    holds no role of that country: the knowledge says nothing of it either way (their role there it would know)."""
    countries = {p.country for _, p in places_in(phrase) if not p.is_city}
    if not countries or lookup.role_holders(phrase):
        return False
    theirs = {p.country for r in person.roles for text in (r.title, *r.aliases) for _, p in places_in(normalize(text))}
    return countries.isdisjoint(theirs)


_HEAD_OF_NATO = lazy_pattern(r"^(?:head of nato|nato chief|in charge)$")
_NOW_WORDS = frozenset("still currently now today presently".split())


def _without_before_nato(question: str) -> tuple[str, bool]:
    """"is it true that before nato rutte was ..." -> ("is it true that rutte was ...", True): the time a role claim is dated by."""
    if " nato" not in question or (" before " not in f" {question}" and " prior " not in f" {question}"):
        return question, False
    cut = _BEFORE_NATO.sub("", question)
    if cut == question and (lead := _BEFORE_NATO_LEAD.match(question)):  # "before nato rutte was dutch prime minister?"
        cut = "is it true that " + question[lead.end():]
    return cut, cut != question


def _holds(lookup: Lookup, who: str, role_words: str, today: dt.date, *, past: bool, now: bool = False, before_nato: bool = False) -> Reply | None:
    """"is geoana the secretary general?": yes or no about the person named, with who holds it today
    ("was stoltenberg secretary general?" asks about any time; "is geoana still ...", ``now``, cannot be told by an undated role;
    ``before_nato``: only a role begun before the person's first NATO role counts)."""
    named = lookup.named(who, on=today)
    if len(named.people) != 1 or named.role:
        return None
    person = named.people[0]
    if before_nato and (joined := _nato_start(person)) is not None:  # no dated NATO role: the claim checked undated
        person = replace(person, roles=tuple(r for r in person.roles if r.start is not None and r.start.first_day() < joined))
        if not person.roles:  # "before nato stoltenberg was sg?": nothing of his before it is recorded
            return _roles_before(lookup, person.name, "nato", today)
    role_words = _HEAD_OF_NATO.sub("secretary general", role_words)  # "head of nato", "in charge": the post that heads it
    asked = _asked(role_words)
    held = [r for r in person.roles if r.held_on(today)]
    phrase = normalize(role_words)
    holder = lookup.role_holder(phrase, today) or lookup.role_holder(phrase.removeprefix("nato "), today)
    exact = [r for r in held if _words(r) >= asked and ("deputy" in asked) == ("deputy" in _words(r))]
    reply = person_reply(lookup, named.people[0])  # all their roles shown, whatever the claim dates
    was = [r for r in person.roles if not r.held_on(today) and _words(r) >= asked and ("deputy" in asked) == ("deputy" in _words(r))]
    if exact and (holder is None or holder is person) and now and not (exact[0].start or exact[0].end):
        title = f"The knowledge records {person.name} as {exact[0].title} with no dates, so it cannot say whether that is still so"
    elif exact and (holder is None or holder is person):
        title = f"Yes: {person.name} is {_as_recorded(exact[0])}"
    elif past and was:
        title = f"Yes: {person.name} was {_as_recorded(was[0])}"
    elif holder is None and _silent_on(lookup, person, phrase):  # "was stoltenberg the norwegian prime minister": the knowledge
        recorded = "; ".join(map(role_text, person.roles))  # holds no role of Norway's at all, so no "no" either
        return replace(reply, title=f"The knowledge does not record {person.name} as {role_words.strip()}"
                       + (f": it records {recorded}" if recorded else ""))
    else:
        title = f"No: {person.name} " + (f"was {role_text(was[0])}" if was else ("is " + " and ".join(map(_as_recorded, held)) if held
                                                                               else "held " + "; ".join(map(role_text, person.roles)) if person.roles
                                                                               else "holds no role the knowledge records"))
        if holder is not None and holder is not person:
            title += f"; {next((r.title for r in holder.roles if r.held_on(today)), role_words)} on {today.day} {today:%B %Y} is {holder.name}"
            return replace(reply, title=title, items=(*reply.items[:1], *item_refs([holder]), *reply.items[1:]))  # the holder named is an answer too
    return replace(reply, title=title)


def _nato_start(person: Person) -> dt.date | None:
    """The first day of the earliest dated NATO role of ``person``, or None."""
    return min((r.start.first_day() for r in person.roles if "nato" in _words(r) and r.start is not None), default=None)


def _as_recorded(role: Role) -> str:
    return role_text(role) if role.start or role.end else f"{role.title} (the knowledge records no dates)"


def _roles_before(lookup: Lookup, who: str, then: str, today: dt.date) -> Reply | None:
    """"what was rutte before he went to nato": the roles that ended before the one ``then`` names began."""
    person = _person(lookup, _MOVED.sub(" ", who), today)
    if person is None:
        return None
    later = _role_of(person, _MOVED_TO.sub(" ", then))
    if later is None:
        later = next((r for r in person.roles if "nato" in _words(r) and r.start is not None), None)
    if later is None or later.start is None:
        return None
    start = later.start.first_day()
    earlier = [r for r in person.roles if r is not later and r.start is not None and r.start.first_day() < start]
    reply = person_reply(lookup, person)
    if not earlier:
        return replace(reply, kind="not_found", title=f"The knowledge records no role of {person.name} before {role_text(later)}")
    title = f"Before {role_text(later)}, {person.name} was " + " and ".join(role_text(r) for r in earlier)
    return replace(reply, title=title)


#: Patterns of the functions above, compiled with the others when a bot loads (``bot.patterns``).
_BEFORE_NATO = lazy_pattern(r"(?<=\S) (?:before|prior to) (?:(?:he|she) )?(?:joining |joined |went to |going to |moving to |came to |coming to )?(?:the )?nato\b(?= |$)")
_BEFORE_NATO_LEAD = lazy_pattern(r"^(?:before|prior to) (?:joining |going to |moving to |coming to )?(?:the )?nato (?=\S+(?: \S+)? was )")
_MOVED = lazy_pattern(r"\b(?:he|she|they|went|go|going|joined|joining|became|becoming|took|taking)\b")
_MOVED_TO = lazy_pattern(r"\b(?:he|she|they|went|go|going|to|joined|joining|became|becoming|took|taking|over|as|the)\b")
