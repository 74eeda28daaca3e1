"""Someone asked about at an event they did not speak at: that premise corrected before anything else is answered.

    "McFadden's speech at the Berlin conference - what date was that?"
        -> "Pat McFadden is not among the speakers recorded at First annual NATO Cyber Defence Conference; Pat McFadden
            spoke at NATO Cyber Defence Conference 2024 (London, 25 November 2024). Speakers at …: Jens Stoltenberg and …"
    "why did rutte open the rome pledge conference?"  -> not among the speakers there, who were Jens Stoltenberg and …

A question asking for the person's words there ("what did stoltenberg say at tirana") is an honest miss that says
why; words to check ("did stoltenberg say no one stands alone at tirana") are the quote steps' own.

Only a question naming one person by name, a place and a word of speaking is tried (a set test first), and only
when exactly one gathering meets the place, year and series named and the knowledge records its speakers: an
event whose speakers are not recorded says nothing of who was absent. Never the event's card as if the person
had spoken there, never another person's words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Person
from ...reply import Reply
from .. import event_messages
from ..claims import CLAIM_PREFIX
from ..constraints import could_meet, unmet
from ..lookup import Lookup
from ..phrasing import event_label, item_refs, join_words
from ..quoted import quoted_spans
from ...patterns import lazy_pattern
from .events import event_reply
from .quotes import answer_what_said

#: Words asking about someone's part as a speaker: "his speech", "her keynote", "why did he open it".
_SPEAKING = frozenset("speech speeches speak spoke speaking spoken keynote address addressed talk talked open opened opening "
                      "host hosted hosting organise organised organize organized".split())
#: Words asking for someone's words there: no words of theirs there is an honest miss, the quote routes' own.
_WORDS = frozenset("say said says line lines quote quotes quotation quotations words remarks statement tell told".split())
#: Words making the person what is talked about, not who talked: "what did rutte say about stoltenberg".
_NOT_THEIR_PART = frozenset("about successor predecessor replaced mentioned mention mentions praised thanked quoted cited named".split())
#: Words asking which day or hour someone spoke: the step for days answers those of a gathering they spoke at.
_DAY_ASKED = frozenset("day days first second both morning afternoon evening time hour".split())
_MOST_FITTING = 2  # gatherings a place (year, series) may name at once: "the london conference" is 2019's or 2024's
#: "what did stoltenberg say at tirana (in 2025)", "what did rutte tell the hague conference": their words there, nothing more asked;
#: also with the setting beside the name, as a lead named first puts it ("what did stoltenberg at tirana 2025 say").
_SAID_THERE = lazy_pattern(r"^what (?:did|has|had|does) \S+(?: \S+)? (?:say|said|tell|told)(?: the \S+(?: \S+)?)?(?: (?:at|in|during|to) \S+(?: \S+){0,5})?$"
                          r"|^what (?:did|has|had|does) \S+(?: \S+)? (?:at|in|during) \S+(?: \S+){0,5}? (?:say|said|tell|told)$")  # "stoltenberg at tirana 25 - what'd he say"
_NAMES_ONLY = dt.date(1900, 1, 1)  # people by name: no role phrase resolves on this day


def answer_absent_speaker(lookup: Lookup, text: str, understood, today: dt.date) -> Reply | None:
    """The correction for a person asked about as a speaker at an event they did not speak at, or None."""
    question, mentions = understood.text, understood.mentions
    if question.startswith(CLAIM_PREFIX):
        return None  # "is it true that X spoke at the london conference": the claim checks, which read the gathering named
    if not mentions.places:
        return None  # most questions: no place, no gathering there to be absent from (checked again below, with the words)
    named = lookup.named(question, on=_NAMES_ONLY)
    question = _without_role(question, named.role) if named.role and len(named.people) == 1 else question  # "what did stoltenberg say as sg at tirana"
    words = question.split()
    asks_words = not _WORDS.isdisjoint(words)  # "what did stoltenberg say at tirana": no words of his there, and why
    if asks_words and not _SAID_THERE.match(question):
        return None  # "did stoltenberg say no one stands alone at tirana": words to check, the quote steps' own
    if not mentions.places or _SPEAKING.isdisjoint(words) and not asks_words or not _NOT_THEIR_PART.isdisjoint(words) or quoted_spans(text):
        return None
    if len(named.people) != 1:
        return None
    person = named.people[0]
    fits = [e for e in could_meet(lookup, mentions) if e.kind != "publication" and not unmet(e, mentions)]
    present = [e for e in fits if not _absent(lookup, person, e)]
    if not 0 < len(fits) <= _MOST_FITTING or len(present) > 1 or present and (len(fits) == 1 or not present[0].speakers):
        return None  # "the london conference": either of London's two, where neither heard them, or one did
    if present and (asks_words or not _DAY_ASKED.isdisjoint(words)):
        return None  # "did mcfadden talk on the first day or the second in london": the day he spoke, asked of his one
    if present:  # "did stoltenberg speak at the london conference": at London's 2019 one, not its 2024 one
        reply = event_reply(lookup, present[0], "speakers")
        others = " or ".join(e.name for e in fits if e is not present[0])
        return replace(reply, title=event_messages.spoke_at_one(person.name, event_label(present[0]), others), kind="answer")
    event = fits[-1]
    reply = event_reply(lookup, event, "speakers")
    elsewhere = [e for e in lookup.events_with(person) if e.kind == event.kind][:3]  # gatherings like the one asked
    asked = " or ".join(e.name for e in fits)
    title = event_messages.spoke_elsewhere(person.name, asked, join_words(event_label(e) for e in elsewhere), reply.title)
    if named.role and (held := _holder_then(lookup, named.role, person, event)):
        holder, then = held
        if asks_words and holder.id in event.speakers and (said := answer_what_said(lookup, holder.name, f"at {event.name.lower()}", today)).kind == "answer":
            return replace(said, title=f"{then}. {said.title}")  # "what did stoltenberg say as sg at tirana 2025": rutte's words, said to be his
        title = f"{then}. {title}"
    if asks_words:  # the honest miss, then why: not a speaker there
        title = event_messages.no_words_there(person.name, asked, title)
    return replace(reply, title=title, kind="not_found" if asks_words else "answer",
                   items=(reply.items[0], *item_refs([*fits[:-1], *elsewhere]), *reply.items[1:]))


def _absent(lookup: Lookup, person, event) -> bool:
    """Whether the knowledge records who spoke at ``event`` and ``person`` is not among them, nor took part or is quoted there."""
    return bool(event.speakers) and person.id not in (*event.speakers, *event.participants) and not any(
        q.event == event.id for q in lookup.quotes_of(person))


def _without_role(question: str, role: str) -> str:
    """``question`` without the role its person is named with: "what did secretary general X say", "X ... as the sg"."""
    for said in (f" as the {role}", f" as nato {role}", f" as {role}", f" nato {role}", f" {role}"):
        if said in question:
            return question.replace(said, "", 1)
    return question


def _holder_then(lookup: Lookup, role: str, person, event) -> tuple[Person, str] | None:
    """Who else held ``role`` on ``event``'s first day, with "X was not <role> in <month year>: Y was"; None if nobody."""
    day = event.when.start.first_day()
    for holder, n in lookup.role_holders(role):
        if holder.id != person.id and holder.roles[n].held_on(day):
            return holder, f"{person.name} was not {holder.roles[n].title} in {day:%B %Y}: {holder.name} was"
    return None
