"""Words in quotation marks inside a message, and what the message asks of them.

People paste a remembered line in quotes inside a longer message and ask who
said it, or whether it is verified, a translation, the speaker's own words. The
quoted words are what the question is about; the rest is context:

    "Who said 'One for all and all for one' in the context of Article 5?"
        -> Quoted(spans=("One for all and all for one",), context="who said in the context of article 5", asks="who")
    "I read that Stoltenberg said 'China is not our enemy'. Is that his exact wording?"
        -> Quoted(spans=("China is not our enemy",), context="i read that stoltenberg said is that his exact wording",
                  asks="check")

Apostrophes inside words ("Stoltenberg's", "it's", "Allies'") open and close
nothing. Pure and table-tested (tests/test_quoted.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from ..patterns import lazy_pattern
from .line_nouns import LINE_NOUNS
from .other_languages import read_in_english
from .search import normalize

#: A quotation: double marks of any kind, or single marks that stand outside words
#: (an apostrophe between two letters inside the quotation is part of it: 'china isn't our enemy').
_SPAN = lazy_pattern(
    r"\"(?P<d>[^\"]+)\"|“(?P<c>[^”“]+)”|„(?P<g>[^“”]+)[“”]|«\s*(?P<f>[^»]+?)\s*»"
    r"|(?<![\w'‘’])['‘](?P<s>(?:[^'‘’]|(?<=\w)['’](?=\w))+?)['’](?![\w'‘’])"
)
_QUOTE_MARKS = frozenset("'\"‘’“”„«")
#: The context asks whether the words are real, exact, the speaker's own, a translation, safe to use.
_CHECKS = lazy_pattern(
    r"\b(?:verified|verify|verifiable|verbatim|exact|exactly|actual|actually|really|literally|real|genuine|legit|legitimate"
    r"|accurate|accurately|own|original|translation|translated|translate|wording|worded|confirm|confirmed|cite|citing|reuse"
    r"|use (?:it|this|that|the|in)|(?:ok|okay|fine|good|alright|allowed) to (?:use|quote|run)|post|share|tweet|publish|safe|safely|made up|fake|invented|trust|trustworthy|reliable|authentic|complete|cut short"
    r"|shaky|dodgy|iffy|sketchy|dubious|questionable|solid|kosher|bulletproof|watertight"  # "is X's 'stand together' quote shaky?"
    r"|cut|true|correct|right|precise|precisely|word for word|attribute|attributed|attribution|source|sourced|citation|established|settled|present (?:it|this|that) as)\b|\b(?:s|his|her|their|own) (?:word|words|wording|phrase|phrasing|term|line)\b"
    r"|\bwhat (?:he|she|they) (?:said|says|say)\b|\b(?:ok|okay|fine|alright|good to go)$"  # "headline draft: 'rutte: ...' ok?"
    r"|\b(?:full|whole|entire|complete|unabridged|uncut|longer) (?:sentence|quote|quotation|line|text|version|wording|statement|remark|passage)\b"
    r"|\bin full\b|\bthe rest of (?:it|the)\b|\b(?:truncated|shortened|abridged|trimmed)\b|\bas (?:\S+ ){1,3}(?:delivered|gave|spoke|said) it\b"
    r"|\b(?:said|says|wrote|writes|told|called it)\b.*\b(?:didn ?t|did not|isn ?t|wasn ?t|doesn ?t|no|yes|ok)(?: he| she| they| it)?$"
    r"|\b(?:was|is) (?:that|it|this) (?:said |from |spoken )?(?:at|in|during|from)\b"  # "'...' quote - was that at the rome conference?"
    r"|\b(?:that|this|it) (?:was|is) (?:\S+ ){1,3}?(?:wasn ?t|isn ?t|was not|is not|right|correct|yes|no)(?: it| he| she)?$"  # "'...' - that was geoana, wasn't it"
)
#: The context asks who said them (not who someone is: "who is 'Jean Charles'?").
_WHO = lazy_pattern(
    r"\b(?:who|whom) (?:\S+ ){0,3}?(?:said|say|says|saying|wrote|write|spoke|speak|talked|used|use|called|coined|mentioned|put it|came up with|thought up|dreamt up|dreamed up"
    r"|line|words|quote|phrase|sentence|author|behind)\b"
    r"|\bwhose\b|\bwho (?:was|is) (?:that|it|this|the speaker|the author)\b|\bwho that was\b|\bwho$|\bby whom\b|\bwho by\b"
    r"|\b(?:which|what) (?:speaker|leader|minister|official|person|politician|one of them)\b"
    r"|\b(?:the |a )?(?:speaker|source|author|attribution|name) (?:for|of|behind)(?: (?:the |this |that )?(?:line|quote|words|phrase))?(?: (?:pls|please|plz))?$"  # "need the speaker for '...'"
)
#: A yes-or-no question about saying: "did Stoltenberg say '...'?", "has Rutte ever called it '...'".
_DID_SAY = lazy_pattern(r"^(?:(?:did|does|has|had|have|was it|is it) (?:\S+ ){0,4}?(?:ever )?(?:say|said|write|wrote|publish|call|called|use|used|tell|told|state|stated|put it)|(?:has|had|have) (?:\S+ ){0,4}?(?:ever )?published"
                      r"|(?:was|were|is) (?:\S+ )?(?:said|written|used|spoken))\b")

#: Whether the words are someone's line: "is '...' a stoltenberg line?", "'...' - is that from rutte?".
_IS_THEIRS = lazy_pattern(r"^(?:is|was) (?:it |this |that )?(?:really |actually )?(?:(?:an? |one of )?(?:\S+ ){1,3}?(?:line|lines|quote|quotes|quotation|phrase|words)"
                          r"|(?:from|by) (?:\S+ ){0,2}?\S+"
                          r"|(?:that|it|this) (?:really |actually )?(?:[a-z]+ ){0,2}?[a-z]+ (?:in|at|during) (?:the )?(?:[a-z]+ ){0,2}?[a-z]+)$")  # "... - was that stoltenberg in rome?"
#: The context asks when, where, how long: about something the quoted words name, not about the words...
_PLACE_ASKED = r"(?:which|what) (?:city|town|country|place)"  # "in which city did he say '...'": where
_OTHER_QUESTION = lazy_pattern(rf"\b(?:when|where|how long|how many|how much|how old|what year|what date|which year|which date|{_PLACE_ASKED})\b")
#: ... unless it asks when or where they were said: "where did stoltenberg say '...'", "when was '...' said",
#: "stoltenberg once said '...' - when and where?".
_SAID_WHERE = lazy_pattern(rf"\b(?:when|where|what year|what date|at which event|at what event|{_PLACE_ASKED})\b(?: \S+){{0,4}} (?:say|said|says|saying|use|used|write|wrote|publish|published)\b"
                         rf"|\b(?:say|said|says|wrote|called it|put it)(?: \S+){{0,5}}? (?:when|where|what year|at which event|(?:in |at )?{_PLACE_ASKED})\b"
                         r"|\bwhere (?:is|was|does|did|do) (?:it|that|this|they|the (?:quote|line|sentence|phrase|words)) (?:\S+ )?(?:from|come from|came from)\b"
                         r"|^(?:so |and )?(?:when and where|where and when|where|when)(?: exactly)?(?: and |$)"
                         r"|^(?:\S+ ){0,2}?(?:s )?(?:line|quote|quotation|words|remark|comment|soundbite)(?: (?:exact|the exact|full) (?:wording|words))?(?: and)?"  # "rutte s line where",
                         r" (?:when and where|where and when|where|when)(?: exactly)?$"  # "ollongren quote exact wording and where": the line's occasion
                         r"|\bfrom (?:a |an |the )?(?:speech|address|article|op ed|interview|remarks)\b(?: \S+){0,4}? (?:where|when)(?: exactly)?$")  # "'...' - this is from a speech of x? where?"  # "'...', where and when, and is it confirmed?"
#: ... or offers two places to choose from: "was that the hague or tirana", "berlin or rome?".
_PLACE_OR_PLACE = lazy_pattern(r"^(?:(?:so |and )?(?:was|is|were) (?:that|it|this|they) )?(?:(?:said )?(?:in|at|from) )?(?:the )?\S+(?: \S+)? or (?:in |at )?(?:the )?\S+(?: \S+)?\b")
#: ... or which occasion they were said at: "which one was it", "what conference was that", "in which speech".
_WHICH_OCCASION = lazy_pattern(r"\b(?:which|what) (?:one|conference|event|speech|address|occasion|meeting|summit|talk|interview|article|op ed)\b")
#: ... or whether they come from one kind of source or another: "was that quote from a press release or a speech?"
_FROM_A = lazy_pattern(r"\b(?:from|in) (?:a |an |the )?(?:press release|speech|address|article|interview|op ed|statement|video|tweet|post|report)\b")
#: Roles offered as the choice of who said them: "'...' - sg or dsg?", "the secretary general or a minister".
_ROLE_CHOICE = lazy_pattern(r"\b(?:sg|dsg|secretary general|deputy secretary general|(?:\w+ )?minister|ambassador|official) or (?:the |a |an )?"
                            r"(?:sg|dsg|secretary general|deputy|(?:\w+ )?minister|ambassador|official)\b")
_SAYING = lazy_pattern(r"\b(?:say|said|says|saying|use|used|using|call|called|calling|write|wrote|writing|put it|quoted)\b")

#: A headline's attribution inside the quotation: "Rutte: No one stands alone in NATO" (a name of one to three capitalised words).
_HEADLINE = lazy_pattern(r"^(?P<who>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}):\s+(?P<words>\S.*)$")

Asks = Literal["who", "check", "where"]


class Quoted(NamedTuple):
    spans: tuple[str, ...]  # as typed
    context: str  # the rest of the message, normalised
    asks: Asks | None  # None: the message asks something else of the quoted words ("when was the 'two years ago' attack")


@lru_cache(maxsize=256)  # pure; several steps of one question ask it of the same text
def quoted_spans(text: str) -> tuple[str, ...]:
    """The quotations in ``text``, as typed and stripped: "who said 'no one stands alone'?" -> ("no one stands alone",)."""
    if not _QUOTE_MARKS.intersection(text):  # most questions: no quotation mark at all
        return ()
    spans = []
    for match in _SPAN.finditer(text):
        span = next(g for g in match.groups() if g is not None).strip(" .,;:!?")
        if normalize(span):
            spans.append(span)
    return tuple(spans)


def without_quoted(text: str) -> str:
    """``text`` with its quotations blanked: "is 'first in nato! we must not repeat this mistake' a translation?" asks
    of the article, whatever its title's words ("mistake") would ask."""
    for span in quoted_spans(text):
        text = text.replace(span, " ")
    return text


