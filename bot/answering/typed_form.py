"""How a message is typed around its words, undone before it is read: capitals throughout, emoji at its ends, marks
repeated.

    "WHO'S THE AUTHOR OF THE HAGUE ARTICLE"   -> "who's the author of the Hague article"
    "sources 🙏", "🔥 events 2024"             -> "sources", "events 2024"
    "when was that??", "really?!?"            -> "when was that?", "really?"
    "r there quotes u have abt china"         -> "are there quotes you have about china"

A message in capitals (caps lock, an urgent ask), or with every word capitalised (a phone's title case), would have every word look like a name, since capitals mark names
elsewhere: it is read in lower case, "I", the places the knowledge knows and its acronyms put back with capitals. An emoji at
either end is a mood, no word of a command's argument; one between words is left, it ends a clause there
(``question_text``). Marks typed twice or more end one sentence, not two ("... in madrid, when??" was read as two
questions). The chat spellings of words that ask ("u", "r", "wen", "abt") are spelt out, in lower case and
standing alone only ("U.S." stays). Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES
from .normalizing import STOPWORDS, word_set
from .small_talk import EMOJI

_EMOJI_ENDS = lazy_pattern(rf"^(?:\s*{EMOJI}[\ufe0f\u200d\U0001F3FB-\U0001F3FF]*)+\s*|(?:\s*{EMOJI}[\ufe0f\u200d\U0001F3FB-\U0001F3FF]*)+\s*$")
_ANY_EMOJI = lazy_pattern(EMOJI)
_MARKS_REPEATED = lazy_pattern(r"[?!]*\?[?!]*|!{2,}")
_WORD = lazy_pattern(r"[a-z]+")
#: Chat spellings of the words a question is put in, spelt out before anything reads them.
CHAT_SPELLINGS = {"u": "you", "r": "are", "ur": "your", "wen": "when", "wher": "where", "whr": "where",
                  "abt": "about", "ppl": "people", "cuz": "because", "bc": "because", "thru": "through", "dat": "that", "till": "until", "til": "until"}
_CHAT_SPELLING = lazy_pattern(r"(?<![\w.&'\u2019])(?:" + "|".join(CHAT_SPELLINGS) + r")(?![\w.&'\u2019])(?! s\b)")  # "the u s": the US
SHOUTED_LEAST = 2  # words a message in capitals has at least (one word in capitals is an acronym: "NICC?")


def _as_written(word: str, capitals: frozenset[str]) -> str:
    """A word of a message in capitals, put back as written: an acronym of the knowledge in capitals ("SHAPE"), "I" and
    a place's name with their capital (hedges such as "at Vilnius I think" are read by them), any other in lower case."""
    return word.upper() if word in capitals else word.capitalize() if word == "i" or word in PLACES and word not in STOPWORDS else word  # "US": "tell us"


def plain_typed(text: str, capitals: frozenset[str] = frozenset()) -> str:
    """``text`` in lower case if it is all in capitals (but ``capitals``, the knowledge's acronyms), without emoji at its
    ends (``text`` when that is all it is), each run of marks one mark."""
    if text.isupper() and len(text.split()) >= SHOUTED_LEAST or _title_cased(text):
        text = _WORD.sub(lambda m: _as_written(m[0], capitals), text.lower())
    if _ANY_EMOJI.search(text) is not None and (plain := _EMOJI_ENDS.sub("", text)).strip():
        text = plain
    if "??" in text or "?!" in text or "!?" in text or "!!" in text:
        text = _MARKS_REPEATED.sub(lambda m: "?" if "?" in m[0] else "!", text)
    if not _CHAT_CUES.isdisjoint(word_set(text)):
        text = _CHAT_SPELLING.sub(lambda m: CHAT_SPELLINGS[m[0]], text)
    return text


def _title_cased(text: str) -> bool:
    """Every word with a capital, small words too ("Who Opened The Berlin Conference"): a phone's or a headline's habit,
    no names marked."""
    if not text.lstrip()[:1].isupper():
        return False  # most messages: one test
    words = _LETTERS.findall(text)
    return len(words) >= TITLED_LEAST and all(w[0].isupper() for w in words) and not _SMALL_WORDS.isdisjoint(words)


_LETTERS = lazy_pattern(r"[^\W\d_]+")
_SMALL_WORDS = frozenset("The A An Of At In On To And Or Was Is Were Are Did Does Do Who What When Where Which How".split())
TITLED_LEAST = 4  # words: "Who Is Ollongy" is as likely a name typed with its capitals
_CHAT_CUES = frozenset(CHAT_SPELLINGS) | frozenset(f"{w}?" for w in CHAT_SPELLINGS)
