"""Questions put to the bot about its own knowledge: its sources, how far it runs, whom it knows, a quote at random.

    "what are your sources?", "where does your info come from" -> the sources list (``sources``)
    "how up to date is this?", "what's new?"                   -> how far the knowledge runs, its newest events
    "who are the people you know?"                             -> the people, one line each
    "list all the foreign ministers"                           -> those who held that role (a deputy only if asked)
    "what are the five articles", "which is machine translated" -> the seed articles, a translation marked
    "give me a random quote"                                   -> the quote of the day

Without such a route these were searched as words ("sources", "new", "info") and could bring up any entry.
"""

from __future__ import annotations

import datetime as dt
from heapq import nsmallest
from operator import attrgetter

from ...patterns import lazy_pattern
from ...reply import Block, ItemRef, Reply
from ..listing import PAGE_SIZE
from ..lookup import Lookup
from ..phrasing import item_refs, role_on
from ..search import normalize
from .events import event_line
from .general import answer_about, answer_sources
from .quotes import answer_quote

#: Words without one of which a question is none of these (most questions).
_CUES = frozenset("articles article translated you your yours u ur this cyberbot bot knowledge info information data sources references random new latest newest "
                  "people persons ministers secretaries generals ambassadors presidents chancellors players figures officials "
                  "overview summary rundown intro introduction primer surprise fun fact facts interesting news basics something".split())
_YOUR = r"(?:your|ur|the bot s|cyberbot s|this bot s|the|this|all the|all your)"
_SOURCES = lazy_pattern(
    rf"^(?:(?:what|which) (?:are|is|were) {_YOUR} (?:sources?|references?|articles?)(?: (?:you use|you have|you rely on|behind (?:this|it|you)))?"
    rf"|where (?:does|do|did) {_YOUR} (?:info|information|data|knowledge|facts?|answers?|stuff) come from"
    r"|(?:which|what) (?:articles|sources|references|news articles) (?:do|did) (?:you|u) (?:use|have|rely on|draw on|know|read)"
    rf"|(?:list|show|give)(?: me)? {_YOUR} (?:sources|articles|references)|where do you get (?:your|the|this|all this) (?:info|information|data|facts)(?: from)?)$"
)
_COVERAGE = lazy_pattern(
    rf"^(?:how (?:up to date|current|recent|fresh|old) (?:is|are) {_YOUR}(?: (?:info|information|data|knowledge|bot|answers?|stuff))?"
    r"|(?:what s|what is|whats|anything) new|what s the latest|what is the latest|whats the latest|(?:any |the )?(?:(?:latest|recent|new) )?news(?: (?:on|about|in) (?:nato )?cyber(?: defen[cs]e)?)?|latest"
    r"|(?:up to|until|till) when (?:does|do|is|are) (?:your|the) (?:knowledge|data|info|information)(?: go| run| reach| cover| up to date)?"
    r"|what (?:is|s) the (?:latest|newest|most recent) (?:thing|entry|event|news) (?:you (?:know|have)|in (?:your|the) knowledge))$"
)
_PEOPLE = lazy_pattern(
    r"^(?:who are|which are|which|list|show me|show|give me|name|tell me about) (?:the |all |all the )?(?:(?:most |really )?(?:important|key|main|notable|major|relevant|big|central|leading) )*"
    r"(?:people|persons|speakers|officials|figures|players)(?P<tail>(?: [a-z]+)*)$"
)
#: Words after "the important people" that only say whom to ask about: "here that i should know about", "in nato cyber defence".
_PEOPLE_TAIL = frozenset("here involved to know knowing in your the knowledge you have info on cover that who i we should need must ought about of "
                         "nato cyber defence defense security this area field space world around team for me a newcomer as newbie really worth "
                         "data records are is".split())
#: People asked for by a role in the plural: "which ministers are in the knowledge", "list all the foreign ministers".
_BY_ROLE = lazy_pattern(r"^(?:(?:which|what|who (?:are|were|was|have been|has been)(?: all)?(?: the)?|list(?: all)?(?: the)?|show me(?: all)?(?: the)?|name(?: all)?(?: the)?"
                        r"|all(?: the)?|give me(?: all)?(?: the)?) )?(?:nato s |nato |the alliance s )?"
                        r"(?P<role>(?:(?!how |many |much |host |hosting )[a-z]+ ){0,2}?(?:ministers|secretaries general|secretary generals|secretaries generals|ambassadors|presidents|chancellors))"
                        r"(?: (?:are|do you know|you know|you have|do you have|in the knowledge|in your knowledge|are there|are in the knowledge|of nato|of the alliance"
                        r"|so far|to date|over the years|mentioned|named|in your records|on record|there have been|have there been))*$")