#: Words typed without quotation marks, then a dash and a question whether they are exact, a translation, verified,
#: or theirs: "china is not our enemy - this is exact words of stoltenberg or translation", "... - that was rutte wasnt it".
_DASHED_CHECK = lazy_pattern(r"^(?P<words>(?:[^\s?\-–—]+ ){3,}?[^\s?\-–—]+)\s+[-–—]+\s+(?P<ask>(?=.*\b(?:exact|verbatim|original|translat\w*|verified|confirmed|genuine"
                             r"|authentic|official text|word for word|own words)\b|(?:that|this|it) (?:was|is)\b.*\b(?:wasn ?t|isn ?t|right|correct)\b|(?:was|is) (?:that|this|it) \S"
                             r"|.*\bsaid (?:that|it|this)\b.*\b(?:didn ?t|right|correct)\b).+)$")  # "... - that was geoana wasnt it"


def dashed_words(text: str) -> tuple[str, str] | None:
    """"china is not our enemy - exact words or translation?" -> ("china is not our enemy", "exact words or translation?"):
    a line typed without quotation marks and checked after a dash; None for anything else."""
    if "-" not in text and "–" not in text and "—" not in text or _QUOTE_MARKS.intersection(text):
        return None
    match = _DASHED_CHECK.match(text.strip())
    words = normalize(match["words"]).split() if match else []
    if not match or _STARTS_ASKING.match(words[0]) or not _DESCRIBING.isdisjoint(words) or not LINE_NOUNS.isdisjoint(words[2:]) or any(w.isdigit() for w in words) \
            or not _SAYING_VERBS.isdisjoint(words) and not _CHECKS.search(match["ask"]):
        return None  # "the stoltenberg berlin quote on china - exact words?", "the nothing immoral bit - ...": a line described (not "the bit about ..."), not typed out;
        # "odobescu said ... at the hague - is that an official quote": who said what, asked whether it is theirs
    return match["words"], match["ask"]


