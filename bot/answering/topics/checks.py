"""Questions that check or measure: is a quote real, how long ago, who was behind, which edition.

    "did Rutte really say no one stands alone?"   -> the quote, its trust label and source
    "is the china quote verified?"                 -> the same, for the quote those words name
    "how many years since the Warsaw summit?"      -> "NATO Warsaw Summit 2016 was 10 years ago (8–9 July 2016)"
    "who was behind the DDoS on NATO websites?"    -> the sentence of the knowledge that says who claimed it
    "when was the second cyber defence conference" -> the second edition of that series, or "I have no ..."
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Initiative, Pledge, Quote
from ...reply import Reply
from .. import check_messages, messages
from ..constraints import of_its_year
from ..fitting import cut_at_sentence
from ..lookup import Lookup, pledge_default
from ..role_words import ROLE_WORDS
from ..phrasing import item_refs, join_words, source_refs, sentences
from ..places import PLACES, city_split, country_alone
from ..quote_pool import quotes_holding_phrase
from ..elapsed import spans, years_between
from ..insider_words import as_insider
from ..search import normalize, tokens
from ..statement_things import thing_of_statement
from ..theme_words import in_theme_words, theme_groups
from .events import event_reply
from .initiatives import initiative_reply
from .general import not_found
from ..common_words import COMMON_WORDS as ENGLISH
from .claimed_held import holding_claimed, is_claim, told_as_close
from .quotes import WORDS_COVERAGE, scored_quotes
from .verdicts import not_theirs, said_elsewhere, verdict
from .claim_subjects import DECISION_VERB
from .timeline import latest_of
from .interval_sides import at_edge, day_counted, edge_of
from .named_phrase import named_as_phrase
from ...patterns import lazy_pattern

_QUOTE_TALK = lazy_pattern(r"\b(?:the|this|that|quote|quotation|statement|words|line|about|on|his|her|real|verified|true)\b")
_HAPPENED = lazy_pattern(r"^(?:did |was |were )?(?:nato allies |the allies |allies |nato )?|\b(?:made|make|agreed|agree|signed|sign|held|hold|"
                       r"adopted|adopt|happened|happen|take place|took place|launched|launch|founded|established|establish|start|started|begin|began|begun)\b")
_CLAIM = lazy_pattern(r"[^.]*\b(?:claimed|claim|attributed|behind|responsible|blamed|carried out|group calling itself)\b[^.]*\.")


def answer_verify(lookup: Lookup, who: str, words: str, today: dt.date) -> Reply:
    """"Did X really say W?", "is the quote W real?": the quote those words name, its trust and source.

    Never attributes the words to the person asked about when someone else said them.
    """
    person, holders = None, {}
    if who.strip():
        named = lookup.named(who, on=today)
        if named.role:  # "did the secretary general really say ...": whoever held the role when it was said
            holders = {p.id: p.roles[n] for p, n in lookup.role_holders(named.role)}
        if not named.people and not holders:
            return not_found(messages.no_quote_by_anyone(who), suggestions=("quote", "search " + words[:40] if words else "quote"))
        person = named.people[0] if named.people else next(iter(lookup.knowledge.people[p] for p in holders))
    if not tokens(normalize(words)):
        if person is None:
            return not_found(messages.WHICH_QUOTE, suggestions=("quote", "how many quotes"))
        quotes = lookup.quotes_of(person)
        return not_found(messages.which_quote_of(person.name, len(quotes)), suggestions=(f"quotes {person.name}",))
    as_typed = normalize(words)
    words, said_in = city_split(" ".join(_QUOTE_TALK.sub(" ", as_typed).split()))  # "the saceur authority line from berlin": its words
    named = lookup.named(words, on=today) if person is None else None
    if named and named.people and not _unheard(named) and (quotes := _quotes_at(lookup, lookup.quotes_of(named.people[0]), named.rest)):
        person = named.people[0]  # "is the ollongren quote verified", "... the ollongren quote from the hague actually real"
        if len(quotes) == 1:
            return verdict(lookup, quotes[0])
        if not [w for w in named.rest if w not in _HEDGES]:
            return not_found(messages.which_quote_of(person.name, len(quotes)), suggestions=(f"quotes {person.name}",))
        words = " ".join(named.rest)  # "stoltenberg saying one for all ...": several hold the words, the closest of his below
    typed = quotes_holding_phrase(lookup, as_typed) if len(as_typed.split()) >= 3 else []
    scored = [(1.0, q) for q in typed] or scored_quotes(lookup, None, words, topics=False, least=WORDS_COVERAGE)
    close = not typed and is_claim(words)  # "did he really say nato is invincible in cyberspace": held as claimed, or not at all
    scored = holding_claimed(lookup, scored, words) if close else scored
    if person is not None:
        theirs = [q for _, q in scored if q.speaker == person.id or _held_then(holders.get(q.speaker), q)]
        if not theirs and (inside := as_insider(words)) != words:  # "did stoltenberg say china is nato's enemy": "our enemy"
            theirs = [q for _, q in scored_quotes(lookup, None, inside, topics=False, least=WORDS_COVERAGE) if q.speaker == person.id]
        if not theirs and not typed and (own := _theirs_in_other_words(lookup, person, words)) is not None:
            return said_elsewhere(lookup, own, words, said_in) or told_as_close(lookup, verdict(lookup, own), own)  # "did rutte say allies spend more on cyber": his line on investment
        if not theirs:
            others = [q for _, q in scored if q.speaker != person.id]
            return not_theirs(lookup, person.name, words, others[:1])
        return said_elsewhere(lookup, theirs[0], words, said_in) or (told_as_close(lookup, verdict(lookup, theirs[0]), theirs[0]) if close else verdict(lookup, theirs[0]))
    if not scored:
        return not_found(messages.no_such_quote(words), suggestions=(f"search {words[:40]}", "quote"))
    return said_elsewhere(lookup, scored[0][1], words, said_in) or (told_as_close(lookup, verdict(lookup, scored[0][1]), scored[0][1]) if close else verdict(lookup, scored[0][1]))


def _theirs_in_other_words(lookup: Lookup, person, words: str) -> Quote | None:
    """The person's own line saying every word asked, some in its own words ("spend more" for its "stepping up their
    investment"), or None: "X said it, not them" only when no line of theirs says it so."""
    groups = [g for g in theme_groups(words) if g[0] not in _BARE]
    return next((q for q in lookup.quotes_of(person) if all(not in_theme_words(q.text).isdisjoint(g) for g in groups)), None) if len(groups) > 1 else None