_SINGULAR = {"ministers": "minister", "secretaries general": "secretary general", "secretary generals": "secretary general",
             "secretaries generals": "secretary general",
             "ambassadors": "ambassador", "presidents": "president", "chancellors": "chancellor"}
#: "give me a random quote", "surprise me", "tell me something interesting", "fun fact?": the quote of the day, the one
#: pick the bot makes without being told what about.
_RANDOM_QUOTE = lazy_pattern(r"^(?:(?:give|show|tell|send) me |(?:can|could) (?:i|you) (?:have|get|give me) |got )?(?:a |any |one )?random quote$"
                             r"|^surprise me$|^(?:tell me |give me |share )?(?:something|anything) (?:interesting|cool|fun|surprising|random)$"
                             r"|^(?:a |any |give me a |tell me a )?(?:fun|random|cool|interesting) facts?(?: about (?:nato )?cyber(?: defen[cs]e)?)?$")
#: The seed articles themselves: "what are the five articles", "which article is machine translated".
_ARTICLES = lazy_pattern(r"^(?:what|which|list|show me)(?: are| were)?(?: all)?(?: the)?(?: five| 5| seed| source| news| original)* articles"
                         r"(?: (?:do you (?:have|use)|you (?:have|use)|are there|in the knowledge|behind (?:this|you|the knowledge))"
                         r"|(?: is| are) (?:your |the )?(?:knowledge|bot|info|information|data) (?:based on|built on|from|drawn from))?$")
_TRANSLATED = lazy_pattern(r"^(?:which|what)(?: one)?(?: of the)? (?:articles?|sources?|pieces?) (?:is|are|was|were|got|has been) (?:machine |automatically |badly )?"
                           r"(?:translated|a translation)")
#: "give me a quick overview", "summary please": what the bot knows, as ``about`` says it.
_OVERVIEW = lazy_pattern(r"^(?:(?:give|show|send) me |i need |can i get |can i have )?(?:a |an |the )?(?:quick |short |brief |general |high level )?"
                         r"(?:overview|summary|rundown|intro|introduction|primer|basics)(?: of (?:it|this|everything(?: you know)?|the knowledge|what you know))?(?: please| pls)?$")
#: "list all the quotes", "what quotes do you have": every quote, counted by speaker.
_ALL_QUOTES = lazy_pattern(r"^(?:(?:list|show|show me|give me|what are|which are|get)(?: me)? )?(?:all |every |each )?(?:of )?(?:the |your )?(?:quotes|quotations)"
                           r"(?: (?:you have|in the knowledge|do you have|on record|there are|you know|in your knowledge|please))?$"
                           r"|^(?:what|which) (?:quotes|quotations) do you (?:have|know)(?: of)?$")
_NEWEST = 3  # events shown as the newest
_SPEAKERS_SHOWN = 10  # speakers listed by their quotes, the most quoted first


def answer_about_bot(lookup: Lookup, question: str, typed: str, today: dt.date) -> Reply | None:
    """The reply to a question about the bot's own knowledge, or None for any other. ``question``: as understood
    (chatter dropped); ``typed``: as typed ("how up to date is this?": understanding drops "date")."""
    words = question.split()
    if ("quotes" in words or "quotations" in words) and (_ALL_QUOTES.match(question) or _ALL_QUOTES.match(normalize(typed))):
        return _quotes_by_speaker(lookup)  # "list all the quotes", "what quotes do you have"
    if _CUES.isdisjoint(words) and _CUES.isdisjoint(typed.lower().split()):
        return None  # most questions
    return _answer(lookup, question, today) or _answer(lookup, normalize(typed), today)


