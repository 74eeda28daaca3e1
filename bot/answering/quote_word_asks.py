"""A follow-up asking about a word of the quote just given, answered by that quote in full: who said it, where, when.

    after “We must not repeat this mistake of relying on China …”
    "what mistake exactly, in 1 line"           -> "who said “we must not repeat this mistake of relying on china”"
    "which mistake was he talking about?"       -> the same
    "what did he mean by mistake?"              -> the same
    "what mistake? which one did he mean"       -> the same (the ask restated after it)
    "what year?" (no such word in the quote)    -> None: asked as it is
and, with the words quoted in the question itself (``word_of_quoted``):
    "'we must not repeat this mistake' - which mistake he is talking about?" -> "who said “we must not repeat this mistake”"

The word must be one of the quote's own, so the question is about what the speaker said, never a search for the word
among every quote. Pure: reads the last answer's subject only.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .question_text import strip_chatter
from .quoted import quoted_spans, without_quoted
from .search import normalize

_WORD_ASKED = lazy_pattern(
    r"^(?:and |so |ok |okay |but |sorry )?(?:what|which) (?P<word>[a-z]+)(?: (?:exactly|precisely|specifically|then|again))?"
    r"(?: (?:(?:was|is|did|does) (?:he|she|they|it|that|this)|(?:he|she|they|it) (?:was|is|did|does)) (?:talking about|referring to|refer to|mean|meaning|on about|getting at|talk about)"
    r"| (?:he|she|they) (?:means|meant|refers to|referred to))?(?: (?:something|anything) (?:with|about|to do with|on) [a-z]+)?$"
    r"|^(?:and |so |ok )?what (?:did|does) (?:he|she|they|it) mean by (?:the |that |this |a )?(?P<meant>[a-z]+)$")
#: "what mistake? which one did he mean", "which mistake? what did he mean": the ask, then the same ask restated.
_RESTATED = lazy_pattern(r"^(?P<ask>(?:and |so |ok |okay |but )?(?:what|which) [a-z]+(?: exactly)?) (?:(?:which|what) (?:one |[a-z]+ )?(?:did |does |was |is )?"
                         r"(?:he|she|they) (?:mean|meant|means|talking about|talked about|referring to|referred to|refer to)"
                         r"|what (?:did|does) (?:he|she|they) mean(?: by (?:it|that|this))?)$")
#: Words a follow-up asks about the quote as a whole, not about something it says.
_ABOUT_THE_QUOTE = frozenset("quote line words year day date event conference speech source article one else time place".split())
_QUOTED_WORDS = 8


def word_of_quoted(text: str) -> str:
    """"'we must not repeat this mistake' - which mistake is he talking about?" -> "who said “we must not repeat this mistake”":
    a word of the words quoted asked about, answered by the quote holding them (``line_context`` adds the line it points
    back to); other text as it is."""
    if not (spans := quoted_spans(text)) or len(spans) > 1:
        return text
    if "what" not in (asked := normalize(without_quoted(text))) and "which" not in asked:
        return text  # "did X really say '...'": no word asked about (chatter stripped leaves part of the text)
    match = _WORD_ASKED.match(strip_chatter(asked))
    words = normalize(spans[0]).split()
    word = (match["word"] or match["meant"]) if match else None
    if word is None or word in _ABOUT_THE_QUOTE or (word not in words and word.removesuffix("s") not in words):
        return text
    return f"who said “{' '.join(words)}”"


def word_of_quote(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """The quote ``subject`` asked for by its words when ``text`` asks what one of its words meant, else None."""
    if subject.type != "quote" or ("what" not in (asked := normalize(text)) and "which" not in asked) or (quote := lookup.item(subject)) is None:
        return None  # both patterns ask "what" or "which", and chatter stripped only leaves part of the text
    asked = strip_chatter(asked)
    asked = restated["ask"] if (restated := _RESTATED.match(asked)) else asked  # "what mistake? which one did he mean"
    match = _WORD_ASKED.match(asked)
    word = (match["word"] or match["meant"]) if match else None
    words = normalize(quote.text).split()
    if word is None or word in _ABOUT_THE_QUOTE or (word not in words and word.removesuffix("s") not in words):
        return None
    return f"“{' '.join(words[:_QUOTED_WORDS])}” - which {word} did they mean?"  # ``line_context``: a "this <word>" points back
