"""The pledge and what the Allies agreed, as chat users ask: what it commits to, when and where it was made, how often
progress is checked, what came out of a summit, when NATO decided something it describes.

    "what's the cyber defence pledge and when was it issued?"  -> the pledge, headed by when and where it was made
    "how often is progress on the cyber pledge checked?"       -> the sentence of it that says (every year)
    "what came out of the vilnius summit for cyber defence"    -> what was agreed there
    "warsaw summit key decisions", "decisions wales summit"    -> the same, asked in a search engine's keywords
    "When did NATO decide cyberspace is a military domain?"    -> the decision that text describes, when it was clearly one
    "The Hague article talks of 'renewed pledges'. What was actually agreed?" -> the pledge the message names
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event, Initiative, Pledge
from ...reply import Reply
from .. import topic_messages as say
from ..lookup import Lookup, pledge_default
from ..search import normalize
from ..constraints import at_place, missed
from ..mentions import PLEDGE_SERIES, find_year, series_events
from .series_edition import answer_edition
from .events import event_reply
from .held_event import held_event
from .initiatives import initiative_reply
from .named_phrase import GATHERING, named_as_phrase  # noqa: F401 (named_as_phrase: read from here by other routes)
from .pledges import answer_agreed, pledge_reply
from ...patterns import lazy_pattern

LOOSE_COVERAGE = 0.35  # "when did nato decide cyberspace is a military domain like land, air and sea": a decision described
CLEAR_LEAD = 1.3  # ... and only when it is clearly the one described
DECIDED = lazy_pattern(r"\b(?:agreed|agree|decided|decide|signed|issued|made|announced|adopted|established|set up|created)\b")
#: The Cyber Defence Pledge as typed: "the pledge", "the cyber pledge", "nato's cyber defence pledge" (not a pledge conference).
_GATHERING = GATHERING
_THE_PLEDGE = lazy_pattern(rf"\b(?:the|nato|cyber|this|that|2016|warsaw)\s+(?:cyber\s+)?(?:defen[cs]e\s+)?pledge\b(?!\s+{_GATHERING})")
_HOW_OFTEN = lazy_pattern(r"\bhow (?:often|frequently|regularly)\b|\bevery how\b|\bhow many times a year\b")
_EVERY = lazy_pattern(r"[^.]*\b(?:every year|each year|annual|annually|yearly)\b[^.]*\.?")
_WHEN_WHERE = lazy_pattern(r"\b(?:when|where|what date|which year|issued|made|agreed|signed)\b")
#: "how many years ago was the pledge made", "how many allies have met the pledge": the checks that measure answer those.
_MEASURES = lazy_pattern(r"\bhow (?:many|much|long)\b|\bago\b")
#: "when was the Warsaw Summit at which the Allies made the Pledge": the event is asked about, not the pledge.
#: What a pledge holds asked for: "what is …", "outline …", "summarise …", "what does it require of allies".
_ASKS_CONTENT = lazy_pattern(r"^(?:what|explain|tell me|summari[sz]e|outline|describe|break down|give me|list|briefly)\b"
                             r"|\b(?:commit\w*|mean\w*|requir\w*|oblig\w*|involv\w*|entail\w*|demand\w*|cover\w*|contain\w*|summary|gist)\b")
_EVENT_KIND = lazy_pattern(r"\b(?:summit|summits|conference|conferences|meeting|exercise)\b")
_SAYING = lazy_pattern(r"\b(?:say|said|says|quote|quotes|quoted|words|wrote)\b")
_CAME_OUT = lazy_pattern(r"^what (?:came out of|resulted from|was the (?:outcome|result) of|were the (?:outcomes|results) of|was decided at|was agreed at)"
                       r" (?P<rest>.+)")
#: "what did the wales summit decide on cyber": the gathering as the one deciding.
#: A search engine's keywords for the same ask: "vilnius summit 2023 cyber outcomes", "warsaw summit key decisions",
#: "outcomes of the wales summit", "decisions washington summit": what was agreed at the gathering the other words name.
_OUTCOME = r"(?:(?:nato |cyber |defen[cs]e |key |main |major |concrete )*(?:outcomes?|decisions?|results?|deliverables?))"
_OUTCOME_KEYWORDS = lazy_pattern(rf"^(?:(?P<rest>.+?) {_OUTCOME}|{_OUTCOME} (?:of |at |from |in )?(?:the )?(?P<after>.+))$")
_GATHERING_DECIDED = lazy_pattern(r"^what did (?P<rest>(?:the )?(?:\S+ ){0,3}?(?:summit|conference|meeting)(?: (?:in|of) \S+)?) (?:decide|agree|adopt|endorse|deliver|produce|approve)\b")
_AGREED_THING = lazy_pattern(r"^what (?P<thing>(?:\S+ ){1,4}?)(?:did|have|has) (?:nato |the )?(?:allies|nato|leaders|members)(?: allies| leaders)? "
                           r"(?:agree|decide|adopt|endorse|approve)(?:d)?(?: on| to| upon)?\b(?P<rest>.*)")
_AGREED_NOW = lazy_pattern(r"^what (?:was|were|is|has been) (?:actually |really |concretely )?(?:agreed|decided|under way|pledged|committed)\b")
DECIDED_WHEN = lazy_pattern(r"^when did (?:nato|the allies|allies|nato allies) (?:decide|agree|recogni[sz]e|declare|accept|acknowledge)(?: that| to)? (?P<rest>.+)")


def _names_something(words: str) -> bool:
    """Whether ``words`` name more than NATO and cyber defence ("nato cyber decisions" names no gathering)."""
    return not _ANY_GATHERING.issuperset(words.split())


def _only_names(held: Event | Reply, words: str) -> bool:
    """Whether ``words`` say nothing but which gathering ``held`` is ("the cyberspace domain decision" names a decision)."""
    if isinstance(held, Reply):
        return True  # the honest miss of a gathering named with a place or year it does not have
    own = set(normalize(f"{held.name} {held.city or ''} {held.country or ''} {held.kind}").split())
    return all(w in own or w in _ANY_GATHERING or w in _GATHERING_WORDS or w.isdigit() for w in words.split())


_GATHERING_WORDS = frozenset("summit conference conf pledge annual meeting edition".split())
_ANY_GATHERING = frozenset("nato cyber defence defense the allies allied alliance its all".split())


def named_initiative(lookup: Lookup, text: str) -> Initiative | None:
    """The initiative whose name or one of its aliases ``text`` (normalised) holds as a phrase."""
    return named_as_phrase(lookup, text, "initiative")


def _named_pledge(lookup: Lookup, text: str) -> Pledge | None:
    """The pledge ``text`` names as a phrase: "the cyber defence pledge", not "the cyber defence pledge conference"."""
    named = named_as_phrase(lookup, text, "pledge", not_a_gathering=True)
    return named or (pledge_default(lookup) if _THE_PLEDGE.search(text) else None)


def pledge_asks(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """A question about a pledge it names: what it commits to, when and where it was made, how often progress is checked."""
    text = question.text
    if _SAYING.search(text) or _MEASURES.search(text) or _EVENT_KIND.search(text) or (pledge := _named_pledge(lookup, text)) is None:
        return None
    if not DECIDED.search(text) and named_initiative(lookup, text) is not None:
        return None  # "what is the integrated cyber defence centre": the centre, not the decision to set it up
    if _HOW_OFTEN.search(text):
        sentence = next((m[0].strip() for part in (pledge.summary, *pledge.commitments) if (m := _EVERY.search(part))), None)
        if sentence:
            return pledge_reply(lookup, pledge, say.name_with(pledge.name, sentence))
        return None
    if _WHEN_WHERE.search(text):
        if (conference := _conference_that_year(lookup, pledge, text) or _conference_there(lookup, pledge, text, question.mentions)) is not None:
            # "wher was the cyber defence pledge conferense 2024", "when was that rome cyber pledge thing"
            return event_reply(lookup, conference, "where" if "where" in text.split() else "when")
        if (year := find_year(text)) is not None and year > pledge.date.year:  # "when was the pledge 2023": that year had none
            return missed(lookup, PLEDGE_SERIES, [f"in {year}"], series_events(lookup, PLEDGE_SERIES)[::-1], skipped="answer")
        if elsewhere := _named_elsewhere(lookup, pledge, text, question.mentions):  # "when was the oslo cyber pledge": none there
            return missed(lookup, PLEDGE_SERIES, [f"in {p.name}" for p in elsewhere], series_events(lookup, PLEDGE_SERIES)[::-1], skipped="answer")
        return pledge_reply(lookup, pledge, say.pledge_made(pledge.name, str(pledge.date), _where_made(lookup, pledge)))
    if _ASKS_CONTENT.search(text):
        return pledge_reply(lookup, pledge)
    return None


def _agreed_at(lookup: Lookup, words: str, mentions) -> Reply:
    """What was agreed at the event ``words`` name, only if it is at the place, in the year and of the series named."""
    held = held_event(lookup, words, mentions)
    if isinstance(held, Reply):
        return held  # "what came out of the madrid pledge conference": there was none
    return answer_agreed(lookup, held.name if held is not None else words)


def _at_edition(lookup: Lookup, mentions) -> Reply | None:
    """"what was decided at the seventh pledge conference": what was agreed at that edition, or that there is none."""
    if mentions.ordinal is None or mentions.kind not in (None, "conference"):
        return None
    named = mentions.series or mentions.loose_series
    editions = series_events(lookup, named) if named else []
    if named and 0 < mentions.ordinal <= len(editions):
        return answer_agreed(lookup, editions[mentions.ordinal - 1].name)
    return answer_edition(lookup, mentions, None)


def _conference_that_year(lookup: Lookup, pledge: Pledge, text: str):
    """The one Pledge Conference of a year named with the pledge that is not the year it was made: "the cyber
    defence pledge 2024" (the conference's name misspelt or cut short), not the pledge of 2016."""
    year = find_year(text)
    if year is None or year == pledge.date.year:
        return None
    held = [e for e in lookup.events_in(year) if e.series and "pledge" in normalize(e.series)]
    return held[0] if len(held) == 1 else None


