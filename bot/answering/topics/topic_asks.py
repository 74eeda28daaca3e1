"""Questions about initiatives, the pledge, and what an event or person did, in the ways chat users ask them.

    "where is the NICC actually based? need the town"     -> the centre (not the decision to set it up), where it sits
    "bestie is cyber coalition a video game or smth"       -> what Cyber Coalition is
    "Stoltenberg calls Cyber Coalition 'annual'. When was the first one held?" -> its first edition (2008)
    "cyber coalition 2025 - where did it run?"             -> honest miss: no 2025 edition is recorded
    "what's the cyber defence pledge and when was it issued?" -> the pledge (pledge_asks.py)
    "which US secretary of state went to the rome conference" -> honest miss: nobody recorded there holds that role
    "the hague pledge conference was how long ago now?"    -> how long ago
    "what precise budget figure did the allies commit to under the 2016 pledge?" -> honest miss: no figures recorded
    "wait so rutte wasnt even in tirana??"                 -> where and how he spoke (by video)

Each ask is tried only when the question holds one of its cue words (``_ASKS``),
so most questions pay a few set tests here. Each returns None when it does not apply.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...knowledge.model import Pledge
from ...reply import Reply
from .. import event_messages, messages, topic_messages as say
from ..constraints import at_place, missed
from ..event_index import with_words_of
from ..lookup import Lookup
from ..per_load import PerLoad, per_load
from ..phrasing import shorten, sentences
from ..places import PLACES, places_in
from ..search import normalize, tokens
from .checks import answer_how_long
from .general import not_found
from .attribution import answer_attribution
from .events import answer_events_list, answer_where_spoke, event_reply, find_event
from .initiatives import initiative_reply
from .pledge_asks import DECIDED, agreed_asks, named_initiative, pledge_asks
from .quotes import answer_what_said
from .roles_then import answer_role_then
from ...patterns import lazy_pattern

_SPENDING = lazy_pattern(r"^how much (?:money )?(?:did|does|do|have|has|will|are|is) (?:nato |the )?(?:allies|nato|members|member states|countries|alliance)"
                       r"(?: allies| members| countries)? (?:\S+ ){0,2}?(?:spend|spent|spending|invest|invested|investing|pay|paid|put|commit|committed|pledge|pledged|allocate|allocated)\b"
                       # "what precise budget figure did the allies commit to under the pledge", "the exact sum pledged"
                       r"|\b(?:what|which|the|any) (?:precise |exact |specific |actual |agreed )?(?:budget|spending|funding|money|monetary|financial|cash)"
                       r" (?:figure|figures|amount|amounts|sum|sums|target|targets|number|numbers|commitment|commitments)\b"
                       r"|\b(?:what|which|the) (?:precise |exact |specific |actual )?(?:sum|amount) (?:of money )?(?:did|was|were|have|has|had) (?:\S+ ){0,3}?(?:commit|committed|pledge|pledged|allocate|allocated|agree|agreed|spend|spent)\b"
                       r"|\b(?:budget|budgets|funding) (?:of|for|under|in) (?:the )?(?:\S+ ){0,3}?pledge\b"  # "what is the budget of the pledge"
                       r"|\b(?:percentage|percent|per cent|share|proportion|how much) (?:of )?(?:their |its |the |national )?(?:gdp|defence budgets?|budgets?|spending)\b"  # "what percentage of gdp for cyber"
                       r"|\b(?:of|percent of|per cent of) gdp (?:target|goal|figure|for|on)\b|\b(?:spending|investment|budget|funding|gdp) (?:target|targets|goal|goals)\b"  # "a % of gdp target for cyber"
                       # "total allied cyber defence spending in 2024 (eur)", "nato s combined cyber expenditure"
                       r"|\b(?:total|overall|combined|aggregate|collective|annual|yearly|allied|allies|nato s|nato)(?: allied| nato)?(?: cyber(?: defen[cs]e| security)?)? (?:spending|expenditure|expenditures)\b")
#: "what did rutte say about allied spending", "did rutte say anything in his tirana address about spending": words asked for.
_SAID_ABOUT = lazy_pattern(r"\b(?:say|said|says|quote|quotes|mention|mentioned|talk|talked|speak|spoke)\b(?: \S+){0,5}? (?:about|on|of)\b")
_MONEY = lazy_pattern(r"\d[\d.,]*\s*(?:million|billion|bn|m\b|per ?cent|%)|[€$£]\s*\d", re.IGNORECASE)
_ROLE_AT = lazy_pattern(r"^(?:which|what) (?P<role>(?:\S+ ){1,5}?)(?:went to|go to|attended|attend|was at|were at|came to|showed up at|spoke at|"
                      r"was present at|took part in|joined|flew to|travelled to|traveled to)\b (?P<rest>.+)")
_ROLE_NOUNS = frozenset("secretary minister president chancellor ambassador director commander general chief saceur king queen".split())
_THING_SAID = lazy_pattern(r"^what (?:is|was|s) (?:the|that|this) (?P<topic>.+?) (?:thing|stuff|bit|part|point|remark|comment|line|idea|business) "
                         r"(?:that )?(?P<who>\S+(?: \S+)?) (?:mentioned|said|talked about|brought up|spoke about|was on about|referred to|meant)\b(?P<rest>.*)")
_THAT_THING = lazy_pattern(r"^(?:when|where) (?:was|is|were|did) (?:that|the|this) (?P<what>(?:\S+ ){1,3}?)(?:one|thing|event|do|gathering)\b")
_GATHERINGS = frozenset({"conference", "summit", "exercise"})
_BASED = lazy_pattern(r"\b(?:based|located|situated|headquartered|housed|sit|sits|seated|hq|home|going to be|will be|be)\b")
_FIRST = lazy_pattern(r"\b(?:first|1st|inaugural|start|started|begin|began|begun)\b")  # "cyber coalition 1st edition?"
_THE_FIRST = lazy_pattern(r"\b(?:(?:the|its) (?:very )?(?:first|1st|inaugural)(?! time)|(?:first|1st) edition)\b")  # an edition, not "when was it first run"
_WHAT_IS_SLANG = lazy_pattern(r"\b(?:is|are) (?P<what>.{1,60}?) (?:a|an|some|like a|like an) (?:\S+ ){0,3}?or (?:something|what|not|smth|sth|sum)\b")
_WHAT_ABOUT = lazy_pattern(r"what(?:'|’)?s? (?:is )?(?:that|this|it|they|those) (?:all )?(?:about|for)\b|what(?:'|’)?s? (?:is )?the deal with\b")
_LONG_AGO_AFTER = lazy_pattern(r"^(?P<rest>.+?) (?:was|is|were|happened) how (?:long|many years) ago\b")
_WAS_THERE = lazy_pattern(r"^(?:\S+ ){0,2}?(?:(?:was|is|were) (?P<who>\S+(?: \S+)?)|(?P<subject>\S+(?: \S+)?) (?:was|is|were)) "
                        r"(?:not |even |really |actually |physically |ever |there |present |in person )*(?:in|at) (?!the time\b|that time\b)(?P<rest>.+)")


def answer_topic_asks(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """The reply to one of this module's asks, or None. ``question`` is the understood Question.

    Each ask runs only when the question holds one of its cue words; those that need an initiative named
    also need one of the words that set initiatives apart, so most questions run no ask and no search here.
    """
    words = frozenset(question.text.split())
    names_initiative = None  # worked out when an ask first needs it
    for cues, needs_initiative, ask in _ASKS:
        if words.isdisjoint(cues) and (ask is not _spending or cues.isdisjoint(normalize(typed).split())):
            continue  # a figure asked after its claim reads the whole message: "rutte set a % of gdp target, right? what was the number"
        if needs_initiative and names_initiative is None:  # in the question or the message around it ("X is annual. when was the first?")
            known = initiative_words(lookup)
            names_initiative = not words.isdisjoint(known) or not known.isdisjoint(normalize(typed).split())
        if (names_initiative or not needs_initiative) and (reply := ask(lookup, typed, question, today)) is not None:
            return reply
    return None


#: Words of initiatives' names shared with everything else: they set no initiative apart.
_COMMON = frozenset("nato cyber defence defense the of and a an for centre center conference conferences programme team teams".split())
_INITIATIVE_WORDS = PerLoad("topics.topic_asks.initiative_words")


def initiative_words(lookup: Lookup) -> frozenset[str]:
    """The words of every initiative's name and aliases but the common ones, built once per knowledge load."""
    return per_load(_INITIATIVE_WORDS, lookup, lambda lookup: frozenset(
        {w for i in lookup.knowledge.initiatives.values() for name in (i.name, *i.aliases) for w in normalize(name).split()} - _COMMON))