_BARE = frozenset("more increase increasing increased also exact exactly words wording really actually ever".split())  # "did he say allies spend more? exact words"


_HEDGES = frozenset("actually really exactly ever truly genuinely article piece story report line".split())


def _unheard(named) -> bool:
    """Whether the words beside the name hold one the knowledge never saw ("stoltenberg saying no country is
    invulnerable"): words no quote holds, so the other words cannot pick one of the speaker's quotes."""
    return any(w not in _HEDGES and w not in ENGLISH for w in named.unknown)  # "kinetic ones": an ordinary word


def _quotes_at(lookup: Lookup, quotes: list[Quote], rest: tuple[str, ...]) -> list[Quote]:
    """A person's quotes said where (or on what) the other words name ("from the hague", "investment"); all when they name nothing."""
    where = [w for w in rest if w not in _HEDGES]
    if not where:
        return quotes
    events = lookup.knowledge.events
    return [q for q in quotes if all(w in normalize(f"{q.text} {events[q.event].name} {events[q.event].city or ''}" if q.event in events else q.text)
                                     for w in where)]


def _held_then(role, quote: Quote) -> bool:
    return role is not None and quote.said is not None and role.held_on(quote.said.first_day())


_YEAR_ONLY = lazy_pattern(r"(?:in |the year )?((?:19|20)\d\d)")
_BECAME = lazy_pattern(r"(?:did )?(?P<who>.+?) (?:become|became|take office|took office|start as|started as|take over|took over)\b(?P<rest>.*)")