def _conference_there(lookup: Lookup, pledge: Pledge, text: str, mentions) -> Event | None:
    """The one Pledge Conference held at a place named with the pledge that is not where it was made: "that rome
    cyber pledge thing" (the conference in Rome), not the pledge agreed at Warsaw."""
    places = _named_elsewhere(lookup, pledge, text, mentions)
    held = [e for e in series_events(lookup, PLEDGE_SERIES) if places and all(at_place(e, p) for p in places)]
    return held[0] if len(held) == 1 else None


def _named_elsewhere(lookup: Lookup, pledge: Pledge, text: str, mentions) -> list:
    """The cities a question names with the pledge other than where it was made, unless it asks of the making
    itself ("when was the pledge agreed, in wales?": a claim about where, checked by the pledge's own answer)."""
    made = lookup.knowledge.events.get(pledge.event) if pledge.event else None
    return [] if DECIDED.search(text) else [p for p in mentions.places if p.is_city and (made is None or not at_place(made, p))]


def _where_made(lookup: Lookup, pledge: Pledge) -> str:
    event = lookup.knowledge.events.get(pledge.event) if pledge.event else None
    if event is None:
        return ""
    return f"{event.name}, {event.place}" if event.place else event.name


def agreed_asks(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """"what came out of the vilnius summit", "what new concept did the allies agree in vilnius", "when did nato decide X",
    "The Hague article talks of 'renewed pledges'. What was actually agreed?" (the pledge the message names)."""
    text = question.text
    if match := _CAME_OUT.match(text) or _GATHERING_DECIDED.match(text):
        return _at_edition(lookup, question.mentions) or _agreed_at(lookup, match["rest"], question.mentions)
    if (match := _OUTCOME_KEYWORDS.match(text)) and _names_something(named := match["rest"] or match["after"]) \
            and (held := held_event(lookup, named, question.mentions)) is not None and _only_names(held, named):
        return held if isinstance(held, Reply) else answer_agreed(lookup, held.name)  # an event named, or the honest miss
    if match := _AGREED_THING.match(text):
        return _agreed_at(lookup, f"{match['thing']} {match['rest']}", question.mentions)
    if match := DECIDED_WHEN.match(text):
        hits = lookup.hits(match["rest"], ("pledge", "initiative"), limit=2, min_coverage=LOOSE_COVERAGE)
        item = lookup.item(hits[0].ref) if hits and (len(hits) == 1 or hits[0].score >= CLEAR_LEAD * hits[1].score) else None
        if item is None and len(hits) == 2 and len(made := [i for i in map(lookup.item, (h.ref for h in hits)) if not isinstance(i, Pledge)]) == 1:
            item = made[0]  # "when did the allies agree the nicc": the centre (its entry tells the decision), not "nothing matches"
        if isinstance(item, Pledge):
            return pledge_reply(lookup, item, say.pledge_made(item.name, str(item.date), _where_made(lookup, item)))
        return initiative_reply(lookup, item, "when") if item is not None else None
    if _AGREED_NOW.match(text) and (pledge := _named_pledge(lookup, normalize(typed))) is not None:
        return pledge_reply(lookup, pledge)
    return None
