"""Words that ask for the shape of an answer, not for what it is about: dropped with the chatter after a question.

    "what happened in 2024? events only, one line each"   -> "what happened in 2024"
    "what did nato agree on cyber, as a timeline"         -> "what did nato agree on cyber"
    "summarise the nicc in two paragraphs, keep it short" -> "what is the nicc"
    "every rutte quote you have, bullets"                 -> "every rutte quote you have"
    "stoltenberg's recommit line, copy-paste ready"       -> "stoltenberg's recommit line"
    "is stoltenberg still running nato? yes or no"      -> "is stoltenberg still the nato secretary general"
    "tl;dr when was the hague pledge thing"               -> "when was the hague pledge thing"  (``LEADING_SHAPE``)
    "who spoke in rome? 2 bullets each"                   -> "who spoke in rome"
    "when was the warsaw summit? respond only with the date, no extra text" -> "when was the warsaw summit"
    "list the annual conferences as a table (year | city)" -> "list the annual conferences"

The bot's replies are already one line per item and chat-sized, so these words ask for nothing it would do
otherwise. ``ANSWER_SHAPE`` is a regex fragment, joined into ``question_text``'s trailing chatter; ``LEADING_SHAPE``
the same asks put before the question ("tl;dr", "short answer:", "one line:"), joined into its leading chatter.

A lead that asks for only one detail of what follows it is put as the question that detail asks (``detail_asked``):

    "Just the dates please, no extra text: Hague pledge conference"  -> "when was Hague pledge conference"
    "only the year: warsaw summit"                                   -> "when was warsaw summit"
    "respond with just the city - the 2021 pledge conference"        -> "where was the 2021 pledge conference"
    "Only the date: when did Rutte speak in Tirana?"                 -> "when did Rutte speak in Tirana?"  (the lead dropped)
    "date: 9 november"                                               -> unchanged (no "only", "just" or "respond with")
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_LINE = r"(?:line|sentence|bullet|row|para|paragraph)"
_EACH = r"(?:each|per (?:item|event|entry|one|conference|summit)|apiece|for each(?: one)?)"
_LISTED = r"(?:timeline|list|table|bullet list|bulleted list|short list|one pager|one liner|few bullets)"

_FEW = r"(?:one|two|three|four|five|1|2|3|4|5|a couple of|a few)"
_BULLETS = r"(?:bullets|bullet points|points|bulleted points|key points|takeaways|sentences|lines|paras|paragraphs|words)"
_ONE_BULLET = r"(?:one|1|a single) (?:bullet|bullet point|point|sentence|line|para|paragraph)"
#: What a prompt-style asker names as all the answer should hold: "the date", "the date and the summit", "the names".
_PART = (r"(?:(?:the |a |an |one |1 |their |his |her |its )?(?:exact |full )?(?:dates?|days?|years?|months?|city|cities|place|venue|summit|conference|names?|numbers?|figures?"
         r"|titles?|roles?|quotes?|text|word|words|one word|sentences?|lines?|bullets?|list|table|yes or no|facts?|answer|country|countries|hosts?|speakers?))")
_PARTS = rf"{_PART}(?: (?:and|&|plus|or) {_PART})*"
#: Columns named for a table or list: "(year | city | host country)".
_COLUMN = r"(?:years?|dates?|city|cities|host city|host country|hosts?|country|countries|place|venue|names?|roles?|titles?|speakers?|event|summit|conference)"

#: A date's pattern typed bare: "dd-mm-yyyy", "yyyy/mm/dd", "d-m-yy" (normalised: "dd mm yyyy").
_DATE_PATTERN = r"(?:dd|d|mm|m|yyyy|yy)(?: (?:dd|d|mm|m|mmm|yyyy|yy)){1,2}"
#: The same spelt in words after "in the form": "day.month.year", "year-month-day" (normalised: "day month year").
_SPELT_DATE_PATTERN = r"(?:day|month|year|dd|mm|yyyy)(?: (?:day|month|year|dd|mm|yyyy)){1,2}"

_EXACTLY = r"(?:(?:full|exact|correct|official|proper|current) )?"
_NAME_AND_TITLE = (rf"(?:(?:their|his|her|the) )?{_EXACTLY}(?:name|spelling)s?(?: and| &| plus| with| \+)? (?:(?:their|his|her|the) )?{_EXACTLY}"
                   r"(?:titles?|roles?|positions?|offices?|jobs?|job titles?|posts?)(?: (?:please|pls|plz))?")

ANSWER_SHAPE = (
    rf"(?:in )?(?:one|1|a|single) {_LINE}s? {_EACH}|(?:one|1) per (?:line|row|bullet)"  # "one line each", "one per line"
    rf"|(?:as|in) (?:a |an )?{_LISTED}(?: (?:with )?(?:(?:the )?columns? )?{_COLUMN}(?: (?:and |& )?{_COLUMN})*)?"  # "as a timeline", "as a table (year | city)"
    rf"|(?:in )?(?:max |at most |no more than |just |only )?(?:{_FEW} {_BULLETS}|{_ONE_BULLET})(?: (?:each|apiece|max|maximum|at most|or less|or fewer|only|tops))?"  # "in two lines", "2 bullets each"
    rf"|(?:please )?(?:respond|reply|answer)(?: (?:only|just))? (?:with|in|using)(?: (?:only|just))? (?:{_PARTS}|{_FEW} {_BULLETS}|{_ONE_BULLET})(?: only)?|(?:please )?(?:respond|reply|answer) (?:only|briefly)"  # "respond only with the date and the summit"
    r"|(?:no|without(?: any)?) (?:extra|other|additional|more) (?:text|words|info|information|commentary|explanation|context)|nothing else|no (?:commentary|explanation|preamble|fluff)"
    r"|(?:in |as )?(?:one|1|a single) word(?: answer)?|(?:number|figure|amount|word) only|(?:(?:in|use|using) )?(?:the )?format (?:dd|d|yyyy|mm|iso)(?: (?:dd|d|mm|mmm|month|yyyy|yy|year|day|iso|8601))*"
    rf"|(?:(?:please|pls|plz|graag) )?(?:(?:in|as) )?{_DATE_PATTERN}(?: (?:format|notation))?(?: (?:please|pls|plz|graag))?"  # "... ? please dd-mm-yyyy", "dd/mm/yyyy pls"
    rf"|(?:(?:please|pls|plz) )?(?:in|as) (?:the )?(?:form|format|notation|order) (?:of )?{_SPELT_DATE_PATTERN}(?: (?:please|pls|plz))?"  # "please in the form day.month.year"
    r"|quote (?:it|them|that|this)(?: (?:exactly|verbatim|word for word|in full))?|(?:verbatim|word for word) (?:pls|please|plz)"  # "what did he say? quote it exactly", "..., verbatim pls" (not "are they word for word?")
    r"|(?:events?|conferences?|summits?|dates?|names?) only|(?:just|only) (?:the )?(?:events?|conferences?|summits?|names?)"  # "events only"
    r"|keep it (?:short|brief|tight)|short version"
    r"|(?:as |in )?(?:bullets|bullet points?|bullet list|bulleted|bullet form)(?: (?:pls|please|plz))?"  # "every rutte quote you have, bullets"
    r"|(?:(?:copy|cut) ?(?:and )?paste|paste|quote) ready|ready to (?:copy|paste|quote)(?: (?:and )?paste)?|(?:so i can|for me to|to) (?:copy|paste|quote)(?: (?:it|them))?"  # "copy-paste ready"
    rf"|{_NAME_AND_TITLE}"  # "the dutch cyber ambassador at the hague - name and title?": a person's card gives both
    r"|(?:(?:just|a|only) )?(?:yes or no|yes no|y or n|y n|y and n|y and|true or false)(?: (?:pls|please|plz|only|will do|is fine|is enough))?"  # "..., yes or no", "y/n"
    r"|(?:one|1|a single) (?:line|sentence|liner)(?: (?:max|only|pls|please|plz|answer|is fine|will do))?"  # "what did the wales summit add? one line"
)

#: The same asks before the question: "tl;dr when was ...", "short answer: who hosted ...", "one line pls - where ..."
#: (only before a question word: "one line from rutte on investment" asks for a quote).
LEADING_SHAPE = (
    r"(?:tl dr|tldr|tl drs?|short answer|quick answer|one liner|(?:in )?(?:one|1|a single) (?:line|sentence)|bullets|yes or no|yes no"
    r"|in (?:simple|plain|layman s|laymans|easy|everyday) (?:words|terms|english|language))"
    r"(?: (?:pls|please|plz|only|ok))?(?: (?:on|about))?"  # "one sentence on why it mattered"
    r"(?= (?:who|whom|whose|what|when|where|which|why|how|did|does|do|is|was|were|are|has|can|could|list|give|show|name)\b)"  # not "one line from rutte": a quote
)

_SHAPE_ONLY = lazy_pattern(rf"(?:(?:{ANSWER_SHAPE})(?: |$))+")


def only_shape(text: str) -> bool:
    """Whether ``text`` (normalised) only asks a shape: "2 bullets each", "in a table", "respond only with the date"."""
    return bool(text) and _SHAPE_ONLY.fullmatch(text + " ") is not None


#: A lead asking for one detail only: "just the dates please, no extra text:", "only the year -", "respond with just the city:".
_WHEN = frozenset("date dates day days year years month months".split())
_DETAIL_LEAD = lazy_pattern(
    r"^\s*(?:(?:please|pls|kindly)[,\s]+)?(?P<respond>(?:respond|reply|answer)(?:\s+(?:only|just))?\s+with\s+)?(?P<only>(?:just|only)\s+)?(?:the\s+)?(?:exact\s+)?"
    r"(?P<detail>dates?|days?|years?|months?|city|place|venue|location|country)(?P<after>\s+only)?"
    r"(?:[\s,]+(?:please|pls|plz))?(?:[\s,]+(?:no (?:extra|other|additional) (?:text|words|info|commentary)|nothing else))?(?:[\s,]+(?:please|pls|plz))?"
    r"\s*(?::|,|\s[-\u2013\u2014]+)\s*(?P<rest>\S.*)$", re.IGNORECASE)
_ASKS = lazy_pattern(r"(?i)(?:who|whom|whose|what|when|where|which|how|did|does|do|is|was|were|are|in which|in what|on which|on what)\b")


def detail_asked(typed: str) -> str:
    """``typed`` with a lead asking only for a date, year or place put as that question of the rest; else as typed."""
    match = _DETAIL_LEAD.match(typed)
    if match is None or not (match["respond"] or match["only"] or match["after"]):
        return typed
    rest = match["rest"]
    if _ASKS.match(rest):
        return rest  # "only the date: when did ...": the question is there already
    detail = match["detail"].lower()
    return f"when was {rest}" if detail in _WHEN else f"what was the venue of {rest}" if detail == "venue" else f"where was {rest}"


#: A short clause after a question asking only its date or place: "? dates pls", "- venue too", "... and when".
_DATE_TAIL = frozenset("date dates day days when year exact the and also too please pls its".split())
_PLACE_TAIL = frozenset("where venue place city location and also too please pls its the".split())


def tail_asked(question: str, tail: str) -> str:
    """``tail`` (a short normalised clause after ``question``) as the ask it adds: "dates please" after "what was decided at
    the vilnius summit" is "and when", answered as a second question (as two words glued on, "... summit dates" named no summit)."""
    words = set(tail.split())
    if not question.startswith(("what ", "who ", "which ")):
        return tail  # "how long did rome run? dates pls": its days, counted and dated, answer both
    if words & {"date", "dates", "day", "days", "when", "year"} and words <= _DATE_TAIL and not question.startswith("when") and "date" not in question:
        return "and when"
    if words & {"where", "venue", "place", "city", "location"} and words <= _PLACE_TAIL and not question.startswith("where"):
        return "and where"
    return tail
