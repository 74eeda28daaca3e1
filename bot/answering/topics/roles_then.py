"""A person's role at a time, and who held a role then; the time is a date, a month or an event the question names.

    "what post did ollongren hold in may 2024?"                   -> her role then
    "what office did mcfadden hold when he spoke in london?"      -> his role on the day of that event
    "was rutte already secretary general at the hague in 2024?"   -> "No: …", with who held it then
    "who was prime minister of the netherlands during the 2024 pledge conference" -> who held it that day

Roles are the knowledge's, each with the dates it was held (``Role.held_on``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from ...knowledge.model import Event, Person, Role
from ...reply import Block, Reply
from .. import check_messages, quote_messages
from ..lookup import Lookup
from ..own_places import own_cities
from ..mentions import MONTHS
from ..parse import parse_date, parse_year
from ..phrasing import item_refs
from ..constraints import at_place
from ..places import PLACES, locations_in, places_in
from ..search import normalize, tokens
from .named_event import event_named
from .participants import find_party
from .general import not_found
from .people import answer_who, person_reply, role_text, unheld_post
from ...patterns import lazy_pattern

#: Nouns that ask for a role: "what post did …", "which office did … hold".
ROLE_NOUNS = frozenset("post office role job position title function capacity portfolio".split())
_POST = lazy_pattern(r"^(?:what|which) (?:post|office|role|job|position|title|function|capacity|portfolio)s? (?:did|does|do|was|is|had|has) (?P<rest>.+)$")
_POST_OF = lazy_pattern(r"^what (?:was|is) (?P<who>.+?)(?: s)? (?:actual |real |exact |official |correct )?(?:post|office|role|job|position|title|portfolio)\b(?P<rest>.*)$")
#: Words of a written or spoken work: "what was the stoltenberg op ed title" asks the op-ed's title, not his.
_WORKS = frozenset("op ed oped article piece speech address report headline story conference summit pledge book paper".split())
#: "what was ollongren s speech at the hague actually called", "what was the title of ollongren s speech"
#: "what is geoana s title and the conferences he spoke at": his events, which the person's card lists with the role.
_AND_EVENTS = lazy_pattern(r"\s*\b(?:and|plus|&) (?:the |which |what |where )?(?:(?:conferences?|events?|summits?|meetings?) )?(?:he|she|they) (?:spoke at|spoke|co hosted|hosted|attended|took part in|went to|was at|were at)$")
_SPEECH_CALLED = lazy_pattern(r"^what (?:was|is) (?P<who>.+?)(?: s)? (?:speech|address|keynote|remarks|talk)\b.*? (?:called|titled|named)$")
_TITLE_OF_SPEECH = lazy_pattern(r"^what (?:was|is) the (?:title|name|headline) of (?P<who>.+?)(?: s)? (?:speech|address|keynote|remarks|talk)\b")
_TITLED = lazy_pattern(r'\b(?:titled|entitled|called) "(?P<title>[^"]+)"')
#: A name, then the title asked for: "odobescu s correct title please for the photo caption", "ollongren job title?".
TITLE_FIRST = lazy_pattern(r"^(?P<who>(?!what |which |who )(?:\S+ ){1,3}?)(?:s )?(?:correct |official |full |proper |right |exact |current )?"
                           r"(?:job )?(?:title|role|position)\b")
_NAMED = 0.75  # of a time phrase's words an event's names must cover to be the event it names
_RAN = lazy_pattern(r"\b(?:run|ran|staged|conducted|launched|started|began|begun|took place|take place|happened|happen|organi[sz]ed|the|of)\b")
_THE_PLEDGE = lazy_pattern(r"\bthe (?:cyber defen[cs]e )?pledge\b(?! conference)")
_AGREED = lazy_pattern(r"\b(?:when|was|were|agreed|adopted|signed|made|decided|taken|issued)\b")
_ORDINAL = lazy_pattern(r"\b(?:first|1st|inaugural|second|2nd|third|3rd|fourth|4th|fifth|5th)\b")
_WAS = lazy_pattern(r"^(?:was|is|were) (?P<who>.+?) (?:already |still |then |yet |really |actually )?(?:the |a |an )?(?P<role>(?:nato |(?<! or )\S+ )?"
                  r"(?:secretary general|deputy secretary general|prime minister|minister\b.*?|president|foreign minister|defence minister"
                  r"|chancellor|foreign secretary|ambassador|chief|head)(?: of \S+(?: \S+)?)?)(?: still| already| then| yet)?(?: or (?:still |already |just )?(?:something|anything|someone|somebody) else| or not)? (?P<time>(?:at|when|during|in|on|by) .+)$")
#: A role taken up, not held: "rutte took over as sg in january 2025", "became sg in 2025" date its start (``tenure_claims``).
_TOOK_UP = lazy_pattern(r"\b(?:took over|take over|taken over|became|become|took office|take office|appointed|started|began|stepped in)\b")
#: "in which quality", "in what capacity", "as what": the role someone was somewhere in.
_CAPACITY = lazy_pattern(r"\b(?:in (?:which|what) (?:quality|capacity|function|role)|as what|with (?:which|what) (?:role|title|function))\b")
_SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
_TIME_LEADS = frozenset("in on at during by".split())
_CLAIMED = lazy_pattern(r"^is it (?:true|right|correct|so) that (?P<rest>(?:in|on|at|during|by) .+)$")
#: The claim said with the person first: "is it true that rutte was secretary general in 2023".
_CLAIMED_STATEMENT = lazy_pattern(r"^is it (?:true|right|correct|so) that (?P<who>\S+(?: \S+)?) (?:was|is|were) (?P<rest>.+)$")
#: The time asked first, the person before or after the verb: "in may 2024 was rutte already secretary general", "during
#: the hague conference rutte was still prime minister or something else" (the alternative after "or" is not the role).
_FRONTED = lazy_pattern(r"^(?P<time>(?:in|on|at|during|by) .+?) (?:(?:was|is|were) (?P<who>\S+(?: \S+)?)|(?P<who2>\S+) (?:was|is|were)) "
                        r"(?P<role>(?:already |still |then |yet |really |actually )?(?:the |a |an )*(?:nato |\S+ )?(?:secretary general|deputy secretary general"
                        r"|prime minister|minister|president|foreign minister|defence minister|chancellor|foreign secretary|ambassador|chief|head|boss|leader)\b(?: of \S+(?: \S+)?)?)"
                        r"(?: still| already| then| yet| at (?:that|the) time| back then)?(?: or (?:still |already |just )?(?:something|anything|someone|somebody) else| or not| or what)?$")
#: "who was X during / when …" (who was X *at* an event is asked of the people there: topics/participants.py)
_WHO_THEN = lazy_pattern(r"^(?:who (?:was|were|is) (?:the )?(?P<role>.+?)|(?:which|what) (?P<which>.+?) (?:was|were|is)(?: in office| in post| in charge| serving| in the job)?)"
                         r" (?P<time>(?:during|when|back when|while|at the time of|around the time of|by the time of) .+)$")
_WHO_AT_THE_TIME = lazy_pattern(r"^who (?:was|were|is) (?:the )?(?P<role>.+?) (?:at the time|while|back when|when|during)\b")
_NO_MOMENT = lazy_pattern(r"(?:(?:at|in|during|by|around) (?:(?:the|that|this) )?(?:time|point|moment)|(?:back )?then|at that point)")
_HOSTED = lazy_pattern(r"^(?P<before>.*?) (?:hosted|held|organised|organized|welcomed) (?P<event>.+)$")
_FROM_TIME = lazy_pattern(r"\b(?:when|during|at|in|on|before|after)\b.*$")
_NOW_ASKED = lazy_pattern(r"\b(?:now|nowadays|currently|current|today|these days|at present|presently)\b")
_ASKS_A_TIME = lazy_pattern(r"\b(?:when|during|in|on|at|before|after|\d{4})\b")
_TIME_WORDS = lazy_pattern(r"\b(?:hold|held|have|had|occupy|occupied|when|during|at the time of|he|she|they|spoke|speak|was|were|there|at|in|on|then)\b")


def answer_role_then(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The reply to a question about a role at a time, or None when the question is not one."""
    first, _, rest = question.partition(" ")
    if first != "who" and _CAPACITY.search(question) and (then := _post_then(lookup, _CAPACITY.sub(" ", question), today)) is not None:
        return then  # "mcfadden spoke at the london conference in which quality": his role that day
    if first in ("what", "which") and rest.split(" ", 1)[0] in ROLE_NOUNS and (post := _POST.match(question)):
        return _post_then(lookup, post["rest"], today)
    if (title := TITLE_FIRST.match(question)) and lookup.named(title["who"], on=today).people:  # "odobescu s correct title please"
        return _post_then(lookup, title["who"], today)
    if first == "what" and (work := _SPEECH_CALLED.match(question) or _TITLE_OF_SPEECH.match(question)):
        return _speech_title(lookup, work["who"], today)
    if first == "what" and (post := _POST_OF.match(question)) and not _works_title(post):  # not "the op ed s title"
        return _post_then(lookup, f"{post['who']} {_AND_EVENTS.sub('', post['rest'])}", today)  # "... and the conferences he spoke at": the card lists them
    if first == "is" and (claimed := _CLAIMED.match(question)):  # "is it true that in 2022 stoltenberg was already ..."
        question, first = claimed["rest"], claimed["rest"].partition(" ")[0]
    elif first == "is" and (stated := _CLAIMED_STATEMENT.match(question)):  # "my prof thinks rutte was sg in 2023": asked
        question, first = f"was {stated['who']} {stated['rest']}", "was"
    if first in _TIME_LEADS and (fronted := _FRONTED.match(question)):  # "in may 2024, rutte was already secretary general?"
        question, first = f"was {fronted['who'] or fronted['who2']} {fronted['role']} {fronted['time']}", "was"
    if first in ("was", "is", "were") and (was := _WAS.match(question)) and not _TOOK_UP.search(f"{was['who']} {was['role']}"):
        return _was_role_then(lookup, was["who"], was["role"], was["time"], today)
    if first == "who" and (then := _WHO_AT_THE_TIME.match(question)) and (post := unheld_post(lookup, then["role"])) is not None:
        return not_found(check_messages.no_holder(post), suggestions=(f"search {post.lower()}",))  # "who was saceur at the time ..."
    if first in ("who", "which", "what") and (then := _WHO_THEN.match(question)) and lookup.named(role := then["role"] or then["which"], on=today).role:
        countries = " ".join(f"in {p.country}" for _, p in places_in(role))  # "estonia s pm when they hosted it": in Estonia
        moment = _moment(lookup, then["time"], today, events_only=True) or (countries and _moment(lookup, f"{then['time']} {countries}", today, events_only=True))
        party = first == "who" and " at the time of " in question and find_party(role) is not None  # "nato s boss at the time of
        if moment and (not party or moment[1].startswith("when ")):  # <event>": who was there for NATO; of a pledge: its holder then
            return _dated(answer_who(lookup, role, moment[0], today=today), moment[1])
    return None