#: A line typed without quotation marks between "is" and "a real (speaker's) quote": "is no one stands alone a real rutte quote".
_REAL_LINE = lazy_pattern(r"^(?:is|was) (?P<words>(?:\S+ ){3,}?\S+) (?P<ask>(?:an?|one of) (?:real|genuine|actual|authentic|legit|legitimate|verified|proper)"
                          r" (?:\S+ ){0,2}?(?:quote|quotation|line|saying)s?)\W*$", re.IGNORECASE)


_SAYING_VERBS = frozenset("said says saying stated wrote claimed told".split())


def real_line_asked(text: str) -> tuple[str, str] | None:
    """"is much remains to be done a real stoltenberg quote" -> ("much remains to be done", "is a real stoltenberg quote"):
    a line typed out without quotation marks and asked whether it is real; None for a line described ("is the rutte line
    about money a real quote") or anything else."""
    if _QUOTE_MARKS.intersection(text) or not (match := _REAL_LINE.match(text.strip())):
        return None
    words = normalize(match["words"]).split()
    if not _DESCRIBING.isdisjoint(words) or not LINE_NOUNS.isdisjoint(words) or words[0] in ("this", "that", "the", "his", "her", "their") \
            or not _SAYING_VERBS.isdisjoint(words):
        return None  # "is ollongren said we must stand together a real quote" (how "..., is that a real quote?" is read): who said what
    return match["words"], f"is {match['ask']}"


