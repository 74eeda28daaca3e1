"""Questions about a person's time in a role, typed the long way round, put as the routes know them.

    "when did stoltenberg s term as nato secretary general end"   -> "when did stoltenberg stop being nato secretary general"
    "when did rutte s tenure as secretary general begin"          -> "when did rutte become secretary general"
    "when was the end of stoltenberg s term"                      -> "when did stoltenberg stop being"
    "until when was stoltenberg secretary general"                -> "when did stoltenberg stop being secretary general"
    "when was stoltenberg s term", "stoltenberg term dates"       -> "how long was stoltenberg in office"
    "how long did stoltenberg s term last"                        -> "how long was stoltenberg in office"
    "stoltenberg s time as sg - start and end dates", "when was stoltenberg sg" -> "how long was stoltenberg secretary general"
    "was the london conference under stoltenberg or rutte as sg" -> "was stoltenberg or rutte secretary general at the london conference"
    "under which secretary general was the berlin conference"   -> "who was secretary general at the berlin conference"
    "rutte sg since when"                                       -> "how long was rutte secretary general"
    "nato sg 2015 who", "albanian pm who"                       -> "who was nato secretary general in 2015", "who was albanian prime minister"

How to credit someone in a post asks for their title then (``credit_asks``). Pure and table-tested
(tests/test_people_steps.py); a step of ``rephrasing.rephrase``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .credit_asks import credit_question
from .role_guesses import is_role
from .normalizing import word_set

_TERM_WORDS = frozenset("term tenure mandate stint until till time years serve served general minister president chancellor saceur under".split())
#: "was the 2024 london conference under stoltenberg or rutte (as sec gen)": which of them held the role then
_UNDER_EITHER = lazy_pattern(r"^(?:(?:was|were|is) )?(?!(?:what|who|whom|which|when|where|how|did|does|do)\b)(?P<event>.+?) (?:held |organi[sz]ed |hosted )?(?:under|during) (?P<who>(?:\S+ )?\S+ or (?:\S+ )?\S+?)"
                             r"(?: s (?:time|term|tenure|watch|mandate))?(?: as (?P<role>.+))?$")
#: "under which secretary general was the berlin conference (held)": who held the role then
_UNDER_WHICH = lazy_pattern(r"^under (?:which|what|whose) (?P<role>.+?) (?:was|were|did) (?P<event>.+?)(?: (?:held|take place|happen|organi[sz]ed))?$")
_TERM = r"(?:term|tenure|mandate|stint|time)(?: in office| in charge)?"
_END = r"(?:end|finish|expire|run out|conclude|stop|come to an end|close|wrap up)"
_START = r"(?:start|begin|commence|get started)"
#: "when did stoltenberg s term as secretary general end", "when did rutte s mandate begin"
_TERM_ENDS = lazy_pattern(rf"^when (?:did|does|will) (?P<who>.+?)(?: s)? {_TERM}(?: (?:as|of))?(?P<role>(?: .+?)?) (?P<how>{_END}|{_START})(?:ed|s)?$")
#: "when was the end of stoltenberg s term (as secretary general)"
_END_OF = lazy_pattern(rf"^when (?:was|is|will be) the (?P<how>end|start|beginning) of (?P<who>.+?)(?: s)? {_TERM}(?: (?:as|of))?(?P<role>(?: .+)?)$")
#: "how long did stoltenberg s term (as secretary general) last", "how many years did rutte s mandate run"
_TERM_LASTED = lazy_pattern(rf"^how (?:long|many (?:years|months|days)) did (?P<who>.+?)(?: s)? {_TERM}(?: (?:as|of) (?P<role>.+?))? (?:last|run|go on|take)(?: for)?$")
#: "until when was stoltenberg secretary general", "till when did stoltenberg serve as secretary general"
_UNTIL = lazy_pattern(r"^(?:until|till) when (?:was|is|did) (?P<who>.+?)(?: (?:serve|remain|stay))?(?: as)?(?P<role> .+)$")


#: "when was stoltenberg s term", "how long was stoltenberg s tenure as secretary general": the span of the term
_TERM_SPAN = lazy_pattern(r"^(?:(?:when|how long) (?:was|is|were) )?(?P<who>(?!what |which |who )\S.*?)(?: s)? (?:term|tenure|mandate)(?: dates?)?"
                          r"(?: as (?P<role>.+))?$")


_ROLE = r"(?:nato )?(?:deputy )?(?:secretary general|prime minister|(?:\S+ )?minister|president|chancellor|saceur)(?: of (?:the )?\S+)?"
#: "stoltenberg s time as secretary general start and end dates", "dates of rutte s years as sg": the span of the term
_TIME_AS = lazy_pattern(r"^(?:(?:what (?:was|were) |give me |i need )?(?:the )?(?:start and end(?: dates?)? of |dates? of |start and end dates? (?:of|for) ))?"
                        rf"(?P<who>(?!what |which |who |when |how )\S.*?)(?: s)? (?:time|years|stint|tenure|term|mandate|period) as (?P<role>{_ROLE})"
                        r"(?: (?:start and end|start end|begin and end|from when to when|dates?|start and end dates?|when)(?: dates?)?)*(?: for (?:the|our|my) \S+)?$")
#: "when was stoltenberg secretary general", "when did stoltenberg serve as sg": the span of the term
_WHEN_IN_ROLE = lazy_pattern(rf"^when (?:was|were|did) (?P<who>(?!the |a |an |it |he |she |there )\S+(?: (?!become|named|appointed|elected|made|chosen|sworn|picked|nominated|installed|confirmed|selected)\S+)?) (?:serve as |hold office as |act as |in office as )?(?P<role>{_ROLE})$")


def term_question(text: str) -> str:
    """``text`` (normalised) as "when did <who> stop being / become <role>" when it asks when a term ended or began."""
    if _TERM_WORDS.isdisjoint(word_set(text)):  # most questions: no term asked, no regex run
        return credit_question(text)  # "how should i credit baerbock for a berlin post": her title then
    if "under" in text and (match := _UNDER_EITHER.match(text)):
        return f"was {match['who']} {match['role'] or 'secretary general'} at {match['event']}"
    if text.startswith("under ") and (match := _UNDER_WHICH.match(text)):
        return f"who was {match['role']} at {match['event']}"
    if text.startswith("how ") and (match := _TERM_LASTED.match(text)):  # "how long did stoltenberg s term as sg last"
        return f"how long was {match['who']} {match['role'] or 'in office'}"
    if match := _TERM_ENDS.match(text) or _END_OF.match(text):
        ends = match["how"] not in ("start", "beginning", "begin", "commence", "get started")
        return f"when did {match['who']} {'stop being' if ends else 'become'}{match['role']}"
    if match := _UNTIL.match(text):
        return f"when did {match['who']} stop being{match['role']}"
    if match := _TIME_AS.match(text) or _WHEN_IN_ROLE.match(text):  # "stoltenberg s time as sg start and end dates"
        return f"how long was {match['who']} {match['role']}"
    if match := _TERM_SPAN.match(text):
        return f"how long was {match['who']} {match['role'] or 'in office'}"
    return text


def since_when_in_role(text: str) -> str | None:
    """"rutte sg since when", "rutte is sg of nato since when" (normalised, role spelt out) -> "how long was rutte secretary
    general of nato", "stoltenberg sg until when" -> "when did stoltenberg stop being secretary general"; None when ``text``
    asks "since when" of anything but someone's term ("pledge conference since when" is left to the other steps)."""
    if text.endswith(" until when"):  # "stoltenberg secretary general until when": when the term ended
        text = _COPULA_AFTER_NAME.sub(r"\g<who> ", text.removesuffix(" until when"), count=1)
        return asked if (asked := term_question(f"until when was {text}")) != f"until when was {text}" else None
    if not text.endswith(" since when"):
        return None
    text = _COPULA_AFTER_NAME.sub(r"\g<who> ", text.removesuffix(" since when"), count=1)  # "rutte is sg since when"
    return None if (asked := term_question(f"when was {text}")).startswith("when was ") else asked


