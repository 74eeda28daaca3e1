"""Ways of asking that chat brings, routed beside the main table of ``questions.py``.

    "romania s foreign minister any quote from the hague"   -> what she said there
    "rutte on investment exact words"                      -> what he said on that
    "which pledge conferences were held before rome"       -> the earlier ones of that series
    "anything nato cyber related on 16 may"                -> that day (``ASKS_OTHER`` says when a day is not the question)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from collections.abc import Callable

from .. import messages
from ..lookup import Lookup
from ..mentions import find_series, loose_series
from ..quote_rank import LINE_FORMS, LINE_LIKES
from ..places import PLACES
from ..search import tokens
from ...reply import Block, Reply
from .events import KIND_WORDS, answer_events_list, answer_where_spoke, event_reply, find_event
from .general import nothing_about
from .quotes import answer_quotes, answer_what_said
from ...patterns import lazy_pattern

Route = Callable[[Lookup, re.Match, dt.date], Reply]
#: A question naming a day asks what happened on it unless it asks something else of it: "who spoke on 17 may".
ASKS_OTHER = lazy_pattern(r"(?:who|whom|whose|when|where|which|how|why|did|does|do|has|have|list|show|quotes?|"
                        r"what (?:did|does|do|has|have|was said|were)|is there"
                        r"|(?:what (?:was|is) )?(?:the )?(?:theme|topic|motto|venue|agenda|focus) of)\b")  # "the theme of the rome conference 09/11/2022": its theme
#: Speakers asked "together with X": X is not the event's name. "who opened the berlin one together with stoltenberg".
BESIDES = lazy_pattern(r"\s*\b(?:together with|along with|alongside|besides|beyond|aside from|in addition to|apart from|other than|except|as well as|next to|with)\b.*$")
#: "what happened today in previous years", "today in nato history": the day, over the years.
OVER_THE_YEARS = lazy_pattern(r"\s*\b(?:in|over|during) (?:the )?(?:previous|past|earlier|other|prior|former|last few) years\b"
                            r"|\s*\bin (?:nato )?(?:cyber )?history\b")
#: "what attack on nato s website is stoltenberg talking about": the thing referred to is asked, not the speaker.
REFERRED_TO = (r"(?=.*\b(?:talking|talk|referring|refer|mentioning|mention|describing|describe|writing|write)\b)(?:what|which) (?P<rest>.+?) (?:is|was|does|did) (?:\S+ ){1,3}?(?:talking about|talk about|referring to|refer to"
               r"|mentioning|mention|describing|describe|writing about|write about)\b(?:\s*(?:in|at) )?(?P<where>.*)")
_VAGUE = frozenset("the a an nato cyber annual pledge defence summit summits conference conferences event events attack attacks "
                   "incident incidents meeting meetings thing one".split())


def referring(what_is: Route) -> Route:
    """The route for ``REFERRED_TO``: the entries of the kind asked that the publication named cites alike
    ("which summit is stoltenberg referring to in his 2016 op ed"), else the thing the words name, else nothing."""

    def route(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
        kind = next((KIND_WORDS[w] for w in match["rest"].split() if w in KIND_WORDS), None)
        publication = find_event(lookup, match["where"]) if match["where"].strip() else None
        if kind and publication is not None and publication.kind == "publication":
            cited = set(publication.sources)
            events = [e for e in lookup.events_by_date if e is not publication and e.kind == kind and cited & set(e.sources)]
            if len(events) == 1:
                return event_reply(lookup, events[0])
            if events:
                return answer_events_list(lookup, events, messages.events_related(len(events), f"{kind}s", "referred to in", publication.name))
        if set(match["rest"].split()) <= _VAGUE:  # "which summit was he referring to": no thing named
            return nothing_about(lookup, match[0])
        return what_is(lookup, match, today)

    return route


#: A message that only acknowledges the last answer: "ok", "cool", "got it", "nice", "noted, thanks" (not a question about "nice").
_ACKNOWLEDGED = lazy_pattern(r"^\W*(?:ok(?:ay)?|k+|kk|cool|nice|great|perfect|awesome|noted|got it|gotcha|understood|fair enough|makes sense|alright|all right"
                             r"|sounds good|good to know|brilliant|excellent|neat|wow|interesting|right|i see|ah ok|oh ok|ok then|will do|roger|ack|sweet|lovely"
                             r"|(?:nice|good|great|cool|perfect|lovely) (?:one|quote|line|stuff|answer|work|job))"
                             r"(?:[\s,.!]+(?:(?:thanks|thank you|thx|ty|cheers)(?: (?:bot|cyberbot))?|bot|cyberbot|then|lol))?\W*$", re.IGNORECASE)


def answer_acknowledgement(text: str) -> Reply | None:
    """"ok", "cool thanks", "got it": the answer was taken in; what else to ask, never a search for "nice" (the NICC)."""
    if len(text) > _LONGEST_ACKNOWLEDGEMENT or not _ACKNOWLEDGED.match(text):
        return None
    thanked = any(w in text.lower() for w in ("thank", "thx", "ty", "cheers"))
    return Reply("answer", messages.WELCOME if thanked else messages.NOTED, blocks=(Block(messages.HELLO_MORE),), suggestions=("help", "about", "today"))


_LONGEST_ACKNOWLEDGEMENT = 40


def small_talk(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"hi", "what can you do?": what to ask; "thanks so much": you're welcome, and what else to ask."""
    return Reply(
        "answer",
        messages.WELCOME if match[0].startswith("thank") else messages.HELLO,
        blocks=(Block(messages.HELLO_MORE),),
        suggestions=("help", "about", "today"),
    )


