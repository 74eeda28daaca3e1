"""Whether someone asked for something, then how they put it: the words asked for, about that thing.

    "did stoltenberg ask for more money in rome? what did he say exactly" -> "what did stoltenberg say about more money in rome, exact words"
    "rutte called for investment? his exact words?"                      -> "what did rutte say about investment, exact words"

Answered clause by clause, the first reads as a check of the call and the record of it leads; the second, the one
that decides what to show, asks for the words. Pure, on the text as typed; only a message holding "for" and a
second clause that asks for the words is read.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_ASKED_FOR = lazy_pattern(
    r"^\s*(?:did |has |have )?(?:the )?(?P<who>[\w.'’-]+(?: [\w.'’-]+)?) (?:ask|asked|call|called|push|pushed|press|pressed|plead|pleaded|argue|argued) for"
    r" (?P<what>[^?]+?)\s*\?+\s*(?:and |so )?(?:what did (?:he|she|they) (?:say|said)|how did (?:he|she|they) put it|what were (?:his|her|their)(?: exact)? words"
    r"|(?:his |her |their |the )?exact words|(?:his |her |their |the )?wording)(?: exactly| precisely| word for word)?\s*[?!.]*\s*$", re.IGNORECASE)


def words_of_call(text: str) -> str:
    """``text`` asking whether someone called for a thing and then for their words, as the question for their words; else ``text``."""
    if " for " not in text.lower() or (asked := _ASKED_FOR.match(text)) is None:
        return text
    return f"what did {asked['who']} say about {asked['what']}, exact words"