def _answer(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    if _SOURCES.match(question):
        return answer_sources(lookup)
    if _COVERAGE.match(question):
        return _coverage(lookup, today)
    if (people := _PEOPLE.match(question)) and set(people["tail"].split()) <= _PEOPLE_TAIL:
        return _people(lookup, today)  # not "which people spoke at rome"
    if by_role := _BY_ROLE.match(question):
        return people_holding(lookup, by_role["role"], today)
    if (every := _ARTICLES.match(question)) or _TRANSLATED.match(question):
        return _articles(lookup, translated_only=not every)
    if _OVERVIEW.match(question):
        return answer_about(lookup, lookup.knowledge.counts())
    if _RANDOM_QUOTE.match(question):
        return answer_quote(lookup, "", today)
    return None


def _quotes_by_speaker(lookup: Lookup) -> Reply:
    """Every quote counted by its speaker, the most quoted first: what ``quotes <speaker>`` lists one by one."""
    speaking = [(-len(quotes), p.name, p) for p in lookup.knowledge.people.values() if (quotes := lookup.quotes_of(p))]
    counted, speakers = nsmallest(_SPEAKERS_SHOWN, speaking), len(speaking)
    blocks = tuple(Block(f"{p.name}: {-n} quote{'s' if n != -1 else ''}", style="item") for n, _, p in counted)
    if speakers > len(counted):
        blocks += (Block(f"+{speakers - len(counted)} more speakers: `quotes <speaker>`"),)
    title = f"{len(lookup.knowledge.quotes)} quotes by {speakers} speaker{'s' if speakers != 1 else ''}"
    return Reply("list", title, blocks=blocks, items=item_refs([p for _, _, p in counted]),
                 suggestions=tuple(f"quotes {p.name}" for _, _, p in counted[:2]) + ("quote",))


def _coverage(lookup: Lookup, today: dt.date) -> Reply:
    """How far the knowledge runs: its first and newest events, the newest listed."""
    events = lookup.events_by_date
    if not events:
        return Reply("not_found", "The knowledge holds no events.", suggestions=("about",))
    past = [e for e in events if e.when.start.first_day() <= today] or events
    newest = past[-_NEWEST:][::-1]
    title = f"The knowledge runs from {events[0].when.start.year} to {newest[0].when}: its newest events"
    return Reply("list", title, blocks=tuple(map(event_line, newest)), items=item_refs(newest), suggestions=("events", "about", "sources"))


def people_holding(lookup: Lookup, plural: str, today: dt.date) -> Reply:
    """The people who held a role the words name ("foreign ministers", "secretary general")."""
    role = next((plural.removesuffix(many) + one for many, one in _SINGULAR.items() if plural.endswith(many)), plural)
    return _people(lookup, today, role=role)


#: A role in the plural, counted: "how many secretaries general are in the knowledge".
ROLES_COUNTED = lazy_pattern(r"^(?P<role>(?:[a-z]+ ){0,2}?(?:ministers?|secretaries general|secretary generals?|ambassadors?|presidents?|chancellors?))"
                             r"(?: (?:are|were|is|there|do you know|you know|you have|in the knowledge|in your knowledge|of nato|have there been|has nato had))*$")


def _people(lookup: Lookup, today: dt.date, role: str = "") -> Reply:
    """The people of the knowledge (who held a ``role`` with these words, if one is asked), each with the role
    held today (or last), the first page of them."""
    people = [p for p in lookup.knowledge.people.values() if not role or _held(p, role)]
    if not people:
        return Reply("not_found", f"The knowledge records no {role}", suggestions=("who",))
    shown = nsmallest(PAGE_SIZE, people, key=attrgetter("name"))  # a page, not all of them sorted
    blocks = [Block("", style="item", heading=f"{p.name}" + (f" — {held}" if (held := role_on(p, today)) else "")) for p in shown]
    if len(people) > len(shown):
        blocks.append(Block(f"+{len(people) - len(shown)} more: `search <name>` or `who <name>`"))
    title = f"{len(people)} people in the knowledge" + (f" who held a {role} role" if role else "")
    return Reply("list", title, blocks=tuple(blocks), items=item_refs(shown),
                 suggestions=tuple(f"who {p.name}" for p in shown[:2]))


def _held(person, role: str) -> bool:
    """Whether a role of ``person`` holds the words of ``role``; a deputy's or vice's only when asked for."""
    words = set(role.split())
    for title in (t for r in person.roles for t in (r.title, *r.aliases)):
        held = set(normalize(title).split())
        if words <= held and (words & _SECOND or not held & _SECOND):
            return True
    return False


_SECOND = frozenset("deputy vice".split())  # "secretaries general" are not their deputies


def _articles(lookup: Lookup, *, translated_only: bool) -> Reply:
    """The seed articles, one line each, a machine translation marked; or only those whose quotes are re-translations."""
    knowledge = lookup.knowledge
    translated = {q.source for q in lookup.quote_per_source if q.trust == "translated"}  # one quote a source, listed at load
    seeds = [s for s in knowledge.sources.values() if s.seed and (not translated_only or s.id in translated)]
    if not seeds:
        return Reply("not_found", "No article in the knowledge is a machine translation" if translated_only else "The knowledge holds no articles",
                     suggestions=("sources",))
    lines = tuple(Block("", style="item", heading=f"{s.title} ({s.publisher or 'publisher not recorded'}"
                        + (f", {s.published})" if s.published else ")") + (" — machine-translated; its quotes are re-translations" if s.id in translated else ""))
                  for s in seeds)
    title = (f"{len(seeds)} article{'s' if len(seeds) != 1 else ''} in the knowledge " + ("is a machine translation" if len(seeds) == 1 else "are machine translations")
             if translated_only else f"The {len(seeds)} articles the knowledge comes from")
    return Reply("list", title, blocks=lines, items=tuple(ItemRef("source", s.id) for s in seeds), suggestions=("sources",))
