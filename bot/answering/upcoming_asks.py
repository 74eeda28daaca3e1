"""The next gathering of a kind, counted from today, asked the long way round: put as "when is the next <kind>".

    "from today what is the next nato event in your records with a cyber angle and where is it" -> "when is the next nato event"
    "what is the next edition of the annual cyber defence conference after today with host city"
                                                       -> "when is the next annual cyber defence conference"
    "upcoming pledge conference as of today dates and co hosts"    -> "when is the next pledge conference"
    "what is the next nato summit from today"                      -> "when is the next nato summit"
    "is the next conference soon", "is the next pledge conference coming up" -> "when is the next conference" ...
    "anything cyber on the nato calendar before year end?"        -> "what s coming up before the end of the year"
    "whats on the agenda for the rest of the year"                -> "what s coming up before the end of the year"
    "are there any summits coming up this year"                  -> "when is the next summits before the end of the year"

What is on a calendar, agenda or schedule is what is coming up; "before year end", "by the end of the year",
"for the rest of the year", "later this year" are one spelling, which the route of upcoming events honours.
Only the next one after today: "the next conference after berlin" (after another event, a year or a place) is
left as typed for the editions' own step. Pure; the pattern runs only when "next", "upcoming" or "forthcoming" is typed.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CUES = ("next ", "upcoming ", "forthcoming ")
_CALENDAR_CUES = frozenset("calendar calender agenda schedule diary horizon year".split())
#: "anything (cyber) on the (nato) calendar", "what s on nato s agenda", "anything planned": what is coming up.
_ON_CALENDAR = lazy_pattern(r"^(?:(?:is there )?anything|what s|what is|whats|what)(?: (?:nato|cyber|defence))* (?:on|in) (?:the |nato s |nato )?(?:(?:nato|cyber|defence) )*"
                            r"(?:calend[ae]r|agenda|schedule|diary|horizon)\b(?: for)?")
#: The rest of this year, however typed: "before year end", "by the end of the year", "for the rest of the year", "later this year".
YEAR_END = "before the end of the year"
_TO_YEAR_END = lazy_pattern(r"\b(?:(?:before|by|until|till|up to) (?:the )?(?:year end|year s end|end of (?:the |this )?year)|(?:for )?(?:the )?rest of (?:the |this )?year|later this year|this year|(?:before|by) (?:the )?eoy)\b")
_KIND = r"(?:(?:nato|cyber|defence|defense|pledge|annual)\s+)*(?:conference|summit|exercise|event|meeting|gathering)s?"
#: "any conferences coming up (this year)", "are there summits planned": the next of that kind.
_ANY_COMING = lazy_pattern(rf"^(?:(?:are|is) there |got )?(?:any )?(?P<kind>{_KIND}) (?:coming up|upcoming|planned|scheduled|ahead)\b(?P<tail>.*)$")
#: "(from today) what is the next (edition of the) <kind> ...", "upcoming <kind> ...", "the next <kind> ...".
_NEXT_KIND = lazy_pattern(
    r"^(?:(?:from|as of|counting from|starting) (?:today|now) )?(?:(?:what|which|when|where) (?:is|are|will be|would be) |(?:is|are|will) |(?:and )?(?:tell me |give me )?)?"
    rf"(?:the )?(?:very )?(?:next|upcoming|forthcoming) (?:(?:edition|instance|one|round) of (?:the )?)?(?P<kind>{_KIND})\b(?P<tail>.*)$")
#: What anchors "next" to something other than today: "after berlin", "following 2024", "in london".
_OTHER_ANCHOR = lazy_pattern(r"\b(?:after|following|before|since|in|at) (?!today\b|now\b|that\b|it\b)(?:the )?\S|\b(?:19|20)\d\d\b")
#: Words that anchor nothing: "after today", "as of today", "from now", "in your records", "on file".
_NOT_ANCHORS = lazy_pattern(r"\b(?:after|from|as of|counting from|starting) (?:today|now)\b|\b(?:in|on) (?:your |the |our )?(?:records?|knowledge|file|data|database)\b")


def next_ask(text: str) -> str:
    """``text`` (normalised) put as "when is the next <kind>" when it asks for the next gathering after today; else ``text``."""
    if "coming up" in text or "planned" in text or "scheduled" in text or "ahead" in text:
        text = _ANY_COMING.sub(r"when is the next \g<kind>\g<tail>", text)
    if not _CALENDAR_CUES.isdisjoint(word_set(text)):
        text = _ON_CALENDAR.sub("what s coming up", text, count=1)
        if "coming up" in text or "upcoming" in text or "next" in text:  # "any conferences later this year" is left to the year's own step
            text = _TO_YEAR_END.sub(YEAR_END, text)
    if not any(cue in text for cue in _CUES) or (match := _NEXT_KIND.match(text)) is None:
        return text
    if _OTHER_ANCHOR.search(_NOT_ANCHORS.sub(" ", match["tail"])):
        return text
    return f"when is the next {match['kind']}"
