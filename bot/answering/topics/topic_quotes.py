"""Who spoke of a topic, asked of anyone: "did anybody mention russia", "which speakers mentioned china", "any quotes about 5g".

    "did anyone talk about artificial intelligence"  -> No quote in the knowledge is about “artificial intelligence”
    "which speakers mentioned china"                 -> the quotes on china, their speakers in the title
    "was china mentioned at the hague"               -> No quote from that event is about china (it has quotes on others)

A topic is one of the quotes' topics, else words every quote shown holds. "Who talked about X" and
"what did X say about Y" name their own routes; this one is for the question that names no speaker.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import join_words
from ..quote_rank import rank_quotes
from ..quoted import quoted_spans
from ..search import normalize, tokens
from .general import not_found
from .named_event import event_named
from .quote_replies import quote_reply

_CUES = frozenset("anyone anybody someone somebody speakers speaker quotes quote lines statements remarks mentioned discussed raised else talked spoke".split())
_ANYONE = (r"(?:(?:anyone|anybody|someone|somebody)(?: (?:at|from|in) nato)?|any(?: of the)? speakers?|who else|who(?= (?:brought up|raised|discussed|brings up|talked about|spoke about|spoke of|talked of|mentioned))|which (?:speakers?|people|officials?|leaders?|ministers?)"
           r"|(?:which|what|any|all(?: the)?|are there(?: any)?|were there(?: any)?|got any|show me(?: the)?|give me(?: the)?|list(?: the)?) (?:quotes?|lines?|statements?|remarks?))")
#: Verbs that take the topic after "about" ("talked about china"), and verbs that take it directly ("mentioned china").
_SPOKE_OF = (r"(?:ever |actually |even |really )?(?:(?:talk(?:ed)?|speak|spoke|say anything|said anything|are|were|is|was|that are|which are)"
             r" (?:about|of|on|regarding|concerning)|(?:mention(?:s|ed|ing)?|referring to|talking about|bring up|brought up|discuss(?:ed|es)?|address(?:ed|es)?"
             r"|refer(?:red)? to|raise[sd]?|that mention|which mention)(?: (?:about|anything about))?|about|on|regarding|concerning)")
_ASKED = lazy_pattern(
    rf"^(?:(?:did|has|have|had|does|do) )?{_ANYONE} {_SPOKE_OF} (?P<topic>.+?)(?: (?:at|in|during) (?P<where>(?!all\b).+))?$"
)
_MENTIONED = lazy_pattern(r"^(?:was|were|is|are|has|have) (?P<topic>.+?) (?:ever )?(?:been )?(?:mentioned|discussed|talked about|brought up|raised|addressed)"
                          r"(?: (?:at|in|during) (?P<where>.+))?$")
#: Every gathering, not one: "any of these confs", "the pledge conferences", "any of them".
_ANY_GATHERING = lazy_pattern(r"^(?:any|all|either|each|one)?(?: ?of)?(?: ?(?:the|these|those|them|nato s))?(?: ?(?:nato ))?(?: ?(?P<series>pledge|cyber defence|cyber(?= (?:conferences?|events?|gatherings?|meetings?)$)))?"
                              r"(?: ?(?:cyber defence ))?(?: ?(?:conferences?|events?|gatherings?|meetings?|ones))?$")
_SERIES_NAMES = {"pledge": "Cyber Defence Pledge Conferences", "cyber defence": "NATO Cyber Defence Conferences"}
#: The words that make a "who talked about X" a topic's speakers rather than words to find: only a topic answers it here.
_WHO_OF_TOPIC = ("who talked", "who spoke", "who mentioned")
_GATHERING_NOUNS = frozenset("conference conferences conf confs event events gathering gatherings meeting meetings summit summits ones".split())
SHOWN = 4


def answer_topic_quotes(lookup: Lookup, question: str, typed: str, today: dt.date) -> Reply | None:
    """The quotes on the topic asked about of anyone, or None for another question. ``question``: as understood;
    ``typed``: as typed ("has anyone said anything about X" is not rephrased as a question about one speaker)."""
    words = set(question.split()) | set(typed.lower().split())
    if _CUES.isdisjoint(words) and not words & {"brought", "raised", "discussed"}:
        return None  # most questions
    match = _ASKED.match(question) or _MENTIONED.match(question)
    if match is None and (normal := normalize(typed)) != question:
        match = _ASKED.match(normal) or _MENTIONED.match(normal)
    if match is None:
        return None
    asked = match["topic"].strip()
    words = tokens(normalize(asked))
    if not words or quoted_spans(typed):
        return None  # "someone spoke about 'digital frontiers' - who was it?": whose words, the who-said route's
    where = match["where"]
    loose = question.startswith(_WHO_OF_TOPIC) and where and _GATHERING_NOUNS.isdisjoint(where.split())  # "who talked about investment in cyber defence": no gatherings
    if where and not loose and (gatherings := _ANY_GATHERING.match(where)):  # "at any of these confs": every gathering, of the series named if one is
        where, series = None, gatherings["series"] if gatherings["series"] != "cyber" else None  # "the nato cyber events": all of them
    else:
        series = None
    event = (event_named(lookup, where, today) or event_named(lookup, f"{where} conference", today)) if where else None  # "in berlin"
    if where and event is None:
        return None  # "… at the 2019 summit in oslo": the event routes say what is missing
    topic = lookup.topic(words) if len(words) <= 2 else None  # "china", "private sector"; more words are words to hold
    if not topic and (len(words) > 2 or question.startswith(_WHO_OF_TOPIC)):  # "who talked about cyber pearl harbor": whose words
        return None  # words of a line rather than a topic: the who-said routes find the closest words
    quotes = list(lookup.topics[topic]) if topic else rank_quotes(lookup, None, " ".join(words), least=1.0)  # every word held
    at = f" at {event.name}" if event else f" at the {_SERIES_NAMES[series]}" if series else ""
    if event is not None:
        quotes = [q for q in quotes if q.event == event.id]
    if series:
        quotes = [q for q in quotes if series in normalize(getattr(lookup.knowledge.events.get(q.event), "series", None) or "")]
    if not quotes:
        return not_found(f"No quote{at} in the knowledge is about “{topic or asked}”", suggestions=("quote", f"search {asked}"))
    people = lookup.knowledge.people
    speakers = join_words(dict.fromkeys(people[q.speaker].name if q.speaker in people else q.speaker for q in quotes))
    title = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} on {topic or asked}{at}, by {speakers}"
    more = f"quote {topic or asked}" if len(quotes) > SHOWN else None
    return quote_reply(lookup, quotes[:SHOWN], title, more=more)

