"""quote, quotes, "what did X say about Y?" and "who said ...?".

A quote by a speaker is only ever that speaker's: when the person named has no quote in the
knowledge, or is not in it at all, the answer says so and never falls back to someone else's words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...errors import UsageError
from ...knowledge.model import Event, Person, Quote
from ...reply import Block, Reply
from .. import check_messages, messages, quote_messages
from ..editions import skipped_edition
from ..lookup import Lookup
from ..mentions import find_series
from ..parse import parse_date, parse_year
from ..places import places_in
from ..phrasing import by_trust, item_refs, join_words, shorten, source_refs
from ..quote_match import COMMON_WORDS, remembered
from ..paraphrased import paraphrased
from ..said_text import asks_wording, called_for, said_title, without_form_words
from ..quote_rank import EVERY_ONE, LINE_FORMS, LINE_LIKES, SETTING_WORDS, held_in, of_the_day, names_a_setting, rank_quotes, scored_quotes, setting_then_topic, with_variants
from ..inflections import base_forms, base_of
from ..search import normalize, tokens
from .edition_quoted import edition_quoted
from .events import find_event
from .beyond_event import on_topic_at_event, quotes_at_event, words_beyond_event
from .general import not_found
from ..listing import split_page
from .quote_replies import EVENT_KINDS, HE, SAID_LIMIT, document_said, event_quotes, no_quote_by, no_quote_there, only_speaker, paged_quotes, quote_reply, quote_with_words, speaker_unknown, written_piece, WRITING_WORDS
from .pledges import pledge_reply
from .unnamed_speaker import words_of_unnamed
from .verdicts import said_by_another
from .written_words import answer_written
from ...patterns import lazy_pattern

LIST_LIMIT = 10
TOPIC_LIMIT = 4  # a speaker's lines shown for "what did <speaker> say about <topic>" when several are wholly on it
WORDS_COVERAGE = 0.6  # "who said <words>": the share of the words a quote must hold
_PLACE = lazy_pattern(r"\b(?:in|at|during)\s+(.+?)(?=\s+(?:about|on|regarding)\s|$)")
_TOPIC = lazy_pattern(r"\b(?:about|on|regarding)\s+(.+?)(?=\s+(?:in|at|during)\s|$)")
_HOW_SAID = frozenset("exactly precisely again then there literally verbatim quote quotes quotation please exact direct word for full in it".split())  # how said, not what about: "... say? quote pls"
_HOW_SAID_TAIL = lazy_pattern(r"(?<=\S)(?: (?:the|a|exact|direct|full|verbatim|literal) )?(?: ?(?:quote|quotes|quotation|please|pls|plz|exactly|verbatim|literally))+$")
_YEAR_THEN_WORDS = lazy_pattern(r"^(\S+ (?:19|20)\d\d) (?!(?:pledge|cyber|nato|annual|conference|summit|edition|event)\b)(\S.*)$")
#: "on 10 november 2022" after a place: a day, not a topic ("on china"); only quotes said that day answer.
_ON_DAY = lazy_pattern(r"(?<=\S) on (?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})\b(?: \d{4}\b)?")
_OF_THE_DAY = lazy_pattern(r"(?:of|for) (?:the day|today)|today|daily|of the day please")


def answer_quote(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``quote [speaker|topic|words]``: one quote, chosen the same way every time for the same day."""
    if not lookup.knowledge.quotes:
        return not_found("The knowledge holds no quotes")
    if not args.strip() or _OF_THE_DAY.fullmatch(normalize(args)):  # "quote of the day", "quote for today"
        return quote_reply(lookup, [lookup.best_attested[today.toordinal() % len(lookup.best_attested)]], "Quote of the day")
    if quote := lookup.by_id("quote", args):
        return quote_reply(lookup, [quote], "Quote")
    named = lookup.named(args := without_form_words(args), on=today)  # "... real wording pls": the quote's reply shows it; "best": none
    if named.role and named.rest and (len(named.people) != 1 or named.people[0].name not in args):  # "sg quote berlin": the holder then
        if not (at := setting_then_topic(named.rest)).startswith("in "):  # "sg china quote berlin": in berlin, about china
            at = f"{'at' if (event := find_event(lookup, at)) is not None and held_in(event, at) else 'about'} {at}"
        return answer_what_said(lookup, named.role, at, today)
    if named.people and (named.rest or named.unknown) and set(named.rest + named.unknown) <= EVERY_ONE:
        return answer_quotes(lookup, named.people[0].name, today)  # "stoltenberg quote list", "rutte quotes all": every one of them
    if named.people or named.role:
        topic = " ".join(w for w in named.rest + named.unknown if w not in LINE_LIKES and w not in LINE_FORMS)  # "her key quote": not about
        return _speaker_quote(lookup, named.people, topic, today, asked=args)  # "rutte oslo": none there
    if not named.unknown and (at := event_quotes(lookup, args)) is not None:
        return at  # "quote from rome", "a quote from the hague conference"
    if named.unknown and (len(named.rest) < 3 or speaker_unknown(args, named.unknown)):  # "quote emmanuel macron on nato cyber defence": not stoltenberg's line
        return no_quote_by(lookup, " ".join(named.unknown))
    return quote_with_words(lookup, args, asked=args)  # as typed: the little words help rank the quotes