_DATED = ("event", "pledge", "initiative")
_LATEST = lazy_pattern(r"^(?:the )?(?:last|latest|most recent|newest|previous) (?P<kind>.+)$")


def answer_how_long(lookup: Lookup, text: str, today: dt.date, *, unit: str = "years") -> Reply:
    """"How long ago was X?", "how many years since X?": the years (or the ``unit`` asked) from X's date to ``today``."""
    year_only = _YEAR_ONLY.fullmatch(text.strip())
    if year_only:
        years = today.year - int(year_only[1])
        return Reply("answer", messages.years_since_year(int(year_only[1]), years, today.year))
    side = edge_of(text)  # "day one of the hague conference", "the last day of the washington summit": which of its days
    text = _HAPPENED.sub(" ", thing_of_statement(side.words) or side.words).strip()  # "since the allies gave their pledge": the pledge
    if became := _BECAME.match(text):
        named = lookup.named(became["who"], on=today)
        role = next((r for p in named.people[:1] for r in p.roles if r.start and (not became["rest"].strip() or
                     set(tokens(normalize(became["rest"]))) <= set(normalize(r.title).split()) | ROLE_WORDS)), None)
        if role is not None:
            day, name = role.start.first_day(), f"{named.people[0].name} became {role.title}"
            title = messages.years_ago(name, years_between(day, today), str(role.start), False, spans(day, today)["months"]) if unit == "years" else \
                check_messages.time_ago(name, spans(day, today)[unit], unit, str(role.start))
            return answer_how_long_reply(lookup, named.people[0], title.replace(f"{name} was ", f"{name} ", 1))  # "X became Y 2 years ago"
    if latest := _LATEST.match(text):  # "the last nato summit": the newest of that kind up to today, not any summit
        item, noun = latest_of(lookup, latest["kind"], today)
        if item is None:
            return not_found(f"The knowledge records no {noun} before {today.day} {today:%B %Y}", suggestions=("events",))
    else:  # "cyberspace became a domain": the entry, however the decision is worded
        item = named_as_phrase(lookup, text, "pledge", not_a_gathering=True) or lookup.best(text, _DATED) or lookup.best(DECISION_VERB.sub(" ", text), _DATED)
    if item is None:
        return not_found(messages.nothing_matches(text), messages.NOTHING_MATCHES_MORE, ("events", "pledges"))
    date = (at_edge((item, item.when.start), side.edge)[1] if isinstance(item, Event) else item.date if isinstance(item, Pledge)
            else getattr(item, "established", None))
    if date is None:  # an initiative dates from when it was established ("how many years since the nicc was set up")
        return not_found(messages.no_date_for(item.name))
    day = date.first_day()
    when = day_counted(item, date, str(item.when)) if isinstance(item, Event) else str(date)
    title = messages.years_ago(item.name, years_between(day, today), when, (day.month, day.day) == (today.month, today.day), spans(day, today)["months"])
    if unit != "years":  # "how many days ago was the tirana conference"
        title = check_messages.time_ago(item.name, spans(day, today)[unit], unit, when)
    reply = event_reply(lookup, item, "when") if isinstance(item, Event) else None
    if reply is not None:
        return replace(reply, title=title)
    return Reply("answer", title, items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))


def answer_how_long_reply(lookup: Lookup, person, title: str) -> Reply:
    return Reply("answer", title, items=item_refs([person]), sources=source_refs(lookup.knowledge, [person]), suggestions=(f"who {person.name}",))