#: A question about the words opened with a negative: "wasn t that said at the hague", "isnt it rutte s", "didn t he say".
_NEGATED_LEAD = lazy_pattern(r"^(?P<aux>was|were|is|are|did|does|has|had)(?: ?n t|nt| not) ")


#: A tag question closing the context: "is a stoltenberg quote isn t it", "was said in rome was it", "he said it didn t he".
_WH_WORD = frozenset("who whom whose what when where which how why".split())  # "which attack was that": asked, no tag
_TAG_LAST = lazy_pattern(r" (?:is|was|are|were|did|does|has|had)(?: ?n t|nt| not)? (?:it|he|she|they|that|this)$")


def as_positive_check(context: str) -> str:
    """A normalised context opened with a negative or closed by a tag question, asked as the claim it doubts, with the
    tag a check carries: "wasn t that said at the hague" -> "was that said at the hague right", "is a stoltenberg quote
    isn t it" -> "is a stoltenberg quote right"; any other context as it is."""
    negated = _NEGATED_LEAD.match(context) if "n" in context[:8] else None
    context = f"{negated['aux']} {context[negated.end():]} right" if negated else context
    tagged = _TAG_LAST.search(context) if context.endswith(("it", "he", "she", "they", "that", "this")) and _WH_WORD.isdisjoint(context.split()) else None
    return f"{context[:tagged.start()]} right".removeprefix(" ").replace(" right right", " right") if tagged and tagged.start() else context


_STARTS_ASKING = lazy_pattern(r"(?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|was|were|are|can|could|has|have)\b")
#: Words of a line described rather than typed out, or of something else asked about: "the russia energy line from berlin".
_DESCRIBING = frozenset("quote quotes line lines words remark remarks statement speech conference summit pledge article piece op ed".split())


@lru_cache(maxsize=256)  # pure; several steps of one question ask it of the same text
def quoted_question(text: str) -> Quoted | None:
    """The quoted words of ``text`` and what is asked of them; None when nothing is in quotation marks
    (or typed without them before a dash and a check: ``dashed_words``)."""
    spans = quoted_spans(text)
    if not spans and (dashed := dashed_words(text) or real_line_asked(text)):
        spans, text = (dashed[0],), f'"{dashed[0]}" {dashed[1]}'
    if not spans:
        return None
    rest = _SPAN.sub(" ", text).replace("’", "'")
    context = normalize(read_in_english(rest, normalize(rest).split()))  # "who’s" is "who s"; "wer hat das gesagt": who said that
    if len(spans) == 1 and (said := _HEADLINE.match(spans[0])):  # "'Rutte: No one stands alone'": who, then the words
        spans, context = (said["words"],), f"{normalize(said['who'])} {context}".strip()
    context = as_positive_check(context)  # "wasn't that said at the hague": "was that said at the hague right"
    # Whether the words are real outranks who said them: the check names the speaker too.
    if _WHO.search(context) or _ROLE_CHOICE.search(context):  # "'...' - sg or dsg?": which of them said it
        asks: Asks | None = "check" if _CHECKS.search(context) else "who"
    elif _OTHER_QUESTION.search(context):  # "the 'two years ago' attack in the op-ed, when was that really"
        asks = "where" if _SAID_WHERE.search(context) else None
    elif _WHICH_OCCASION.search(context) and (_SAYING.search(context) or len(context.split()) <= 3) or _FROM_A.search(context) and not _CHECKS.search(context) \
            or places_offered(context):  # "'...' - the hague or tirana?": where

        # "i remember him saying '...' at a conference, which one?", "'...' - which conference?"
        asks = "where"
    else:
        asks = "check" if _CHECKS.search(context) or _DID_SAY.match(context) or _IS_THEIRS.match(context) else None
    return Quoted(spans, context, asks)


def places_offered(context: str) -> tuple:
    """The places a quote's context offers to choose from ("the hague or tirana"), else ()."""
    if not _PLACE_OR_PLACE.match(context):
        return ()
    from .places import places_in  # the gazetteer, read only for a message offering a choice

    offered = tuple(dict.fromkeys(place for _, place in places_in(context)))
    return offered if len(offered) >= 2 else ()