def answer_quotes(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``quotes <speaker>``: every quote by one person."""
    if not args.strip():
        raise UsageError(messages.WHOSE_QUOTES, ("quotes stoltenberg", "help quotes"))
    args, page = split_page(args)  # "quotes stoltenberg page 2"
    named = lookup.named(args, on=today)
    if not named.people and normalize(args).split()[:1] != list(named.unknown[:1]) and (at := event_quotes(lookup, args, page)) is not None:
        return at  # "quotes from the hague conference", "any quotes from the london conference": none there
    if not named.people:
        return no_quote_by(lookup, args)
    person = named.people[0]
    quotes = lookup.quotes_of(person)
    if not quotes:
        return no_quote_by(lookup, args, person)
    narrowed = ""
    if set(named.rest + named.unknown) <= EVERY_ONE:
        named = named._replace(rest=(), unknown=())  # "quotes by rutte list", "quotes stoltenberg all": every one of them
    if named.rest and (ranked := rank_quotes(lookup, quotes, " ".join(named.rest))):
        quotes, narrowed = ranked, f" on {shorten(' '.join(named.rest), 40)}"
    elif named.rest and (at := quotes_at_event(lookup, quotes, " ".join((*named.rest, *named.unknown)))):  # not "quantum tirana"
        narrowed, quotes = f" at {at[0].name}", at[1]
    elif tokens(left := " ".join((*named.rest, *named.unknown))):  # "quotes rutte oslo": none of his is from there or about it
        return _no_quote_on(lookup, person, left, quotes)
    title = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} by {person.name}{narrowed}"
    topic = next((t for q in quotes for t in q.topics[:1]), None)  # how to narrow them: "quotes jens stoltenberg contested space"
    return paged_quotes(lookup, quotes, title, f"quotes {normalize(args)}", page, f"quotes {normalize(person.name)} {topic}" if topic and not narrowed else None)


def answer_what_said(lookup: Lookup, who: str, rest: str, today: dt.date, *, every: bool = False) -> Reply:
    """"what did <who> say [about <topic>] [in <place or year>]?" (``rest`` is the normalised tail).

    The place sets the date a role is resolved on ("the secretary general ... in Rome" is Stoltenberg). When
    no quote of the speaker's is from there, the whole tail is tried as words ("about investment in cyber defence").
    """
    day = parse_date(m[0], today=today) if _PLACE.match(rest.strip()) and (m := _ON_DAY.search(rest)) else None
    rest = rest.replace(m[0], "", 1) if day else rest  # "in rome on 10 november 2022 about x": the place and day, then the topic
    place = _HOW_SAID_TAIL.sub("", m[1]) if (m := _PLACE.search(rest)) and names_a_setting(m[1]) else ""  # "doing in cyberspace" names no place; "in the hague quote please": the hague
    topic = m[1] if (m := _TOPIC.search(rest)) else ("" if place else rest)
    if place and not topic and (m := _YEAR_THEN_WORDS.match(place)):  # "in rome 2022 money": a year ends the place
        place, topic = m[1], m[2]
    year = parse_year(place) if place else None
    event = find_event(lookup, place) if place and (year is None or not EVENT_KINDS.isdisjoint(normalize(place).split())) else None
    if event is None and place and year is None and (within := _event_within(lookup, place)) is not None:
        event, topic = within[0], topic or within[1]  # "in english when he welcomed everyone in berlin": the rest is what about
    if event is not None and not held_in(event, place):
        event = None  # "did stoltenberg call critical actors in ukraine": a country where no event asked was held
    on = event.when.start.first_day() if event else (dt.date(year, 7, 1) if year else today)
    named = lookup.named(who, on=on)
    if not named.people and event is not None and who.strip() in HE and (one := only_speaker(lookup, event)):
        return answer_what_said(lookup, one, rest, today)  # "what did he say in berlin about article 5", asked first
    if not named.people:
        at = event_quotes(lookup, who) if not EVENT_KINDS.isdisjoint(normalize(who).split()) else None
        return at or document_said(lookup, who) or (event is None and words_of_unnamed(lookup, who, topic)) or no_quote_by(lookup, who)  # the hague's quotes
    if not rest.strip() and named.rest and not named.role:  # "what did stoltenberg berlin article 5 say": the rest is what about
        return answer_what_said(lookup, named.people[0].name, " ".join(w for w in normalize(who).split() if w not in lookup.name_words), today)
    person = named.people[0]
    everything = [q for q in lookup.quotes_of(person) if not day or (q.said and q.said.first_day() <= day <= q.said.last_day())]
    if day and not everything:
        return no_quote_by(lookup, who, person, f" on {day.day} {day:%B %Y}")
    event = edition_quoted(lookup, event, place, everything, person)  # "at the pledge conference": the one the speaker was quoted at
    if named.role and topic.strip() and not event and not year and not rank_quotes(lookup, everything, topic):  # "the sg on china": the holder then
        held = [q for p, n in lookup.role_holders(named.role) if p is not person for q in lookup.quotes_of(p)
                if q.said and p.roles[n].held_on(q.said.first_day())]
        if ranked := rank_quotes(lookup, held, topic):
            speaker = lookup.knowledge.people[ranked[0].speaker]
            return quote_reply(lookup, ranked[:1], f"{speaker.name}, then {named.role}, on {shorten(topic, 60)}")
    if event:
        quotes = [q for q in everything if q.event == event.id]
    elif year:  # "at the 2025 pledge conference": that year, and of the series named (not the annual conference that year)
        series = normalize(find_series(normalize(place)) or "")
        quotes = [q for q in everything if q.said and q.said.year == year and (not series or _of_series(lookup, q, series))]
    else:
        quotes = everything
    if not quotes and place and event is None and (ranked := rank_quotes(lookup, everything, rest)):  # not another event's words
        return quote_reply(lookup, ranked[:1], f"{person.name} on {shorten(rest, 60)}")
    where = f" at {event.name}" if event else (f" in {place}" if place else "")
    if not quotes:  # "at the 2020 pledge conference": an edition that did not take place says so
        return (year and not event and _not_held(lookup, person, place, year)) or written_piece(lookup, person, event) or no_quote_there(lookup, person, event) or no_quote_by(lookup, who, person, where)
    if topic.strip() and set(topic.split()) - _HOW_SAID:  # "what did she say exactly": no topic, her words
        return _speaker_quote(lookup, [person], topic, today, asked=who, pool=quotes, wording=asks_wording(rest), where=where)
    shown = by_trust(quotes)[:EVERY_LIMIT if every else SAID_LIMIT]  # "every rutte quote from tirana": all of them there
    title = f"What {person.name} said{where}"
    if len(quotes) > len(shown):
        title += f" ({len(shown)} of {len(quotes)}" + (", verified first)" if len({q.trust for q in quotes}) > 1 else ")")
    return quote_reply(lookup, shown, title, more=f"quotes {person.name}" if len(everything) > len(shown) else None)


EVERY_LIMIT = 5  # quotes shown for "every <speaker> quote <place>": all of a speech's few lines, and a chat-sized reply for many

_SAID_WORDS = lazy_pattern(r"\b(?:said|say|says|saying|quote|quotes|quoted|words|line|wrote|called|put it)\b")


def _of_series(lookup: Lookup, quote: Quote, series: str) -> bool:
    event = lookup.knowledge.events.get(quote.event or "")
    return event is not None and normalize(event.series or "") == series


def _not_held(lookup: Lookup, person: Person, place: str, year: int) -> Reply | None:
    """"what did stoltenberg say at the 2020 pledge conference": no quote, since that edition was postponed (or None)."""
    series = find_series(normalize(place))
    held = skipped_edition(lookup, series, [f"in {year}"], []) if series else None
    return replace(held, kind="not_found", title=quote_messages.none_at_skipped(person.name, held.title),
                   items=(*item_refs([person]), *held.items)) if held else None


def not_misattributed(item, people, text: str):
    """``item``, unless it is a quote by someone other than the people ``text`` names and asks nothing of words said:
    then the first of them ("anything today about rutte" is not answered with another speaker's line holding "today";
    "was it rutte who said ..." is, by whoever said it)."""
    if isinstance(item, Quote) and people and item.speaker not in {p.id for p in people} and not _SAID_WORDS.search(text):
        return people[0]
    return item


def _event_within(lookup: Lookup, words: str) -> tuple[Event, str] | None:
    """The event a place inside longer words names, and the words without it:
    "english when he welcomed everyone in berlin" -> (Berlin 2023, "english welcomed everyone")."""
    for name, _ in places_in(normalize(words)):
        if (event := find_event(lookup, name)) is not None:
            return event, " ".join(w for w in tokens(normalize(words)) if w != name and w not in SETTING_WORDS)
    return None


def answer_who_said(lookup: Lookup, words: str) -> Reply:
    """"who said <words>?": the quote holding those words, and its speaker."""
    words = words.strip()
    if not tokens(normalize(words)):
        return not_found("Who said what?", "Give some of the words, e.g. “who said no one stands alone?”.", ("quote",))
    hits = lookup.hits(words, ("quote",), limit=LIST_LIMIT, min_coverage=WORDS_COVERAGE) or lookup.hits(  # "recommitting": its "recommit"
        base_forms(normalize(words), lookup.index.vocabulary), ("quote",), limit=LIST_LIMIT, min_coverage=WORDS_COVERAGE)
    if not hits:
        return _closest(lookup, words)
    # Only words a quote really holds count (not its topics); held as fully by several speakers: name them all.
    scored = scored_quotes(lookup, [lookup.item(h.ref) for h in hits], words, topics=False, least=WORDS_COVERAGE)
    if not scored:
        return _closest(lookup, words)
    # Quotes holding the words as typed outrank those sharing only the words that count ("we are all in this together" is
    phrase = f" {normalize(words)} "  # "all together" to the index, which "we all stand together" holds)
    if verbatim := [(1.0, q) for _, q in scored if phrase in f" {normalize(q.text)} "]:
        scored = verbatim
    elif not _holds_distinctive_words(lookup, scored[0][1], words):  # "cyber is the new oil": only "cyber" is shared
        return _closest(lookup, words)
    quote = scored[0][1]
    alike = [q for held, q in scored if held == scored[0][0]]
    speakers = dict.fromkeys(q.speaker for q in alike)
    names = [lookup.knowledge.people[s].name if s in lookup.knowledge.people else s for s in speakers]
    if len(speakers) > 1:
        shown = by_trust([next(q for q in alike if q.speaker == s) for s in speakers])[:SAID_LIMIT]
        said = "said" if verbatim else "said words close to"
        return quote_reply(lookup, shown, f"More than one person {said} “{shorten(words, 60)}”: {join_words(names)}")
    # Only the words as typed are "said it"; otherwise the title must not put them in the speaker's mouth.
    return quote_reply(lookup, [quote], f"{names[0]} said it" if verbatim else f"The closest words are by {names[0]}")


def _speaker_quote(lookup: Lookup, people, topic: str, today: dt.date, *, asked: str, pool=None, wording: bool = False, where: str = "") -> Reply:
    if not people:
        return not_found(f"Nobody in the knowledge held the role “{asked}” on {today.day} {today:%B %Y}")
    quotes = pool if pool is not None else [q for p in people for q in lookup.quotes_of(p)]
    if not quotes:
        return no_quote_by(lookup, asked, people[0])
    person = people[0]
    if topic.strip() and not set(topic.split()) <= LINE_FORMS | {"in", "the", "its", "his", "her"}:  # "... in the original english": the form asked
        scored = scored_quotes(lookup, quotes, topic, topics=True, least=0.5)
        ranked = [q for _, q in scored]
        if not ranked and (at := quotes_at_event(lookup, quotes, topic, topic=True)):
            return quote_reply(lookup, [of_the_day(at[1], today)], f"Quote by {person.name} at {at[0].name}")
        if not ranked and (at := on_topic_at_event(lookup, quotes, topic)):  # "recommit rome 2022": his line on it said there
            ranked, topic = at[1], f"{' '.join(words_beyond_event(lookup, topic, at[0]))} at {at[0].name}"
        if not ranked or not _names_kind_asked(ranked[0], topic):  # "which chinese company did he name": none of his lines names one
            return _no_quote_on(lookup, person, topic, quotes, where)  # "about russia in rome": none of those there
        if not wording and (call := called_for(lookup, ranked[0], person, topic)) is not None:  # "what did stoltenberg call on allies to do"
            return pledge_reply(lookup, call, headline=f"{said_title(person.name, shorten(topic, 60))}: {call.name}")
        title = said_title(person.name, shorten(topic, 60))
        if len(tied := [q for held, q in scored if held >= 1.0]) > 1:  # "what did stoltenberg say about china": every line on it
            shown = tied[:TOPIC_LIMIT]
            return quote_reply(lookup, shown, f"{title} ({len(shown)} of {len(tied)} lines)" if len(tied) > len(shown) else f"{title} ({len(shown)} lines)")
        return quote_reply(lookup, with_variants(ranked), title)  # a line reported twice: both wordings
    return quote_reply(lookup, [of_the_day(quotes, today)], f"Quote by {person.name}")


#: Words asking which business a line named ("which chinese company"): a line naming one holds one of the stems.
_BUSINESS_WORDS = frozenset("company companies firm firms vendor vendors supplier suppliers manufacturer manufacturers".split())
_BUSINESS_STEMS = ("compan", "firm", "vendor", "supplier", "manufactur")


def _names_kind_asked(quote: Quote, topic: str) -> bool:
    """Whether ``quote`` names the kind of thing ``topic`` asks about, if it asks about one ("chinese company")."""
    return _BUSINESS_WORDS.isdisjoint(topic.split()) or any(stem in quote.text.lower() for stem in _BUSINESS_STEMS)


def _no_quote_on(lookup: Lookup, person: Person, topic: str, quotes: list[Quote], where: str = "") -> Reply:
    if not WRITING_WORDS.isdisjoint(topic.split()) and (piece := written_piece(lookup, person, find_event(lookup, topic))):
        return piece  # "quotes from stoltenberg's oped": a piece of his, written, not said
    if (another := said_by_another(lookup, person, topic, WORDS_COVERAGE)) is not None:
        return another  # "rutte's line about recommitting with more money": Stoltenberg's words, told as his
    title, more = messages.no_quote_on(person.name, topic, len(quotes), others := bool(lookup.hits(topic, ("quote",), limit=1)), where)
    return Reply("not_found", title, blocks=(Block(more),), items=item_refs([person]), sources=source_refs(lookup.knowledge, [person]),
                 suggestions=(f"quotes {person.name}", *((f"quote {shorten(topic, 40)}",) if others else ())))


def _holds_distinctive_words(lookup: Lookup, quote: Quote, words: str) -> bool:
    """Whether ``quote`` holds most of the words of ``words`` that are not the subject's common words (typos corrected)."""
    wanted = [lookup.index.expand(t) or (base_of(t, lookup.index.vocabulary.__contains__) or t,) for t in tokens(normalize(words)) if t not in COMMON_WORDS]
    if not wanted:
        return True
    held = set(normalize(quote.text).split())
    return sum(any(w in held for w in group) for group in wanted) / len(wanted) >= WORDS_COVERAGE


def _closest(lookup: Lookup, words: str) -> Reply:
    """Words half remembered ("something like ..."): the quotes holding most of them in some form, else the plain miss."""
    if not (quotes := paraphrased(lookup, words) or remembered(lookup, words, short_whole=True)):  # in other words, in order, first
        return answer_written(lookup, (words,)) or _no_quote_says(words)  # a line someone wrote is no quote either
    on = quotes[0].said.first_day() if quotes[0].said else dt.date(2000, 1, 1)  # the people the words name, then
    if (named := lookup.named(words, on=on).people) and quotes[0].speaker not in {p.id for p in named}:
        return no_quote_by(lookup, named[0].name, named[0])  # "any direct quotes from baerbock": not someone else's words
    speaker = lookup.knowledge.people.get(quotes[0].speaker)
    return quote_reply(lookup, quotes[:2], check_messages.closest_words(speaker.name if speaker else quotes[0].speaker))


def _no_quote_says(words: str) -> Reply:
    return not_found(f"{messages.NO_QUOTE_SAYS} “{shorten(words, 80)}”", suggestions=(f"search {words}", "quote"))

