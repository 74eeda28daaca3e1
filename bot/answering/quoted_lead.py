"""Quoted words named first, then asked where or when they were said: one question about those words.

    "the 'China is not our enemy' line - which event + year?"  -> "where was 'China is not our enemy' said?"
    "“no one stands alone” - where was that?"                  -> "where was “no one stands alone” said?"
    "'as dangerous as kinetic attacks': when, which conference" -> "where was 'as dangerous as kinetic attacks' said?"
    "'i call on allies to recommit' - who, when, where?"        -> "where was 'i call on allies to recommit' said?" (and by whom)
    "the line about giving saceur the authority, who and where?" -> "who said the quote about giving saceur the authority and where?"
    "the odobescu one - full text?"                               -> "the odobescu quote - full text?"
    "stoltenberg said cyber is contested - which conference?"   -> "where did stoltenberg say 'cyber is contested'?" (his words or not)
    "how long ago did rutte say allies are stepping up"          -> "where did rutte say 'allies are stepping up'?"
    "when exactly did stoltenberg do the contested space line?"  -> "where did stoltenberg say 'contested space'?"

Without this, the clause that asks ("which event + year") is read alone and lists every event. Pure; text without a
quotation mark pays one character test (a described line, a substring test).
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_QUOTES = "'\"\u201c\u201d\u2018\u2019"
_ASKED_AFTER = lazy_pattern(
    r"^(?P<before>[^?!'\"\u201c\u2018]*)(?P<quoted>(?<![a-z0-9])['\"\u201c\u2018][^'\"\u201d\u2019]{3,200}['\"\u201d\u2019](?![a-z0-9]))(?P<after>[^?!]*?)(?:\s*[-:,\u2013\u2014]+\s*|\s(?=wh))"
    r"(?:(?:which|what|at which|at what) (?:event|conference|speech|occasion|gathering|summit|meeting|year|date)|where|when|from where|said where|said when|who)"
    r"(?:(?: (?:was|is|did) (?:that|it|this)(?: said| from)?)?(?:(?:\s*(?:\+|and|&|,)\s*|\s)(?:the )?(?:year|date|when|where|who|which year|what year|which event|what event|which conference))*)\s*[?!.]*\s*$",
    re.IGNORECASE)

#: What a lead may hold beside the quoted words: "the ... line", "that quote ...".
_ONLY_POINTING = frozenset("the a that this line quote quotation phrase words remark sentence bit passage".split())


#: A line described, not quoted, then who said it asked alone: "the quote about giving saceur the authority, who and where?".
_DESCRIBED_THEN_WHO = lazy_pattern(
    r"^\s*(?:the |that |this |his |her |a )?(?:quote|quotation|line|remark|words|statement|phrase|sentence|bit|passage|citation)"
    r" (?P<about>(?:about|on|where|in which|saying|that says|with) [^?!'\"\u201c\u2018]{3,200}?)\s*(?:[-:,;\u2013\u2014]+\s*|\s(?=who|by whom))"
    r"(?:who|by whom|from whom|whose)(?: (?:was|is) it)?(?:(?:\s*(?:\+|and|&|,|or|\?)\s*|\s)(?:where|when|which event|what event|which conference|which speech"
    r"|the year|the date|year|date|in which city|at which event))*\s*[?!.]*\s*$", re.IGNORECASE)

#: "the odobescu one - full text?", "that rutte one, exact words?": a speaker's (or a gathering's) line, its words asked.
_ONE_WORDED = lazy_pattern(r"^(?P<lead>(?:the|that) (?!(?:first|second|third|fourth|last|other|next|same|latter|former|previous|earlier|later|new|old|right|wrong|whole|long|short|\w+est|\w+th)\b)"
                           r"(?:[a-z]+(?:'s|’s| s)? ){1,2})one\b(?P<rest>(?=.*\b(?:full text|exact words|exact wording|wording"
                           r"|word for word|verbatim|in full|precise words|full quote|actual words)\b).*)$", re.IGNORECASE)


def said_where_first(typed: str) -> str:
    """``typed`` with quoted words named before "which event?" or "when?" asked as where and when they were said; a
    line described, then "who and where?", asked as "who said <the line described> and where"."""
    if " one" in typed and typed[:3].lower() in ("the", "tha") and (one := _ONE_WORDED.match(typed.strip())) is not None:
        typed = f"{one['lead']}quote{one['rest']}"  # "the odobescu one - full text?": her quote's words
    if " who" in typed and (described := _DESCRIBED_THEN_WHO.match(typed)) is not None:
        return f"who said the quote {described['about']} and where?"
    if (" sa" in typed or " do th" in typed) and (said := said_unquoted(typed)) is not None:  # "say", "do the ... line"
        return said
    if (described := _DESCRIBED_WHEN.match(typed.strip()) if typed[:4] in ("when", "wher") else _DESCRIBED_THEN_WHEN.match(typed.strip()) if typed[:3] in ("the", "tha", "thi") else None):
        return f"where was '{described['words']}' said?"  # "when was the contested space quote", "the as-bad-as-bombs quote - what date was that?"
    if " was " in typed and any(noun in typed for noun in _LINE_NOUN_WORDS) and (claimed := _DESCRIBED_WAS_AT.match(typed.strip()) or _OWNED_WAS_AT.match(typed.strip())) is not None:
        who = f"{claimed['who']} " if "who" in claimed.groupdict() else ""  # "the kinetic attacks line was from rome 2022 yeah?": a claim, checked
        return f"'{claimed['words']}' - was that {who}at {claimed['where']}, right?"  # "stoltenberg's china line was in rome?": his line checked there
    if not any(mark in typed for mark in _QUOTES) or (asked := _ASKED_AFTER.match(typed)) is None:
        return typed
    if not set(f"{asked['before']} {asked['after']}".lower().split()) <= _ONLY_POINTING:
        return typed  # "ollongren once said '...' - where?", "stoltenberg's line '...'": a speaker named, whose claim is checked
    return f"where was {asked['quoted']} said?"


_WHO = r"(?P<who>(?!(?:someone|somebody|he|she|they|it|i|you|we|nato|the|who|what|which|where|when|how|and|did)\b)[a-z][\w.'-]*(?: (?!(?:said|says|say)\b)[a-z][\w.'-]*)?)"
_WORDS = r"(?:that )?(?P<words>(?!(?:about|anything|something|so|it|that|this|what|those|these)\b)[^?!'\"\u201c\u201d\u2018\u2019]{10,200}?)"
_SETTING = (r"(?:(?:at |in |from )?(?:which|what) (?:conference|event|speech|summit|meeting|occasion|year|one)|where|when|how long ago|how many years ago)"
            r"(?: (?:was|is) (?:that|it|this))?")
#: Words put to a named speaker, not quoted, then where or when asked: "stoltenberg said X - which conference and how long ago".
_SAID_THEN_SETTING = lazy_pattern(rf"^{_WHO} (?:said|says|told allies|warned|stated) {_WORDS}\s*(?:[-:,;\u2013\u2014]+\s*|\?\s*)"
                                  rf"{_SETTING}(?:\s*(?:,|\+|&|and)?\s*{_SETTING})*\s*[?!.]*\s*$", re.IGNORECASE)
#: The same asked first: "how long ago did rutte say allies are stepping up", "at which conference did stoltenberg say X".
_SETTING_OF_SAID = lazy_pattern(rf"^{_SETTING}(?: (?:and|&) {_SETTING})* did {_WHO} (?:say|said) {_WORDS}\s*[?!.]*\s*$", re.IGNORECASE)

#: A line named by a few of its words between "the" and a line noun ("bit", "stuff", "thing" only after "say"), asked when or
#: where it was said: "when exactly did stoltenberg do the contested space line? day pls", "where did rutte say the no one
#: stands alone thing"; with no speaker named: "when was the as bad as bombs quote", "the nothing immoral line - when?".
_NAMED_LINE = r"(?:the|that|this|his|her) (?P<words>[a-z][^?!'\"\u201c\u201d\u2018\u2019]{2,80}?) (?:line|quote|remark|comment|phrase"
_SETTING_OF_DESCRIBED = lazy_pattern(rf"^{_SETTING}(?: exactly)? did {_WHO} (?:(?P<say>say|said)|do) {_NAMED_LINE}|(?(say)(?:bit|stuff|thing)|(?!)))"
                                     r"\s*[?!.]*(?:\s*(?:the |which |what )?(?:day|date|year|place|venue)(?: (?:pls|please|plz))?\s*[?!.]*)?\s*$", re.IGNORECASE)
_DESCRIBED_WHEN = lazy_pattern(rf"^(?:when|where)(?: exactly)? (?:was|is) {_NAMED_LINE})(?: (?:said|from|made|delivered))?\s*[?!.]*\s*$", re.IGNORECASE)
_DESCRIBED_THEN_WHEN = lazy_pattern(rf"^{_NAMED_LINE})\s*(?:[-:,\u2013\u2014]+\s*)(?:when|where|what date|which date|what day|which day|what year)"
                                    r"(?: exactly)?(?: (?:was|is|did) (?:that|it|this)(?: said| from)?)?(?:\s*[?!.]+.*)?\s*$", re.IGNORECASE)

#: A line named so (or by its speaker's name and a few of its words), claimed said somewhere: "the kinetic attacks line was
#: from the 2022 rome conference yeah?", "stoltenberg's china line was in rome right?".
_WAS_AT = (r" (?:was|is) (?:(?:said|made|delivered|given) )?(?:from|at|in|during) (?P<where>[^?!,]+?)"
           r"(?:,? (?:right|yeah|yes|correct|no|innit|didn ?t he|didn ?t she|wasn ?t it|isn ?t it))?\s*[?!.]*\s*$")
_LINE_NOUN_WORDS = (" line", " quote", " remark", " comment", " phrase")
_DESCRIBED_WAS_AT = lazy_pattern(rf"^{_NAMED_LINE}){_WAS_AT}", re.IGNORECASE)
_OWNED_WAS_AT = lazy_pattern(rf"^(?P<who>[a-z]+)(?:'s|’s| s) (?P<words>[a-z][^?!'\"\u201c\u201d\u2018\u2019]{{2,80}}?) (?:line|quote|remark|comment|phrase){_WAS_AT}", re.IGNORECASE)

def said_unquoted(typed: str) -> str | None:
    """Where and when a named speaker said words typed without quotation marks, asked as the quoted form (which checks
    the words are that speaker's and says where and when they were said); None for any other text."""
    if any(mark in typed for mark in _QUOTES):
        return None
    if (described := _SETTING_OF_DESCRIBED.match(typed.strip())) is not None:
        return f"where did {described['who']} say '{described['words']}'?"  # "when did stoltenberg do the contested space line"
    asked = _SAID_THEN_SETTING.match(typed.strip()) or _SETTING_OF_SAID.match(typed.strip())
    if asked is None or len(words := asked["words"].strip().split()) < 3 or words[0].lower() in _DETERMINERS and _VERBS.isdisjoint(w.lower() for w in words):
        return None  # "when did stoltenberg say the dates of the next summit": a fact announced, not words said
    return f"where did {asked['who']} say '{' '.join(words)}'?"


_DETERMINERS = frozenset("the a an its their his her our".split())
_VERBS = frozenset("is are was were be been can could must will would should may might has have had do does did not need needs stand stands remain remains".split())