def _works_title(post: re.Match) -> bool:
    """Whether "what was <who> title <rest>" asks a work's title: "the op ed s title", "the title of the op ed"."""
    return not _WORKS.isdisjoint(f"{post['who']}{post['rest'] if post['rest'].startswith(' of ') else ''}".split())


def _speech_title(lookup: Lookup, who: str, today: dt.date) -> Reply | None:
    """The title of a person's speech, as their entry records it ("Her published speech was titled ..."), or says none is."""
    if (person := _person(lookup, who, today)) is None:
        return None
    titled = _TITLED.search(person.summary or "")
    return replace(person_reply(lookup, person), title=quote_messages.speech_title(person.name, titled["title"] if titled else None),
                   kind="answer" if titled else "not_found")


def _moment(lookup: Lookup, text: str, today: dt.date, *, events_only: bool = False) -> tuple[dt.date, str] | None:
    """The day ``text`` names and how to say it: a date, the first of a month, or the first day of an event."""
    if _NO_MOMENT.fullmatch(text.strip()):
        return None  # "baerbock title at the time": no time named ("time" is no word of the op-ed "Time to raise our game")
    if not events_only:
        if (date := parse_date(text, today=today)) is not None and any(w[:1].isdigit() and len(w) <= 2 for w in text.split()):
            return date, f"on {date.day} {date:%B %Y}"
        month = next((MONTHS[w] for w in text.split() if w in MONTHS), None)
        year = parse_year(text)  # 1900-2099: "in 9999" names no time the knowledge could hold
        if month and year:
            return dt.date(year, month, calendar.monthrange(year, month)[1] // 2), f"in {calendar.month_name[month]} {year}"
        if year and (season := next((w for w in text.split() if w in _SEASONS), None)):  # "in spring 2024": its middle month
            return dt.date(year, _SEASONS[season], 15), f"in {season} {year}"
        if year and not event_named(lookup, text, today):  # "in 2020": the middle of it
            return dt.date(year, 7, 1), f"in mid-{year}"
    if hosted := _HOSTED.search(text):  # "when estonia hosted the pledge conference": the conference in Estonia
        before = hosted["before"].split()
        place = next((p for p in (" ".join(before[-2:]), " ".join(before[-1:])) if p in PLACES or p in own_cities(lookup)), None)
        text = f"{hosted['event']} in {place}" if place else text
    if _THE_PLEDGE.search(text) and (pledge := lookup.best(_TIME_WORDS.sub(" ", text), ("pledge",))) is not None:
        day = pledge.date.first_day()  # "at the time of the pledge": the day it was agreed, not a pledge conference
        return day, f"when {pledge.name} was agreed ({day.day} {day:%B %Y})"
    event = event_named(lookup, text, today) or event_named(lookup, _ORDINAL.sub(" ", text), today)  # "when berlin hosted the first one"
    if event is None and (named := lookup.best(_RAN.sub(" ", _ORDINAL.sub(" ", _TIME_WORDS.sub(" ", text))), ("event",), min_coverage=_NAMED)) is not None:
        event = named  # "when cyber coalition was first held": an exercise, named outright
    if event is None and _AGREED.search(text) and (pledge := lookup.best(_AGREED.sub(" ", text), ("pledge",))) is not None:
        day = pledge.date.first_day()  # "who was head of nato when the pledge was agreed"
        return day, f"when {pledge.name} was agreed ({day.day} {day:%B %Y})"
    if event is None or (where := locations_in(normalize(text))) and not any(at_place(event, place) for place in where):
        return None  # "was stoltenberg sg at the madrid summit": not the Wales summit's day
    day = event.when.start.first_day()
    return day, f"at {event.name} ({day.day} {day:%B %Y})"


def _post_then(lookup: Lookup, rest: str, today: dt.date) -> Reply | None:
    time = _FROM_TIME.search(rest)
    if time and _NO_MOMENT.fullmatch(time[0].strip()):  # "baerbock title at the time": no time named, the role as recorded
        rest, time = rest[:time.start()].strip(), None
    moment = (_moment(lookup, time[0], today) if time else None) or ((today, "now") if not _ASKS_A_TIME.search(rest) else None)
    if (then := _person_then(lookup, rest, moment)) is None:
        return None
    own = _own_edition(lookup, then[0], time[0], today) if time else None
    if own is not None:
        then = _person_then(lookup, rest, own[:2]) or then  # "parly's role at the pledge conference": the one she was at
    person, day, when, held = then
    if when == "now" and held and all(r.start is None and r.end is None for r in held):  # no dates: not "now", just the title
        undated = quote_messages.unknown_now if _NOW_ASKED.search(rest) else quote_messages.undated_roles
        title = undated(person.name, [r.title for r in held])  # "what position does tuckute hold now": not known
    else:
        title = f"{person.name} {when}: " + ("; ".join(r.title for r in held) if held else "no role the knowledge records")
    reply = _with_note(person_reply(lookup, person), title, _roles_note(person, held))
    return replace(reply, items=(*reply.items[:1], *item_refs([own[2]]), *reply.items[1:])) if own and not any(i.id == own[2].id for i in reply.items) else reply


def _own_edition(lookup: Lookup, person: Person, time: str, today: dt.date) -> tuple[dt.date, str, Event] | None:
    """Where ``time`` names a series' gathering by its kind alone ("at the pledge conference") and ``person`` was at
    one edition of that series only, not the one the words name: that edition's first day, how to say it, and it; else None."""
    event = event_named(lookup, time, today) or lookup.best(_RAN.sub(" ", _ORDINAL.sub(" ", _TIME_WORDS.sub(" ", time))), ("event",), min_coverage=_NAMED)
    if event is None or not event.series or person.id in (*event.speakers, *event.participants) or parse_year(time) or locations_in(normalize(time)):
        return None
    own = [e for e in lookup.events_attended(person) if e.series == event.series]
    if len(own) != 1:
        return None
    day = own[0].when.start.first_day()
    return day, f"at {own[0].name} ({day.day} {day:%B %Y})", own[0]


def _was_role_then(lookup: Lookup, who: str, role: str, time: str, today: dt.date) -> Reply | None:
    if (then := _person_then(lookup, who, _moment(lookup, time, today))) is None:
        return None
    person, day, when, held = then
    if " or " in who and (holder := lookup.role_holder(role, day)) is not None:  # "was stoltenberg or rutte sg at berlin": which
        title = next((r.title for r in _held(holder, day) if r.title), role)
        options = lookup.named(who, on=day).people
        lead = holder.name if holder in options else "Neither"
        return _with_note(person_reply(lookup, holder), f"{lead}: {when}, {title} was {holder.name}", "")
    asked = _countries(tokens(normalize(role))) - {"nato"} - _FILLER - set(tokens(normalize(" ".join((person.name, *person.aliases)))))  # "was kalle laanet minister": not "laanet minister"
    matching = [r for r in held if asked <= _role_words(r) and ("deputy" in asked or "deputy" not in _role_words(r))]  # the deputy is not the post
    seen = [e for e in lookup.events_with(person) if e.when.start.year <= day.year <= (e.when.end or e.when.start).year]
    if matching and matching[0].start is None and matching[0].end is None and not seen and lookup.events_with(person):
        known = lookup.events_with(person)  # an undated role is known only at the time of the events it is recorded at
        title = (f"The knowledge does not say whether {person.name} was {matching[0].title} {when}: it has no dates for the role, "
                 f"and records it only at " + "; ".join(f"{e.name} ({e.when})" for e in known[:3]))
        return replace(_with_note(person_reply(lookup, person), title, _roles_note(person, held)), kind="not_found")
    if matching:
        title = f"Yes: {person.name} was {matching[0].title} {when}"
    else:
        title = f"No: {when}, {person.name} was " + (" and ".join(r.title for r in held) if held else "not in any role the knowledge records")
        if (holder := lookup.role_holder(role, day)) is not None and holder is not person:
            title += f"; {next((r.title for r in _held(holder, day) if asked <= _role_words(r)), role)} was {holder.name}"
    return _with_note(person_reply(lookup, person), title, _roles_note(person, held))


_FILLER = frozenset("back then still already even really actually ever".split())


def _person_then(lookup: Lookup, who: str, moment: tuple[dt.date, str] | None) -> tuple[Person, dt.date, str, list[Role]] | None:
    """The person ``who`` names, the day and how to say it, and the roles held that day; None without a day or a person."""
    if moment is None or (person := _person(lookup, who, moment[0])) is None:
        return None
    return person, moment[0], moment[1], _held(person, moment[0])


def _person(lookup: Lookup, text: str, day: dt.date) -> Person | None:
    """The person named; a name beats a role ("geoana, the 'secretary general'": Geoana)."""
    named = lookup.named(_TIME_WORDS.sub(" ", text), on=day)
    return (named.people[-1] if named.role else named.people[0]) if named.people else None


def _held(person: Person, day: dt.date) -> list[Role]:
    """The roles held on ``day``; one that ended in a year or month known only as such counts until its last day
    ("Prime Minister of the Netherlands, 2010 – 2024" was held in May 2024)."""
    return [r for r in person.roles if r.held_on(day) or (r.end is not None and r.end.day is None and r.end.first_day() <= day <= r.end.last_day()
                                                           and (r.start is None or r.start.first_day() <= day))]


def _role_words(role: Role) -> set[str]:
    return _countries(w for text in (role.title, *role.aliases) for w in tokens(normalize(text)))


def _countries(words) -> set[str]:
    """Words with every country name or demonym as its country: "germany" and "german" are one."""
    return {PLACES[w].country.lower() if w in PLACES and not PLACES[w].is_city else w for w in words}


def _roles_note(person: Person, held: list[Role]) -> str:
    return f"{person.name}'s roles in the knowledge: " + "; ".join(role_text(r) for r in person.roles) + "." if person.roles else ""


def _with_note(reply: Reply, title: str, note: str) -> Reply:
    return replace(reply, title=title, blocks=(Block(note), *reply.blocks) if note else reply.blocks)


def _dated(reply: Reply, when: str) -> Reply:
    """``answer_who`` says "on 16 May 2024"; the question named the event, so the title says it too."""
    return reply if reply.kind != "answer" else replace(reply, title=f"{reply.title} ({when})")
