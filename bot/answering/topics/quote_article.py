"""The article a quoted line comes from, asked for by the article's title, headline, name or link.

    "I need the exact title of the article in which Rutte says 'No one stands alone in NATO'"
        -> “NATO: Cyber Defence Conference” (Europe Diplomatic), its details, then the line
    "which article is 'we must not repeat this mistake' from?"            -> the oicanadian article
    "headline of the piece where Ollongren says 'it is imperative that we stand together'?" -> the Diplomatic Affairs article
    "url of the article with the quote 'cyber is a constantly contested space'"              -> the rmndigital article

Only words in quotation marks that a quote holds word for word, and only when the rest of the message asks for an
article: "which article says '...'" stays ``sources_saying``'s (tried before). A speaker named who did not say the words
is corrected first ("Mark Rutte said it, not Jens Stoltenberg: ..."). Costs a question without quotation marks nothing
(``quoted_question`` is None).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..quote_messages import said_it_not
from ..phrasing import item_refs, quote_block
from ..quote_match import holding
from ..quoted import quoted_question
from .general import source_reply

_PIECE = r"(?:article|piece|report|story|op ed|source|publication)"
#: The rest of the message asks for the article itself: its title, headline, name or link, or which one it is.
_ARTICLE_ASKED = lazy_pattern(
    r"\b(?:title|headline|name|url|link|citation) (?:of|for) (?:the|that|this|an|a|which) " + _PIECE + r"\b"
    r"|\b(?:which|what) (?:article|piece|report|story|publication|outlet|website|site)\b"
    r"|\b" + _PIECE + r" (?:in which|where|that quotes|which quotes|with the (?:quote|line|words))\b")


def answer_quote_article(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The card of the article holding the line ``text`` quotes, when ``text`` asks for that article; else None."""
    quoted = quoted_question(text)
    if quoted is None or not _ARTICLE_ASKED.search(quoted.context):
        return None
    found = holding(lookup, quoted.spans, quoted.context)
    if not found or not found[0].verbatim:
        return None  # words no quote holds as typed: the quote checks say so
    quote = found[0].quote
    if (source := lookup.knowledge.sources.get(quote.source)) is None:
        return None
    person = lookup.knowledge.people.get(quote.speaker)
    speaker = person.name if person else quote.speaker
    named = lookup.named(quoted.context, on=today).people
    wrong = next((p.name for p in named if p.id != quote.speaker), None) if quote.speaker not in {p.id for p in named} else None
    outlet = f" ({source.publisher})" if source.publisher else ""
    title = f"“{source.title}”{outlet}: the article quoting {speaker}"
    card = source_reply(source)
    return replace(card, title=f"{said_it_not(speaker, wrong)}: {title}" if wrong else title,  # "... in which stoltenberg says 'no one stands alone'"
                   blocks=(*card.blocks, quote_block(lookup.knowledge, quote)), items=(*card.items, *item_refs([quote])))