#: "rutte is secretary general since when": the verb after the name, which the term question puts first.
_COPULA_AFTER_NAME = lazy_pattern(r"^(?P<who>(?!(?:what|who|when|which|how|is|was)\b)\S+(?: \S+)?) (?:is|was|has been|had been) ")
#: "the most senior nato person at the hague was who": the subject, then "was who".
_COPULA_WHO = lazy_pattern(r"^(?P<x>(?!(?:who|what|which|when|where|how)\b)\S.*?) (?P<verb>was|is|were|are) who$")
_YEAR_LAST = lazy_pattern(r"^(?P<role>.+?)(?: in)? (?P<year>(?:19|20)\d\d)$")


def who_holds(text: str) -> str | None:
    """"nato secretary general 2015 who" (normalised, role spelt out) -> "who was nato secretary general in 2015": a role
    and "who" typed last asks who held it (not who was at an event); "X was who" asks "who was X"; None when ``text`` is no
    role then "who"."""
    if not text.endswith(" who"):
        return None
    if copula := _COPULA_WHO.match(text):  # "nato s most senior person at the hague 2024 was who": who was that
        return f"who {copula['verb']} {copula['x']}"
    asked = text.removesuffix(" who")
    dated = _YEAR_LAST.match(asked)
    role = dated["role"] if dated else asked
    if not is_role(role.split()):
        return None
    return f"who was {role}" + (f" in {dated['year']}" if dated else "")
