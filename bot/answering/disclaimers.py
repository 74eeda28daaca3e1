"""A newcomer's disclaimer before the question, dropped: it says how the asker feels about asking, not what is asked.

    "sorry if this is basic but when did the tirana conference happen" -> "when did the tirana conference happen"
    "this might be a dumb question but who spoke at berlin"             -> "who spoke at berlin"
    "sorry for the noob question where was the 2021 pledge conference"  -> "where was the 2021 pledge conference"
    "probably a silly q but who is mark rutte"                           -> "who is mark rutte"
    "i know this is obvious but who hosted rome"                         -> "who hosted rome"

The disclaimer is an apology or hedge ("sorry if this is", "this may be", "i know this is", "for the") around a word
that belittles the question ("basic", "dumb", "silly", "obvious", "noob" ...), with "question" and "but" optional.
Tried only when such a word is in the (normalised) text; what is left must still hold words, or the text is kept.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

#: Words that belittle a question: the cue for the pattern below.
_CUES = frozenset("basic dumb stupid silly obvious naive newbie noob beginner beginners simple elementary daft trivial lame".split())
_DISCLAIMER = lazy_pattern(
    r"^(?:(?:ok|okay|so|um|uh|hi|hey|sorry|sry|soz|apologies|apols|excuse me|forgive me|pardon me|and|but)\s+)*"
    r"(?P<lead>(?:(?:if|in case|cause|because|as) (?:this|it|that|my question) (?:is|s|was|sounds|seems|might be|may be|could be|might sound|may sound|will be)"
    r"|(?:i know |i realise |i realize |i m aware |i am aware )?(?:this|it|that) (?:is|s|might|may|could|will|is going to|s going to)(?: (?:be|sound|seem))?"
    r"|(?:might|may|could|will) (?:be|sound)|(?:for|about) (?:the|a|this|my|another)|probably|prob|likely|maybe|possibly)?)"
    r"(?: ?(?:probably|prob|likely|maybe|possibly|gonna be|going to be))?"
    r"(?: ?(?:a|an|such a|such an|another|one more))?(?: ?(?:really|very|super|totally|kind of|kinda|pretty|too|quite|bit of a|a bit|incredibly|extremely|most))*"
    r" ?(?:basic|dumb|stupid|silly|obvious|naive|newbie|noob|beginner|beginners|simple|elementary|daft|trivial|lame)"
    r"(?P<tail>(?: (?:question|questions|q|qs|one|ask|query))?(?: (?:but|though|however|sorry|lol|haha|here|so|and))*)(?:\s+(?=\S)|\s*$)"
)


def without_disclaimer(text: str) -> str:
    """``text`` (normalised) without a disclaimer that belittles the question before it ("" if that is all it holds)."""
    if _CUES.isdisjoint(word_set(text)):
        return text
    match = _DISCLAIMER.match(text)
    if not match or not (match["lead"] or match["tail"]):  # "basic cyber defence": no disclaimer, a word of the question
        return text
    return text[match.end() :]


def only_disclaimer(text: str) -> bool:
    """"sorry if this is obvious": a clause (normalised) that only apologises for the question after it."""
    return not without_disclaimer(text)