def _how_long_after(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"the hague pledge conference was how long ago now?": the asking words after what they ask about."""
    if "how" in question.text.split() and (match := _LONG_AGO_AFTER.match(question.text)):
        return answer_how_long(lookup, match["rest"], today)
    return None


def _was_there(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"wait so rutte wasnt even in tirana??", "was stoltenberg really at the hague": where and how the person took part."""
    mentions = question.mentions  # a place, or an edition named by its year and series ("at the 2021 pledge conference")
    if not (mentions.places or mentions.year and (mentions.series or mentions.kind)) or not (match := _WAS_THERE.match(question.text)):
        return None
    named = lookup.named(match["who"] or match["subject"], on=today)
    if not named.people:
        return None
    if named.role and question.text.startswith("who "):  # "who was secretary general at the berlin conference": the holder then
        return answer_role_then(lookup, f"who was {match['who'] or match['subject']} at the time of {match['rest']}", today)
    who = match["who"] or match["subject"] if named.role else named.people[0].name  # "was the sg at rome": the sg then, not today's
    return answer_where_spoke(lookup, who, match["rest"], "where", today, speaking=False)


def _spending(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"how much did NATO allies spend on cyber defence in 2025?": no entry records spending figures, so none is named as if it did."""
    asked = next((t for t in (question.text, normalize(typed.replace("%", " percent "))) if _SPENDING.search(t)), None)  # "rutte set a % of gdp target, right? what was the number"
    if asked is None or _SAID_ABOUT.search(asked):  # "what did rutte say about allied spending": his words
        return None
    hits = [lookup.item(h.ref) for h in lookup.hits(asked, ("pledge", "initiative", "event"), limit=5, min_coverage=0.1)]
    if any(_MONEY.search(item.summary or "") for item in hits):
        return None  # an entry gives figures: the routes that answer from it do
    related = [item for item in hits if isinstance(item, Pledge) and "invest" in normalize(item.summary)]
    return not_found(say.NO_SPENDING_FIGURES, messages.ONLY_WHAT_SOURCES_REPORT, tuple(f"pledge {p.name}" for p in related[:2]) + ("pledges",))


def _role_at_event(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"which US secretary of state went to the rome pledge conference": honest miss when nobody recorded there holds
    that role (None when someone does: the speaker routes answer)."""
    if (match := _ROLE_AT.match(question.text)) is None:
        return None
    asked = [w for t in tokens(match["role"]) for w in (normalize(PLACES[t].country).split() if t in PLACES else (t,))]
    if not asked or not _ROLE_NOUNS.intersection(asked) or (event := find_event(lookup, match["rest"])) is None:
        return None
    people = [lookup.knowledge.people[p] for p in (*event.speakers, *event.participants) if p in lookup.knowledge.people]
    for person in people:
        if any(all(w in normalize(" ".join((r.title, *r.aliases))).split() for w in asked) for r in person.roles):
            return None
    recorded = say.recorded_there(event.name, [p.name for p in people])
    return not_found(say.no_role_at(match["role"].strip(), event.name), recorded, (f"event {event.name}",))


def _thing_said(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"What's the SACEUR thing Stoltenberg mentioned in Berlin?": the quote of that person on that topic."""
    if (match := _THING_SAID.match(question.text)) is None or not lookup.named(match["who"], on=today).people:
        return None
    return answer_what_said(lookup, match["who"], f"about {match['topic']} {match['rest']}".strip(), today)


def _that_thing(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"when was that albania thing again", "where was the 2022 one": the one gathering a place or a year names."""
    match = _THAT_THING.match(question.text)
    if match is None or question.focus not in ("when", "where"):
        return None
    what, year = match["what"], question.mentions.year
    places = [place for _, place in places_in(what)]
    if places:
        pool = {e.id: e for place in places for e in with_words_of(lookup.event_index, place.name) if at_place(e, place)}.values()
    elif year is not None and not set(what.split()) - {str(year), "cyber", "nato"}:
        pool = [e for e in lookup.events_in(year) if e.kind in _GATHERINGS]  # "the 2022 one": a gathering, not an announcement
    else:
        return None
    fits = [e for e in pool if year is None or e.when.start.year == year]
    if len(fits) > 1:  # "when was the 2024 one": the gatherings it could be, to pick from
        return answer_events_list(lookup, fits, event_messages.several_fit(len(fits), what.strip()))
    return event_reply(lookup, fits[0], question.focus) if fits else None


def _where_based(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"where is the NICC based?": the initiative itself (where it sits), not the decision that set it up."""
    text = question.text
    if question.focus != "where" or DECIDED.search(text) or not (_BASED.search(text) or text.startswith("where is")):
        return None
    if question.mentions.year or (initiative := named_initiative(lookup, text)) is None or initiative.kind == "programme":
        return None  # "where's the 2026 cyber defence conference going to be": an edition of a series, which the event routes answer
    reply = initiative_reply(lookup, initiative)
    sentence = next((s for s in sentences(initiative.summary) if _WHERE_WORDS.search(s)), None)
    return replace(reply, title=say.name_with(initiative.name, shorten(sentence, 160))) if sentence else reply


_HOW_LONG = lazy_pattern(r"\bhow (?:long|many (?:years|months|weeks|days))\b")
_COUNTED = lazy_pattern(r"\bhow many (?:people|participants|nations|countries|allies|teams|delegates|attendees|took part|attended|participated)\b|\bnumber of (?:people|participants)\b")


def _first_edition(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"when was the first Cyber Coalition held?", "Stoltenberg calls Cyber Coalition 'annual'. When was the first one held?"."""
    text = question.text
    if not _FIRST.search(text) or _HOW_LONG.search(text) or _COUNTED.search(text):
        return None  # "how long ago did cyber coalition start": the years since, the how-long route's
    initiative = named_initiative(lookup, text) or named_initiative(lookup, normalize(typed))
    if initiative is None or initiative.kind == "programme" or not initiative.established:
        return None  # a conference series: the edition check answers its first one
    reply = initiative_reply(lookup, initiative, "when")
    if _THE_FIRST.search(text):  # "when was the very first cyber coalition held": that edition is asked about, the series beside it
        reply = replace(reply, items=tuple(sorted(reply.items, key=lambda item: item.type != "event")))
    return replace(reply, title=say.first_held(initiative.name, str(initiative.established), initiative.kind))


def _year_missing(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"cyber coalition 2025 - where did it run?": an edition of a recurring initiative the knowledge does not record."""
    year = question.mentions.year
    if year is None or question.focus is None:
        return None
    initiative = named_initiative(lookup, question.text) or named_initiative(lookup, normalize(typed))
    if initiative is None or initiative.kind == "programme" or not initiative.events:
        return None
    events = [lookup.knowledge.events[e] for e in initiative.events if e in lookup.knowledge.events]
    if any(e.when.start.year <= year <= (e.when.end or e.when.start).year for e in events):
        return None
    return missed(lookup, initiative.name, [f"in {year}"], events)  # with what its text says of that year ("the ninth edition (2016) ...")


def _what_is_it(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"bestie is cyber coalition a video game or smth", "nato has its own misp?? what's that about": what the thing is."""
    text = question.text
    if "or" in text.split() and (match := _WHAT_IS_SLANG.search(text)):
        if initiative_words(lookup).isdisjoint(match["what"].split()):
            return None
        initiative = named_initiative(lookup, match["what"])
        return initiative_reply(lookup, initiative) if initiative is not None else None
    if _WHAT_ABOUT.search(typed.lower()) and (initiative := named_initiative(lookup, normalize(typed))) is not None:
        return initiative_reply(lookup, initiative)
    return None


def _cues(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: (cue words, whether an initiative must be named, the ask), tried in this order.
_ASKS = (
    (_cues("much budget budgets spending spend expenditure expenditures funding money monetary financial cash sum amount percentage percent share proportion gdp"), False, _spending),
    (_cues("went attended attend joined flew travelled traveled came showed spoke present"), False, _role_at_event),
    (_cues("thing stuff bit part point remark comment line idea business"), False, _thing_said),
    (_cues("one thing event do gathering"), False, _that_thing),
    (_cues("ago"), False, _how_long_after),
    (_cues("in at"), False, _was_there),
    (_cues("based located situated headquartered housed sit sits seated hq home"), True, _where_based),
    (_cues("pledge"), False, pledge_asks),
    (_cues("attribute attributed attributes attribution front gru fsb svr sponsored proxy proxies"), False, answer_attribution),
    (_cues("came outcome outcomes result results agree agreed decide decided under decision decisions deliverables"), False, agreed_asks),
    (_cues("first 1st inaugural start started begin began begun"), True, _first_edition),
    (_cues("when where who hosted host spoke country city"), True, _year_missing),
    (_cues("or about deal"), False, _what_is_it),
)


_WHERE_WORDS = lazy_pattern(r"\b(?:based|located|at|in)\b")


