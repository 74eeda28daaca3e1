"""Step 1b, part of rephrasing: asks about an event's span, a thing's start, a decision's date, someone's appeal.

    "was berlin one day or two days"                 -> "how long was berlin"
    "how many days was the hague conference"         -> "how long was the hague conference"
    "tirana - dates and how many days?"              -> "how long was tirana"
    "was rome only on 9 november or also the 10th"   -> "how long was rome" ("only 09/11 or also 10/11?" after it: ``bare_asks``)
    "since when does cyber coalition exist"          -> "when did cyber coalition start" (also "since when it exists")
    "when was the nicc decided"                      -> "when was the nicc agreed"
    "which day of the summit was the pledge issued"  -> "which day was the pledge issued"
    "what was stoltenberg s appeal to the allies in rome" -> "what did stoltenberg appeal to the allies in rome"

Their dates, starts and calls are what the routes already answer. Pure; each pattern is tried only when its cue is there.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

#: "since when does cyber coalition exist", "how long has the exercise been around": when it started.
_EXISTS_SINCE = lazy_pattern(r"^(?:(?:since|from) (?:when|what year|which year)(?: (?:does|did|has|have|is|are|do))?|how long (?:has|have|does|did)) (?P<x>.+?)"
                             r" (?:exist|exists|existed|existing|been around|is around|are around|been running|is running|are running|runs|been held|is held"
                             r"|are held|run|been there|is there|been in place|is in place|been going|is going)(?: for)?$"
                             r"|^since (?:when|what year|which year) (?:is|are|has|have) there (?:been )?(?:a |an )?(?P<z>.+)$"
                             r"|^since when (?:has|have|does|do|did) (?:nato|the allies|allies) (?:run|held|hold|organi[sz]ed?|conducted?) (?P<y>.+)$")
#: "what was stoltenberg s appeal to the allies in rome": what he called for there.
_APPEAL_OF = lazy_pattern(r"^what (?:was|were|is) (?P<who>(?!the |a |an |his |her |their |this |that |its )(?:\S+ ){1,3}?)(?:s )?(?:main |central |key |big )?"
                          r"(?P<noun>appeal|appeals|call|calls|plea|demand|demands|request|requests) (?P<rest>(?:to|for|on|in|at) .+)$")
#: "when was the nicc decided (on)": when it was agreed.
_DECIDED = lazy_pattern(r"^when (?:was|were) (?P<x>.+?) decided(?: on| upon)?$")
#: "which summit did the cyber defence pledge come out of and what date": the gathering that produced it (its reply has the day).
_CAME_OUT_OF = lazy_pattern(r"^(?:at |from |in )?(?:which|what) (?P<kind>summit|conference|meeting|event|gathering) (?:did|was|were|is) (?P<x>.+?) (?:come out of|came out of|come from"
                            r"|originate (?:at|from|in)|emerge from|born at|born out of|(?:agreed|adopted|launched|issued|decided|signed) at)"
                            r"(?: (?:and|with) (?:what|which|the) (?:date|day|dates|year)| and when)?$")
_ROLE_WORDS = frozenset("secretary minister president chancellor sg pm chief boss director commander ambassador".split())
_SAID_WORDS = lazy_pattern(r"\b(?:line|lines|quote|quotes|quotation|words|remark|remarks|phrase|soundbite|comment|comments)\b")
#: "which day of the summit was the cyber pledge issued": the day the thing was agreed, not the gathering's days.
_DAY_OF_GATHERING = lazy_pattern(r"^(?:which|what) (?:day|date) of the (?:summit|conference|meeting|gathering|event) (?:was|were) (?P<x>.+?)"
                                 r" (?P<verb>issued|agreed|adopted|signed|announced|endorsed|approved|made|launched|published|released|taken|decided)(?: on)?$")
#: "how many days was the hague conference", "was berlin one day or two days", "rome was only 1 day or 2": its dates say.
_SORT = r"(?: long| thing| event| conference| affair| do| gig)?"
#: "a one day thing or 2", "one or two days" ("one" is often read away before this step: "was berlin day or two").
_ONE_OR_TWO = (r"(?:(?:only |just )?(?:a |an )?(?:(?:one|1|a single|single) )?days?" + _SORT + r" or (?:a )?(?:two|2|more|several|multi)(?: days?)?" + _SORT
               + r"|(?:a )?(?:(?:one|1|single) )?or (?:two|2) days?" + _SORT
               + r"|(?:a )?(?:full|whole|half)(?: |-)day or (?:a )?(?:full|whole|half)(?: |-)day" + _SORT + ")")  # "full day or half day"
#: "was the hague a 2 day event", "was london a single day conference": a span guessed.
_N_DAYS = r"(?:only |just )?(?:a |an )?(?:one|two|three|1|2|3|single|multi|multiple)(?: |-)?days?" + _SORT
#: "... dates pls", "dates and how many days": the dates asked beside the span; its reply gives both.
_DATES_TOO = r"(?: (?:and )?(?:the )?(?:exact )?dates?(?: pls| please)?)?"
_HOW_MANY_DAYS = lazy_pattern(r"^(?:how many days (?:was|were|is|did|lasted|last|took|lasts) (?P<a>.+?)(?: last| run| go on| take| long)?"
                              r"|how long (?:lasted|did|does) (?P<d>(?!(?:he|she|they|\S+ (?:serve|hold|stay))\b).+?)(?: last| go on| run)?"
                              rf"|(?:was|were|is|did) (?P<b>.+?)(?: last| take| run)? (?:{_ONE_OR_TWO}|{_N_DAYS})"
                              rf"|(?P<c>.+?) (?:was|were|is|lasted|took) {_ONE_OR_TWO}"
                              rf"|(?P<f>(?!(?:how|what|which|when|was|were|is|did)\b)\S.*?) {_ONE_OR_TWO}"
                              r"|(?P<e>(?!(?:how|what|which|when)\b)\S.*?)(?: dates?)?(?: and| plus)? how many days(?: (?:was it|did it (?:last|run|take)|long))?)"
                              + _DATES_TOO + "$")

#: "only 09/11 or also 10/11?" (normalised "only 09 11 or also 10 11"), "was the berlin conference only on 9 november?": one day or more.
_DAY = r"(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: (?:of )?(?:\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))?"
_ONLY_THAT_DAY = lazy_pattern(r"^(?:(?:was|were|is|did) (?P<x>.+?) (?:(?:held|happen|take place|run|last) )?)?(?:only|just) (?:on )?" + _DAY
                              + r"(?: or (?:(?:also|on|did it|go on|continue|run|into|to|until|till) )*" + _DAY + r"(?: too| as well)?)?$")


def asks_only_that_day(text: str) -> bool:
    """Whether normalised ``text`` asks, of nothing it names, if a gathering ran on that day only ("only 09 11 or also 10 11")."""
    return ("only " in text or "just " in text) and (only := _ONLY_THAT_DAY.match(text)) is not None and not only["x"]


def span_ask(text: str, first: str, last: str) -> str | None:
    """``text`` (normalised; ``first`` and ``last`` its first and last words) put the way the routes know, or None."""
    if first == "what" and (appeal := _APPEAL_OF.match(text)):
        verb = "appeal" if appeal["noun"].startswith(("appeal", "plea")) else "call"
        rest = appeal["rest"] if verb == "appeal" or appeal["rest"].startswith("for ") else f"for {appeal['rest']}"
        return f"what did {appeal['who']}{verb} {rest}"
    if first in ("since", "how") and (exists := _EXISTS_SINCE.match(text)):
        return f"when did {exists['x'] or exists['y'] or exists['z']} start"
    if (" day" in text or " long" in text) and (days := _HOW_MANY_DAYS.match(text)) and _ROLE_WORDS.isdisjoint(word_set(text)):  # a term held: how_long_held
        if days["d"]:  # "how long did the event run in days, hague 2024": its dates (a run's own words stay in)
            return f"when was {days['d']}"
        return f"how long was {days['a'] or days['b'] or days['c'] or days['e'] or days['f']}"
    if ("only " in text or "just " in text) and (only := _ONLY_THAT_DAY.match(text)) and only["x"] not in (None, "it", "that", "this", "they"):
        return f"how long was {only['x']}"  # "was rome only on 9 november": its days ("only 09/11 or also 10/11?" alone: ``bare_asks``)
    if first in ("which", "what", "at", "from", "in") and (" from" in text or " out of" in text or " at" in text) and (came := _CAME_OUT_OF.match(text)) \
            and not _SAID_WORDS.search(came["x"]):  # "what conference did rutte's line about X come from": where a quote was said
        return f"where was {came['x']} agreed"  # "which summit did the pledge come out of (and what date)"
    if first in ("which", "what") and " of the " in text and (day_of := _DAY_OF_GATHERING.match(text)):
        return f"which day was {day_of['x']} agreed"  # "which day of the summit was the pledge issued": the pledge's day
    if first == "when" and last in ("decided", "on", "upon") and (decided := _DECIDED.match(text)):
        return f"when was {decided['x']} agreed"
    return None