def answer_behind(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """"Who was behind the attack on NATO's websites?": the knowledge's own sentence naming a claimant."""
    item = lookup.best(text, ("event", "pledge", "initiative"))
    if item is None:
        return not_found(messages.nothing_matches(text), messages.NOTHING_MATCHES_MORE, ("events",))
    if isinstance(item, Pledge):
        return Reply("answer", messages.pledge_by(item.name, item.by), items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))
    found = [m[0].strip() for part in (getattr(item, "summary", ""), getattr(item, "notes", "")) if part for m in _CLAIM.finditer(part)]
    if not found:
        hosts = getattr(item, "hosts", ())
        if hosts:
            return replace(event_reply(lookup, item, "hosts"), title=messages.organised_by(item.name, join_words(hosts)))
        return Reply("not_found", messages.not_said_who_behind(item.name), suggestions=(f"event {item.name}",))
    reply = event_reply(lookup, item, "when") if isinstance(item, Event) else Reply("answer", item.name)
    return replace(reply, title=messages.behind(item.name, found[0]), items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))


#: A person's private life, which the knowledge never records ("his favourite cyber movie", "is rutte married").
PRIVATE_LIFE_WORDS = ("favourite favorite favourites favorites hobby hobbies married wife husband spouse children kids salary worth pet pets religion password passwords phone email"
                      " address live car tall height dog dogs cat cats girlfriend boyfriend")
PRIVATE_LIFE = lazy_pattern(r"\b(?:favou?rites?|hobby|hobbies|married|wife|husband|spouse|girlfriend|boyfriend|children|kids|salary|net worth|pets?|(?:have|has|got) (?:a |any )?(?:dogs?|cats?)|religion|passwords?"
                            r"|phone number|email address|home address|where does (?:\S+ ){1,3}?live|what car|how tall|height)\b")
#: Facts people ask about that the knowledge records only where an entry's own text says them:
#: (what is asked, how the reply names it, words an entry's text answers it with, the kinds of entry it is asked of)
_THINGS = ("event", "initiative", "pledge")
_ATTRIBUTES = (
    (lazy_pattern(r"\b(?:budget|budgets|how much (?:money|funding|does it cost|did it cost|(?:\S+ ){0,3}?(?:spend|spent|spends|spending|invest|invested|pay|paid|commit|committed|pledge|pledged|contribute|contributed|allocate|allocated|give|gave))|cost|costs|funding"
                  r"|how many (?:euros?|dollars?|pounds?|eur|usd|gbp|millions?|billions?|bn|m)\b(?: of (?:euros?|dollars?|pounds?))?)\b"), "the budget or money figures of",  # "how many euros did italy commit"
     ("budget", "funding", "million", "billion", "euro"), _THINGS),
    (lazy_pattern(r"\b(?:attendance|attendees|how many (?:people|participants|delegates|attendees|visitors|guests)|how many (?:took part|attended|participated|turned up|showed up)"
                r"|how many (?:countries|nations|allies|states|member states|delegations) (?:took part|attended|participated|joined|came|were (?:there|at|represented)))\b"),
     "the attendance at", ("delegates", "participants", "attendees", "people attended"), _THINGS),
    (lazy_pattern(r"\b(?:themes?|motto|slogan|agenda|(?:main|key|central|core|primary) (?:topics?|issues?)|topics (?:discussed|covered)|(?:the|main|key) focus|focus of|on the table)\b"), "the theme of", ("theme", "motto", "slogan", "focus", "topics were"), _THINGS),
    (lazy_pattern(r"\b(?:fully operational|full operational|operational capability|up and running)\b"), "when it is fully operational:",
     ("fully operational", "full operational capability"), _THINGS),
    (lazy_pattern(r"\b(?:how many (?:staff|employees|people work|experts|specialists|personnel)|staff size|headcount|personnel|how (?:large|big) is (?:a|an|each|such a|the) (?:\S+ )?(?:team|unit|cell))\b"),
     "the staff of", ("staff", "personnel", "employees", "person team", "person civilian", "strong team"), _THINGS),  # "a six-person civilian team"
    (lazy_pattern(r"\b(?:how many|which) (?:nato )?(?:allies|countries|nations|members|member states) (?:have |has |had )?(?:already |actually |really |so far |now |yet |fully )?(?:fulfilled|met|implemented|achieved"
                r"|reached|completed|kept|delivered|honoured|honored|broke|broken|breached|failed to \w+|missed|complied with)\b"
                r"|\b(?:which|what|how many) (?:nato )?(?:allies|countries|nations|members|member states) (?:are|were|is|have been) (?:still |already |now |currently )?(?:behind|lagging|late|falling short"
                r"|ahead|on track|off track|not on track|in arrears|slow|compliant|non compliant)\b"), "which or how many Allies have met the commitments of", ("fulfilled", "implemented by"), ("pledge",)),  # "which allies are behind on the pledge"
    (lazy_pattern(r"\b(?:how old|age of|born|birthday|date of birth)\b"), "the age or birth date of", ("born", "aged"), ("person",)),
    (PRIVATE_LIFE, "the private life of", ("married", "hobby", "favourite", "favorite"), ("person",)),  # "stoltenberg's favourite movie?": not his op-ed
)
_ATTRIBUTE_TALK = lazy_pattern(r"\b(?:what|when|how|many|much|is|was|will|be|the|of|at|for|did|does|annual|official|its|it|there|people|"
                             r"attended|attend|came|come|took part|were|went|to|in|already|all|every|their|commitments?|btw|main|key|on|during|discussed|covered"
                             r"|topics|issues|subjects|table|agenda|two|both|days)\b")