def quote_of(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"romania s foreign minister any quote from the hague", "rutte on investment exact words": what X said there, on that."""
    rest = _FROM.sub("at ", match["rest"].strip())
    if match[0].startswith("quotes ") and not {"about", "on", "regarding"} & set(rest.split()):  # "quotes by rutte in tirana": all of them there
        if (topic := _TOPIC_AROUND.match(rest)) and len(_topic_words(f"{topic['pre']} {topic['post']}")) >= 2:  # "... appeal in rome to renew
            return answer_what_said(lookup, match["who"], f"{topic['setting']} about {topic['pre']} {topic['post']}", today)  # their commitment"
        return answer_quotes(lookup, f"{match['who']} {rest}", today)
    return answer_what_said(lookup, match["who"], _ON.sub("about ", rest), today)


def in_person(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"was rutte actually there in person at tirana": where the person spoke, and whether by video."""
    named = lookup.named(f"{match['who']} {match['rest']}", on=today)
    if not named.people:  # "was the 2021 pledge conference in tallinn in person": how the gathering was held
        from .claim_checks import answer_claim  # imported here: claim_checks reaches the routes that import this module

        gathering = _HELD_TAIL.sub("", match["who"])  # "... held in person", "... online or in person"
        held = answer_claim(lookup, f"is it true that {gathering} was held in person{match['rest']}", today)
        if held is None or held.kind != "answer":
            return nothing_about(lookup, match[0])
        either = " or " in match[0] or "format" in match[0]  # "online or in person?": the way it was held, not yes or no
        return replace(held, title=_EITHER_LEAD.sub(lambda m: "In person: " if m[0] == "Yes: " else "Online: ", held.title)) if either else held
    return answer_where_spoke(lookup, named.role or named.people[0].name, " ".join(named.rest), "where", today)  # a role: its holder then


def held_remotely(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"was the 2021 pledge conf virtual (or nah)", "was rome online": whether the gathering was held virtually; of a
    person ("was rutte online at tirana"), where and how they spoke."""
    if " or " in match[0] or lookup.named(f"{match['who']} {match['rest']}", on=today).people:
        return in_person(lookup, match, today)  # "in person or virtual?": the way it was held
    from .claim_checks import answer_claim  # imported here: claim_checks reaches the routes that import this module

    held = answer_claim(lookup, f"is it true that {match['who']} was held virtually{match['rest']}", today)
    return held if held is not None and held.kind == "answer" else nothing_about(lookup, match[0])


#: "any quote from X in Y", "X - any quote from Y", "X on Y - exact words" (what X said);
#: "was X there in person", "did X attend Y in person" (where X spoke, and how); "was X virtual" (how X was held).
CHAT_ROUTES = (
    (r"(?=.*\bquotes? )(?:(?:any|a|the|got a|got any|(?:is|was) there a|(?:is|was) there any|do you have a|do you have any|have you got a|have you got any)\s)?quotes? (?:by|from|of) (?P<who>.+?) (?P<rest>(?:in|at|about|on|during|from) .+)", quote_of),
    (r"(?=.*\b(?:quotes?|words|verbatim) )(?!(?:any|a|the|some|got|get|is there|are there|was there|were there|list|show|give|print|fetch|find|display|send|pull up|do you|have you|you have|can you|could you)\b)(?P<who>.+?) (?:any |a |the )?(?:quotes?|exact words|words|verbatim)"
     r" (?P<rest>(?:in|at|about|on|during|from) .+)", quote_of),
    (r"(?=.*\b(?:quotes?|words|verbatim)$)(?P<who>.+?) (?P<rest>(?:on|about) .+?) (?:any |the )?(?:quotes?|exact words|words|verbatim)$", quote_of),
    (r"(?=.*\b(?:virtual|virtually|online|remotely)$)(?:was|were) (?!(?:any|all|some|there|many|most|none|which|what)\b)(?P<who>.+?) (?:held |run |hosted |done )?(?:virtual|virtually|online|remotely)(?P<rest>)$", held_remotely),
    (r"(?=.*\b(?:in person|physically|on site)\b)(?:was|were|did) (?P<who>.+?) (?:actually |really )?(?:there |attend |present |at |go )?(?:in person|physically|on site)\b(?P<rest>.*)", in_person),
    (r"(?=.*\bformat\b)(?:what|which) (?:kind of |type of |sort of )?format (?:was|were|is|did) (?P<who>.+?)(?: have| use| held| in)?(?P<rest>)(?: (?:in person|online|virtual|hybrid)(?: or (?:in person|online|virtual|hybrid))*)?$", in_person),
)
_EITHER_LEAD = lazy_pattern(r"^(?:Yes|No): ")
#: Words between a gathering and "in person" that are not its name: "was the hague conference held in person", "... online or in person".
_HELD_TAIL = lazy_pattern(r"(?:\s+(?:held|run|hosted|done|organi[sz]ed|(?:online|virtual|virtually|remote|remotely|hybrid|in person|physically) or))+$")
_RELATIVE = lazy_pattern(r"\b(?P<side>before|after|since|prior to|earlier than|later than|preceding|following) (?:the )?(?P<anchor>.+)$")


def events_around(lookup: Lookup, match: re.Match, today: dt.date) -> Reply | None:
    """"which pledge conferences were held before rome": that series' (or kind's) events before or after the one named."""
    relative = _RELATIVE.search(match["rest"])
    year = _A_YEAR.fullmatch(relative["anchor"].strip()) if relative else None
    anchor = find_event(lookup, _SHOWN.sub("", relative["anchor"])) if relative and not year else None  # "since warsaw, with their hosts"
    if anchor is None and year is None:
        return None
    kind = KIND_WORDS.get(match["kind"])
    named = f"{match.groupdict().get('series') or ''}{match['kind']}"
    series = find_series(named) or (loose_series(named) if named.startswith("nato cyber defen") else None)  # "nato cyber defence
    # conferences": the annual series, never the pledge conferences beside it
    before = relative["side"] in ("before", "prior to", "earlier than", "preceding")
    if year is not None:  # "since 2018" counts 2018 in; "after 2018" and "before 2022" do not
        first = dt.date(int(year[1]) + (relative["side"] in ("after", "later than", "following")), 1, 1)
        start, name = (dt.date(int(year[1]), 1, 1) if before else first), year[1]
    else:
        start, name = anchor.when.start.first_day(), anchor.name
    events = [e for e in lookup.events_by_date if e is not anchor and (e.when.start.first_day() < start) == before
              and (kind is None or e.kind == kind) and (series is None or (e.series or "").lower() == series.lower())]
    noun = f"{series}s" if series else f"{kind}s" if kind else "events"
    side = "before" if before else "since" if relative["side"] == "since" and year else "after"
    return answer_events_list(lookup, events, messages.events_related(len(events), noun, side, name))


#: What each line of the list should show, after its anchor: "since the warsaw pledge, together with their hosts".
_SHOWN = lazy_pattern(r"\s(?:(?:together|along) )?(?:with|and) (?:the |their |its )?(?:hosts?|dates?|years?|cities|city|places?|venues?|speakers?|locations?)"
                      r"(?: (?:and|or) (?:the |their )?\S+)?(?: (?:of|for) each(?: one)?)?$")
_A_YEAR = lazy_pattern(r"(?:the year |the start of |the beginning of )?((?:19|20)\d\d)")


#: Patterns of the functions above, compiled with the others when a bot loads (``bot.patterns``).
_FROM = lazy_pattern(r"^(?:from|during) ")
_ON = lazy_pattern(r"^on ")
#: Words around the setting of "quotes by X <words> in rome <words>": what the line was about, with where it was said.
_TOPIC_AROUND = lazy_pattern(r"^(?P<pre>.*?)\b(?P<setting>(?:in|at) (?:the )?(?!which\b|what\b)\S+)(?P<post>.*)$")


def _topic_words(text: str) -> list[str]:
    """The words of ``text`` that say what a line is about: not a year, a place, a gathering, "verbatim" or "best"."""
    return [w for w in tokens(text) if not w.isdigit() and w not in LINE_FORMS and w not in LINE_LIKES and w not in _GATHERING_WORDS and w not in PLACES]


#: Words naming where a line was said ("at the rome pledge conference"), not what it was about.
_GATHERING_WORDS = frozenset("conference conferences summit summits pledge annual cyber defence nato meeting event edition first second third "
                             "quotes quote quotations quotation lines line words".split())
