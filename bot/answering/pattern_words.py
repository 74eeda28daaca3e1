"""The words the answering steps' own patterns look for, as the spellings a slip of the keyboard is read back to.

The typo index knows the knowledge's words and everyday English; the steps also react to words of their own ("tenure",
"agenda", "webcast", "hacked", "citations") that neither holds. A question that types one with two letters swapped
("teunre", "aegnda") reaches no step, so those words are read back from the patterns' sources:

    "when did stoltenberg's teunre end"    -> "when did stoltenberg's tenure end"   (``spelling.transposed``)
    "what was on the berlin aegnda"        -> "what was on the berlin agenda"

Only whole words of a pattern count: a literal standing alone between its alternation bars, brackets or spaces, with its
last letter also dropped where the pattern makes it optional ("summits?"); never a stem a group goes on from ("clos(?:ing|ed)").
"""

from __future__ import annotations

import functools

from .. import patterns
from ..patterns import lazy_pattern

WORD_LEAST = 5  # letters: a shorter literal is more often part of a longer word than a word of its own
_ESCAPE = lazy_pattern(r"\\[a-zA-Z]")  # "\b", "\s", "\u2013": never letters of a word
#: A literal standing alone: after the start, a space, a bar, a bracket or a colon; before a space, a bar, a closing
#: bracket, "?" or the end.
_WHOLE_WORD = lazy_pattern(r"[ |(:^'\n]([a-z]{%d,})(?=[ |)?$'\n])" % WORD_LEAST)
_OPTIONAL_END = lazy_pattern(r"[ |(:^'\n]([a-z]{%d,})[a-z]\?" % WORD_LEAST)  # "summits?": "summit"


@functools.cache
def pattern_words() -> frozenset[str]:
    """Every whole word of ``WORD_LEAST`` letters or more in the patterns made so far (the answering modules imported)."""
    return words_of_patterns(source for source, _flags in patterns.made() if isinstance(source, str))


def words_of_patterns(sources) -> frozenset[str]:
    """The whole words of the patterns' ``sources``: "(?:panels?|sessions?)\\b" -> panels, panel, sessions, session."""
    plain = _ESCAPE.sub("  ", "\n{}\n".format("\n".join(sources)))
    return frozenset(_WHOLE_WORD.findall(plain)) | frozenset(_OPTIONAL_END.findall(plain))