_ABOUT_WORDS = lazy_pattern(r"\b(?:say|said|says|quote|quotes|words|talk|talked|mention|mentioned)\b")
_ANY_ENTRY = frozenset("nato s cyber defence defense alliance allies allied".split())  # words every entry could be named by
_COVERED = lazy_pattern(r"^(?!.*\b(?:official|motto|slogan)\b).*\b(?:themes|topics|issues|agenda|focus|on the table|(?:main|key|central|core|overall|big|primary|general) (?:theme|topic|issue|message))\b")  # what a gathering covered, not a stated theme
#: A summary's sentence that says what a gathering dealt with.
_CONTENT = lazy_pattern(r"\b(?:spoke about|spoke on|talked about|discussed|focused on|topics|urged|warned|called on|covered|dealt with|spotlighted|spotlights|assessing|reviewed|reviewing)\b")
_NOT_KNOWN = lazy_pattern(r"\b(?:not|no|unknown|unconfirmed|never|unclear)\b")


def answer_unrecorded(lookup: Lookup, text: str) -> Reply | None:
    """"what is the NICC's budget?": the entry named, when its text says nothing of what is asked, is
    not the answer; the reply says the knowledge does not record it. None when the entry does say it."""
    if _ABOUT_WORDS.search(text):  # "what did stoltenberg say about the cost of attacks": a quote question
        return None
    for pattern, what, answering_words, kinds in _ATTRIBUTES:
        if pattern.search(text):
            rest = _ATTRIBUTE_TALK.sub(" ", pattern.sub(" ", text))
            if (country := what.startswith("the budget") and country_alone(text)) or not {t for t in tokens(rest) if not t.isdigit()} - _ANY_ENTRY and kinds == _THINGS:  # "nato's cyber budget": no entry named; "germany's": germany's, not berlin's
                years = [t for t in tokens(rest) if len(t) == 4 and t.isdigit()]  # "nato's cyber budget in 2023": the year asked, named
                return not_found(messages.not_recorded(what, (country or "NATO's cyber defence") + "".join(f" in {year}" for year in years[:1])), messages.ONLY_WHAT_SOURCES_REPORT, ("about", "events"))
            item = lookup.best(rest, kinds) or (pledge_default(lookup) if kinds == ("pledge",) else None)  # "... their pledge commitments": the pledge
            if kinds == ("person",) and "nato" in tokens(rest) and (item is None or not _by_name(item, rest)):  # "nato s favourite colour"
                return not_found(messages.not_recorded(what.replace("private life", "private tastes"), "NATO"), messages.ONLY_WHAT_SOURCES_REPORT)
            if item is None or kinds == ("person",) and not _by_name(item, rest):  # "how old is the pledge": no person named
                return None
            said = sentences(" ".join(filter(None, (getattr(item, "summary", None), getattr(item, "notes", None)))))
            saying = [s for s in said if any(word in normalize(s) for word in answering_words) and of_its_year(item, s, text)]
            if saying and not _NOT_KNOWN.search(normalize(saying[0])):  # the entry says it: that sentence first
                if not isinstance(item, (Event, Initiative)):
                    return None
                reply = event_reply(lookup, item) if isinstance(item, Event) else initiative_reply(lookup, item)  # "a six-person team": its sentence
                return replace(reply, title=f"{item.name}: {cut_at_sentence(saying[0], 200)}")
            if what == "the theme of" and isinstance(item, Event) and item.summary and _COVERED.search(text):  # not "its official theme"
                covered = next((c for c in sentences(item.summary) if _CONTENT.search(c)), None)  # "Stoltenberg spoke about ..."
                said = f": {cut_at_sentence(covered, 240)}" if covered else ""
                return replace(event_reply(lookup, item), title=f"What {item.name} covered (the knowledge records no stated theme){said}")  # "its main themes"
            kind = "who" if kinds == ("person",) else type(item).__name__.lower()
            more = saying[0] if saying else messages.ONLY_WHAT_SOURCES_REPORT  # "A full operational capability date has not been confirmed"
            return not_found(messages.not_recorded(what, item.name), more, (f"{kind} {item.name}",))
    return None


