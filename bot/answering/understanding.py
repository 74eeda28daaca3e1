"""Understanding a question before answering it: text -> normalised text -> mentions -> intent.

    understand(lookup, "hey, whats the 2nd cyber defence conference? thx", today)
      -> Question(text="what is the 2nd cyber defence conference",
                  mentions=Mentions(ordinal=2, kind="conference", ...), focus=None)

``Question.text`` is what the routes of ``topics/questions.py`` match; ``mentions`` are the constraints every
answer is checked against (``guard``); ``focus`` is what one-event questions ask (when, where, hosts, speakers).
The intents that check or measure (is it real, how long ago, who was behind, which edition, on this date) come first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from ..patterns import lazy_pattern
from ..reply import Block, Reply
from . import day_messages, event_messages, messages, quote_messages
from .constraints import CONFERENCE_SERIES, LOOSE_KINDS, could_meet, either_place, missed, nearest, own_series, quote_unmet, standing_in, unmet
from .edition_said import unmet_unless_said
from .edition_elsewhere import date_elsewhere, edition_elsewhere
from .kind_elsewhere import kind_elsewhere
from .lookup import Lookup
from .mentions import Mentions, find_mentions
from .place_editions import edition_at_place_missed
from .question_text import normalise_question
from .relative_time import with_years, years_of_lead
from .this_day_asks import as_this_day
from .search import normalize
from .topics.checks import PRIVATE_LIFE, PRIVATE_LIFE_WORDS, answer_behind, answer_how_long, answer_tenure, answer_unrecorded
from .topics.series_edition import answer_edition
from .topics.edition_words import answer_said_at_edition
from .topics.entry_exists import real_entry
from .topics.how_long_held import how_long_held
from .topics.events import Focus, event_reply
from .topics.quoted_words import verify_words
from .topics.timeline import answer_on_day
from .trust_filter import TRUST_ASKED, TRUST_WORDS


class Question(NamedTuple):
    text: str  # normalised
    mentions: Mentions
    focus: Focus | None


def understand(lookup: Lookup, text: str, today: dt.date) -> Question:
    normalised = as_this_day(normalise_question(text), normalize(text) if "anniversary" in text.lower() else "")  # "does today's date mark the anniversary of any ...": this day
    if (dated := with_years(normalised, today)) != normalised or (dated := years_of_lead(text, today)):  # "last year's ncdc", "anything this month": the year, the month; "the summit 3 years ago, what ...": the lead's year
        normalised = normalise_question(dated)  # read again: "anything in november 2026" is a period asked
    asked_words = _WORDS_ASKED.match(normalised)  # "who said as we saw in Ukraine ...": the words asked about name no constraint
    constraining = asked_words[0] if asked_words else normalised
    constraining = around[1] if (around := _LIST_AROUND.match(constraining)) else constraining  # "which conferences came after berlin": berlin starts the list, no place asked
    return Question(normalised, find_mentions(lookup, constraining, today), focus_of(normalised))


_LIST_AROUND = lazy_pattern(r"^(?=.*\b(?:before|after|since|prior|earlier|later|preceding|following)\b)((?:which|what|list|show|all)\b.*\b(?:events|conferences|summits|exercises)\b.*?)\b(?:before|after|since|prior to"
                          r"|earlier than|later than|preceding|following)\b")
_REFERS_TO = r"(?:is|was|does|did) (?:\S+ ){1,3}?(?:talking about|talk about|referring to|refer to|mentioning|mention|describing|describe|writing about|write about)\b"
_REFERRED = r"(?=.*\b(?:talking|talk|referring|refer|mentioning|mention|describing|describe|writing|write)\b)"  # cheap test first
_WORDS_ASKED = lazy_pattern(rf"^(?:{_REFERRED}(?:what|which) .+?(?= {_REFERS_TO})|(?:who|whom) (?:said|says|say|wrote)|(?:did|has|had) \S+(?: \S+)? (?:really |actually |ever )?(?:say|said)(?! in | at | during ))\b")


_FOCUS = (
    (lazy_pattern(r"^(?:when|what (?:date|day|year|month)|which (?:date|day|year|month)|what time)\b"), "when"),
    (lazy_pattern(r"^(?:where|(?:in )?(?:which|what) (?:city|place|town|venue|location)|(?:in )?(?:which|what) country (?:was|is|were|the|did)\b)"), "where"),
    (lazy_pattern(r"\b(?:host|hosts|hosted|co ?hosted|co ?hosts|organi[sz]ed|organi[sz]er|organi[sz]ers|hosting)\b"), "hosts"),
    (lazy_pattern(r"\b(?:spoke|speak|speakers?|addressed|opened|keynote|talked|gave (?:a |the )?speech)\b"), "speakers"),
)


def focus_of(text: str) -> Focus | None:
    """What a question about one event asks: "when", "where", "hosts", "speakers", or None (all of it)."""
    for pattern, focus in _FOCUS:
        if pattern.search(text):
            return focus
    return None


Check = Callable[[Lookup, Question, re.Match, dt.date], Reply | None]


def answer_check(lookup: Lookup, question: Question, today: dt.date) -> Reply | None:
    """The reply to a question that checks or measures something, or None for the other routes."""
    words = set(question.text.split())
    if not words & _CHECK_WORDS:
        return None
    for gate, pattern, check in _CHECKS:
        if not words.isdisjoint(gate) and (match := pattern.search(question.text)):
            reply = check(lookup, question, match, today)
            if reply is not None:
                return reply
    return None


def guard(lookup: Lookup, reply: Reply, question: Question) -> Reply:
    """``reply`` if it meets every constraint the question names, else the honest miss with suggestions."""
    mentions = question.mentions
    if mentions.date is not None and reply.title == day_messages.nothing_on(mentions.date):
        return reply  # "what happened on 16 may 2023": nothing that day says so itself
    if mentions.other_body:
        return missed(lookup, mentions.other_body, [], [])
    if not reply.items or not (mentions.places or mentions.series or mentions.year or mentions.month):
        return series_caveat(lookup, reply, mentions)
    first = reply.items[0]
    knowledge = lookup.knowledge
    if reply.kind == "list":
        events = [knowledge.events[i.id] for i in reply.items if i.type == "event"]
        if not mentions.places or not events or any(not unmet(e, mentions) for e in events):
            return reply
        failed = unmet(events[0], mentions)
    elif first.type == "event":
        mentions = either_place(mentions, question.text, knowledge.events[first.id])  # "rome or paris - where was the first one"
        failed = unmet_unless_said(knowledge.events[first.id], mentions)  # "cyber coalition 2016": its text says the 2016 edition
        if not failed and (edition := edition_at_place_missed(lookup, knowledge.events[first.id], mentions)) is not None:
            return edition  # "the second berlin conference": Berlin held only the first
    elif first.type == "quote" and mentions.places and not quote_messages.corrects_speaker(reply.title) and not any(f", not in {p.name}" in reply.title for p in mentions.places):  # "did rutte say X in tirana": Stoltenberg, Berlin; "..., not in Rome": corrected
        failed = quote_unmet(lookup, knowledge.quotes[first.id], mentions)
    elif first.type == "pledge" and (mentions.places or mentions.year and mentions.kind in _GATHERING_KINDS):  # "the lisbon article says the pledge was renewed": not at
        pledge = knowledge.pledges[first.id]  # The Hague; "the 2018 summit's cyber decision": not the NICC of 2024
        event = knowledge.events.get(pledge.event or "")
        failed = unmet(event, mentions) if event else [f"in {p.name}" for p in mentions.places] + (
            [f"in {mentions.year}"] if mentions.year and mentions.year != pledge.date.year else [])
    elif first.type == "initiative" and (mentions.places or mentions.year):
        initiative = knowledge.initiatives[first.id]
        events = [knowledge.events[e] for e in initiative.events if e in knowledge.events]
        said_in_year = not mentions.places and not events and standing_in(f"{initiative.summary} {initiative.established or ''}", mentions.year)
        failed = [] if said_in_year or any(not unmet(e, mentions) for e in events) else (
            [f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year else []))
    else:
        return reply
    if not failed or (moved := first.type == "event" and edition_elsewhere(lookup, mentions, failed, question.text, question.focus)
                      or kind_elsewhere(lookup, mentions, question.text, question.focus)) is not None:  # "the summit in tirana": its conference
        return series_caveat(lookup, reply, mentions) if not failed else moved  # "madrid 2019 pledge conf": London's
    own = own_series(knowledge.events[first.id], question.text) if first.type == "event" else knowledge.initiatives[first.id].name if first.type == "initiative" and (knowledge.initiatives[first.id].name not in CONFERENCE_SERIES or set(normalize(knowledge.initiatives[first.id].name).split()) <= set(question.text.split())) else None  # "cyber coalition 2025"; "cyber conferences": no pledge series named
    if (first.type == "event" or first.type in ("quote", "initiative") and mentions.kind in _GATHERING_KINDS and _SAYING.isdisjoint(question.text.split())) and not own and (
            fitting := _the_one_that_fits(lookup, mentions)) is not None:  # "why was the vilnius summit important": not a quote
        # "the 2024 conference in november": the one that is; "the second berlin conference": not the first, Berlin's only
        return edition_at_place_missed(lookup, fitting, mentions) or event_reply(lookup, fitting, question.focus)
    noun = own or mentions.series or mentions.kind or (first.type if first.type in ("quote", "pledge", "initiative") else "event")  # never "no event" of a place that has one
    month = next((f[3:] + " " for f in failed if f[3:] in calendar.month_name[1:]), "")  # "in october 2023": the month that failed
    named = [f"in {p.name}" for p in mentions.places] + ([next((f for f in failed if f.startswith("on ")), f"in {month}{mentions.year}")] if mentions.year else [f"in {month.strip()}"] if month else [])  # "on 14 February 2023"; "in Tirana in September", never "no conference in Tirana"
    if first.type == "quote" and (person := knowledge.people.get(knowledge.quotes[first.id].speaker)):
        if fits := [q for q in lookup.quotes_of(person) if not quote_unmet(lookup, q, mentions)]:  # never "no quote by X in Y" when there is
            from .topics.quote_replies import quote_reply  # here: the topics import this module

            return quote_reply(lookup, fits[:4], f"{person.name} {' '.join(named)}".strip())
        noun = f"quote by {person.name}"
    its = [knowledge.events[e] for e in (knowledge.initiatives[first.id].events if first.type == "initiative" else ()) if e in knowledge.events]  # its editions first
    near = [*its, *(e for e in nearest(lookup, mentions, mentions.kind if mentions.kind != "incident" else None) if e not in its)]
    if first.type == "event" and not any(f.startswith("in ") and f[3:] in {p.name for p in mentions.places} for f in failed):
        rejected = knowledge.events[first.id]  # the entry the words named, where only a year or a kind failed, first among the suggestions
        near = [rejected, *(e for e in near if e is not rejected)]
    skipped = None if question.focus in ("speakers", "hosts") or question.text.startswith("who") else "answer"  # nobody spoke at none
    return date_elsewhere(lookup, mentions, question.text, question.focus, missed(lookup, noun, named or [f for f in failed if not f.startswith("in the ")], near, skipped=skipped))


def series_caveat(lookup: Lookup, reply: Reply, mentions: Mentions) -> Reply:
    """An event of the other series than the one loosely named gets a word that it is the other one."""
    first = reply.items[0] if reply.items else None
    if mentions.series or not mentions.loose_series or first is None or first.type != "event" or reply.kind not in ("answer", "list"):
        return reply
    if reply.kind == "list" and any(i.type != "event" for i in reply.items):
        return reply
    listed = [lookup.knowledge.events[i.id] for i in (reply.items if reply.kind == "list" else reply.items[:1])]
    event = listed[0]  # a list only when every event listed is of another series ("was there a nato cyber defence conference in 2022")
    if any(not e.series or normalize(e.series) == normalize(mentions.loose_series) for e in listed):
        return reply
    note = Block(messages.other_series(mentions.loose_series, event.series))
    named = [f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year else [])
    if not named or reply.title.startswith("I have no "):  # "when was the cyber defence conference": noted; or said once already
        return replace(reply, blocks=(note, *reply.blocks)) if note not in reply.blocks else reply
    title = reply.title if reply.kind == "answer" else f"{len(listed)} {'entries' if len(listed) > 1 else 'entry'}"  # a list's title counts all
    return replace(reply, title=event_messages.of_another_series(mentions.loose_series, named, title), blocks=(note, *reply.blocks))


_GATHERING_KINDS, _SAYING = frozenset({"conference", "summit", "exercise", "meeting"}), frozenset("say said says saying quote quotes quoted words line lines told tell remarks speech".split())


def _the_one_that_fits(lookup: Lookup, mentions: Mentions):
    """The single event of the kind asked that meets every constraint named, if exactly one does."""
    if not (mentions.year or mentions.month or mentions.places):
        return None
    kinds = LOOSE_KINDS.get(mentions.kind or "", {mentions.kind})  # "the rome meeting": the conference there
    fits = [e for e in could_meet(lookup, mentions) if (mentions.kind is None or e.kind in kinds) and not unmet(e, mentions)]
    return fits[0] if len(fits) == 1 else None


def _verify(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    groups = match.groupdict()
    if not groups.get("who") and not _ABOUT_WORDS.search(question.text) and (entry := real_entry(lookup, groups.get("words") or "", today)) is not None:
        return entry  # "is the nicc real": the centre, not a quote holding "nicc"
    return verify_words(lookup, groups.get("who") or "", groups.get("words") or groups.get("of") or "", today)


def _exists(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply | None:
    return real_entry(lookup, match["words"], today)  # "does cyber coalition actually exist"; else the other routes say what there is


def _how_long(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    if not match["ago"] and (tenure := answer_tenure(lookup, match["rest"], None, today)) is not None:
        return tenure  # "rutte sg - how long now": a person in a role, not an event
    return answer_how_long(lookup, match["rest"], today, unit=match["ago"] or "years")


def _tenure(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply | None:
    rest = _SERVED.sub(" ", match["rest"])
    return how_long_held(lookup, rest, match["unit"], today)  # "how long has ollongren been minister", "how long was the rome conference"


def _behind(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    return answer_behind(lookup, match["rest"], today)


def _this_day(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply:
    return answer_on_day(lookup, question.mentions.date or today, today)


def _unrecorded(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply | None:
    return None if (asked := question.mentions).year and (asked.kind or asked.series) and not any(not unmet(e, asked) for e in could_meet(lookup, asked)) else answer_unrecorded(lookup, question.text)  # "attendance at this year's pledge conference": none held, said by the routes


def _edition(lookup: Lookup, question: Question, match: re.Match, today: dt.date) -> Reply | None:
    after = set(question.text[match.end():].split()[:_AFTER_ORDINAL])
    if question.mentions.kind is None and not question.mentions.series and after - _EDITION_WORDS:
        return None  # "nato s first cyber defence policy": the first of something else, not an edition of a series
    edition = answer_edition(lookup, question.mentions, question.focus)
    if question.focus is None and not _SAYING.isdisjoint(question.text.split()):  # "what did stoltenberg say at the first
        return answer_said_at_edition(lookup, question.text, edition, today)  # annual conference": his words there
    return edition


_AFTER_ORDINAL = 4  # words read after "first", "2nd" ...: what it counts
#: Words after an ordinal that keep it an edition of a conference series ("the first one", "the second annual nato cyber defence").
_EDITION_WORDS = frozenset("one ones edition editions event events conference conferences conf meeting gathering annual nato cyber defence "
                           "defense pledge ever of the in at and or was is were held took place when where who hosted".split())

_QUOTE_WORDS = r"(?:quote|quotation|statement|words|line|saying)"
_ORDINAL_WORDS = "first 1st inaugural second 2nd third 3rd fourth 4th fifth 5th sixth 6th seventh 7th eighth 8th ninth 9th tenth 10th"
_ABOUT_WORDS = lazy_pattern(rf"\b(?:{_QUOTE_WORDS}s?|quotes|said|say|says)\b")  # "is the quote about x verified": words, not an entry
#: A question is only tried against the checks when it holds one of these words.
_CHECK_WORDS = frozenset(
    "exist exists existed really actually truly genuinely confirmed fact true official trust believe rely cite quote print reuse translated retranslated reworded real genuine authentic accurate legit legitimate verified "
    "verbatim reliable trustworthy correct made fake invented verify check own original post use share tweet publish long old years ago since behind responsible blame "
    "blamed accused claimed carried launched conducted attacked this today did has had said say anniversary anniversaries "
    "days weeks months budget budgets cost costs funding much attendance born birthday age allies members fulfilled attendees people delegates participants visitors guests part attended participated topic issue "
    "countries nations theme themes agenda topics issues table focus motto slogan operational up staff headcount personnel "
    "onthisday first 1st inaugural second 2nd third 3rd fourth 4th fifth 5th sixth 6th seventh 7th eighth 8th ninth 9th tenth 10th".split()
) | frozenset(PRIVATE_LIFE_WORDS.split())
#: Each check: words one of which any question it matches holds (its pattern compiled for those only), its pattern, what answers.
_CHECKS: tuple[tuple[frozenset[str], re.Pattern, Check], ...] = tuple(
    (frozenset(gate.split()), lazy_pattern(pattern), check)
    for gate, pattern, check in (
        ("exist exists existed", r"^(?:does|do|did) (?P<words>.+?) (?:really |actually |even |truly |still )?(?:exist|exists|existed)\b", _exists),
        ("really actually truly genuinely fact", r"^(?:did|has|had) (?P<who>.+?) (?:really|actually|truly|genuinely|in fact) (?:say|said|write|wrote)\b(?: that)?(?P<words>.*)", _verify),
        ("true", r"^(?:is|was) it true (?:that )?(?P<who>.+?) (?:said|say|wrote)\b(?: that)?(?P<words>.*)", _verify),
        ("did has had", r"^(?:did|has|had) (?P<who>.+?) (?:say|said) (?:that |the words )?(?P<words>(?!anything|something|about|on |regarding)\S.*)", _verify),
        ("trust believe rely quote cite post use share tweet publish print reuse", rf"^(?:can|could|should|may) (?:i|we|you) (?:safely )?(?:trust|believe|rely on|quote|cite|post|use|share|tweet|publish|print|reuse) (?:this |that |the |his |her )?{_QUOTE_WORDS}?\s*(?P<words>.*)", _verify),
        ("own english wording", r"^(?:is|was|are|were) (?P<words>.+?) (?:in )?(?:his|her|their|the speaker s) own (?:english|words|wording)\b"
         r"|^(?:is|was) the (?:english|wording) of (?P<of>.+?)(?: \S+ s)? (?:own|original|real|exact)\b", _verify),
        (TRUST_WORDS, rf"^(?:is|was|are) (?:this|that|the|these|those) {_QUOTE_WORDS}s? (?P<words>.*?)\s*(?:(?:even|really|actually|truly|genuinely) )?(?:{TRUST_ASKED}|official)\b.*", _verify),
        (TRUST_WORDS, rf"^(?:is|was|are) (?:this|that|it|these|those) {TRUST_ASKED}\b\s*(?P<words>.*)", _verify),
        (TRUST_WORDS, rf"^(?:is|was) (?P<words>.+?) (?:a |an )?(?:{TRUST_ASKED}|official) {_QUOTE_WORDS}", _verify),
        (TRUST_WORDS, rf"^(?:is|was) (?P<words>.+?) (?:even |really |actually |truly |genuinely |for )?{TRUST_ASKED}$", _verify),
        (TRUST_WORDS, rf"^(?:is|was) (?P<words>(?:the |this |that )?\S+(?: \S+)?? {_QUOTE_WORDS}(?: (?:about|on|in|from|at) \S+(?: \S+){{0,2}})?) official$", _verify),  # "the ollongren quote, is official?"
        # "is stoltenberg s line on 5g confirmed he actually said that", "was the rutte line on investment really said like that"
        ("confirmed verified really actually truly genuinely", rf"^(?:is|was|has) (?P<words>.+? {_QUOTE_WORDS}s?\b.*?) (?:been )?(?:confirmed|verified|(?:really|actually|truly|genuinely) (?:said|spoken|used|written))\b", _verify),
        ("how verify check", rf"^(?:how (?:reliable|accurate|trustworthy) is|verify|check) (?:the |this |that )?{_QUOTE_WORDS}?\s*(?P<words>.+)", _verify),
        ("budget budgets cost costs funding how attendance attendees theme themes agenda topic topics issue issues table focus motto slogan operational up staff headcount personnel age born birthday birth which", r"\b(?:budgets?|costs?|funding|how much|how many (?:euros?|dollars?|pounds?|millions?|billions?)|attendance|attendees|how many (?:people|participants|delegates|visitors|guests|staff|employees)"
         r"|how many (?:countries|nations) (?:took|attended|participated|joined|came|were)|how many (?:took part|attended|participated|came|turned up|showed up)|themes?|agenda|(?:main|key|central|core|primary) (?:topics?|issues?)|topics (?:discussed|covered)|on the table|focus|motto|slogan|fully operational|full operational|operational capability|up and running|staff size|headcount|personnel"
         r"|how many (?:nato )?(?:allies|countries|nations|members|member states) (?:have |has )?(?:already |actually |really |so far |yet |fully )?(?:fulfilled|met|implemented|achieved|reached|completed|kept|delivered)|which (?:nato )?(?:allies|countries|nations|members) (?:have |has |had )?(?:already |actually |really |so far |yet |fully )?(?:broke|broken|breached|failed|missed|fulfilled|met|kept|implemented|complied)|(?:which|how many) (?:nato )?(?:allies|countries|nations|members) (?:are|were) (?:still |already |now )?(?:behind|lagging|late|falling short|ahead|on track|off track|in arrears)"
         r"|how old is|age of|born|birthday|date of birth)\b", _unrecorded),
        (PRIVATE_LIFE_WORDS, PRIVATE_LIFE.pattern, _unrecorded),  # "stoltenberg's favourite cyber movie?", "is rutte married"
        ("how", r"^(?:exactly |precisely )?how (?:long|many (?P<unit>years|months|weeks|days))(?: exactly| precisely)? (?:has|have|had|was|were|did|(?:is|are)(?=.* (?:already|now)\b)) (?P<rest>(?!it\b).+?)"
         r"(?: (?:now|today|by now|already|so far|to date|as of today|at this point))?$", _tenure),
        ("how", r"^how (?:long ago|many years ago|many (?P<ago>months|weeks|days) (?:ago|since|has it been since)|many years since|long since|many years has it been(?: now)? since|many years have passed since"
         r"|old is|many years is it(?: now)? since|long is it(?: now)? since|long has it been(?: now)? since)\b\s*(?:was |were |did |is |has it been since |since )?(?:the )?(?P<rest>.+?)(?: (?:now|today|by now|already|from today))?$", _how_long),
        ("behind responsible blame blamed accused", r"^(?:who|which group|what group|which country|which hackers|what hackers) (?:was|is|were|are)? ?(?:behind|responsible for"
         r"|to blame for|blamed for|accused of)\b(?P<rest>.*)", _behind),
        ("claimed carried launched conducted did attacker attacked", r"^(?:who|which group|what group) (?:claimed(?: responsibility| credit)?(?: for)?|carried out|launched|conducted|did|was the attacker in|attacked in)\b(?P<rest>.*)", _behind),
        ("this", r"^(?:what happened |what was |anything |what s |what is )?(?:on |in )?this (?:date|day)(?: in history)?\b", _this_day),
        ("this today", r"^(?:what happened |anything happen |what is )?on this day\b|^this day in (?:nato )?history\b|^today in (?:nato )?history\b", _this_day),
        # "anything happen today in past years", "is there a nato cyber anniversary today", "any anniversaries today"
        ("this today onthisday", r"^(?:(?:is|was|are) there |did |does |has )?(?:anything|something|any|an?|what)? ?(?:\S+ ){0,3}?"
         r"(?:happen|happened|happens|anniversary|anniversaries)\b(?: \S+){0,2}? (?:on )?(?:today|this date|this day)\b"
         r"|^(?:\S+ ){0,6}?(?:anything|something|any news|what)\b(?: \S+){0,6}? on this (?:day|date)$"
         r"|^(?:anything|something|any news)\b(?: \S+){0,4}? (?:for |on |from )?today(?: onthisday)?$|\bonthisday\b"
         r"|^today (?:\S+ ){0,4}?(?:anniversary|anniversaries|happened|happen)\b", _this_day),  # "anything today? #OnThisDay", "today's date - any cyber anniversary"
        (_ORDINAL_WORDS, r"\b(?:first|1st|inaugural|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th)\b", _edition),
    )
)


#: Patterns of the functions above, compiled with the others when a bot loads (``bot.patterns``).
_SERVED = lazy_pattern(r"\b(?:been|serve as|served as|serve|be|in office|already|in total|all told|altogether|in all|overall|all in all)\b")