def _by_name(person, text: str) -> bool:
    """Whether ``text`` names ``person`` by a word of their name or an alias, not by words of their description."""
    return not set(tokens(normalize(" ".join((person.name, *person.aliases))))).isdisjoint(tokens(text))


def answer_tenure(lookup: Lookup, text: str, unit: str | None, today: dt.date) -> Reply | None:
    """"how long has rutte been secretary general", "how many days was stoltenberg sg": time in the role, to today or its end."""
    words = text.split()
    for cut in range(1, min(len(words), 3) + 1):  # "<who> <role>": the person's words first; "<who>" alone: in office
        named = lookup.named(" ".join(words[:cut]), on=today)
        typed = set(tokens(" ".join(words[cut:])))
        asked = typed - ROLE_WORDS - PLACES.keys() | {normalize(PLACES[w].country) for w in typed & PLACES.keys()}  # "dutch" -> "netherlands"
        roles = [r for p in named.people[:1] for r in p.roles
                 if r.start and all(a in normalize(" ".join((r.title, *r.aliases))) for a in asked)]
        roles.sort(key=lambda r: -len(typed & set(normalize(r.title).split())))  # "prime minister": the role with those words
        if named.people and not (named.role or named.rest or named.unknown) and roles:
            break
    else:
        return None
    role = roles[0]
    if unit in ("days", "weeks", "months") and (role.start.day is None or role.end is not None and role.end.day is None):
        return Reply("not_found", check_messages.term_not_to_the_day(named.people[0].name, role.title, f"{role.start} – {role.end or 'today'}", unit),
                     items=item_refs(named.people[:1]), sources=source_refs(lookup.knowledge, named.people[:1]))  # "2010 – 2024": no days
    start = role.start.first_day()
    end = min(role.end.first_day(), today) if role.end else today
    counted = spans(start, end)
    unit = unit or next(u for u in ("years", "months", "days") if counted[u] >= 1 or u == "days")
    amount = counted[unit]
    span = f"{amount} {unit[:-1] if amount == 1 else unit}"
    dates = f"since {role.start}" if end == today and not role.end else f"{role.start} – {role.end}"
    title = messages.held_for(named.people[0].name, role.title, span, dates, end == today and not role.end)
    return answer_how_long_reply(lookup, named.people[0], title)
