"""What "this X" in a line points back to: the speaker's line said just before it, at the same gathering.

    "stoltenberg in berlin: 'we must not repeat this mistake' - which mistake did he mean?"
        -> the mistake line, then the one before it: "We have seen the consequences of relying on Russia for our energy supplies."
    "'we must not repeat this mistake' - WHAT mistake?? context pls"  -> the same (the noun asked at the end)
    "'we must not repeat this mistake' - context?"                   -> the same (the noun of "this" in the line)
    "the headline is 'we must not repeat this mistake'. which mistake is meant?" -> the same (asked in the passive)

A line that says "this mistake", "that lesson" leans on the line before it; the knowledge keeps a speaker's lines of one
gathering in the order the source gives them. Only a question asking what the speaker meant by a noun the line puts
after "this" or "that" is read so; any other pays one set test.
"""

from __future__ import annotations

from dataclasses import replace

from ..patterns import lazy_pattern
from ..reply import Reply
from . import check_messages
from .lookup import Lookup
from .search import STOPWORDS, normalize

_CUES = frozenset("mean meant meaning refer referring refers referred talking intended".split())
_ASKS_MEANT = lazy_pattern(r"\b(?:which|what) (?P<noun>[a-z]+) (?:(?:did|does|was|is) (?:[a-z]+ ){0,2}?|(?:he|she|they) (?:did |does |was |is )?)(?:mean|meant|intended|refer|referring|referred to|talking about|talk about)\b"
                           r"|\b(?:which|what) (?P<bare>[a-z]+)(?: (?:exactly|precisely|then|context|pls|please|was that|is that))*$")  # "- what mistake?? context pls"
_BARE_CUES = frozenset("what which context".split())


def asks_what_meant(context: str, spans: tuple[str, ...]) -> bool:
    """Whether a quote's normalised context asks what the line's "this <noun>" meant: "'... this mistake' - what mistake was he
    talking about"; not "'... a few years ago' - which policy is he referring to" (a decision the words describe)."""
    if _CUES.isdisjoint(context.split()) or (asked := _ASKS_MEANT.search(context)) is None:
        return False
    noun = asked["noun"] or asked["bare"]
    pointing = {pair for span in spans for pair in _pairs(normalize(span)) if pair.startswith(("this ", "that "))}
    return bool({f"this {noun}", f"that {noun}"} & pointing or noun in _NOT_NOUNS and pointing)  # "'this mistake' - what was he referring to"


def with_line_before(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply`` with the line said before its first quote, when the question asks what "this <noun>" of that quote meant."""
    question = normalize(text)
    if not reply.items or reply.items[0].type != "quote" or _CUES.isdisjoint(words := question.split()) and _BARE_CUES.isdisjoint(words[-6:]) and "context" not in words[:3]:
        return reply
    quote = lookup.knowledge.quotes[reply.items[0].id]
    pointing = []  # the line's "this <word>"s in its own order: the first noun's is what a bare "context?" asks of
    noun = None if "context" in words[-3:] or "context" in words[:3] else (asked["noun"] or asked["bare"]) if (asked := _ASKS_MEANT.search(question)) else ""
    if noun is None or noun in _NOT_NOUNS:  # "'... this mistake' - context?", "- what was he referring to": what its "this mistake" points back to
        line, open_ask = normalize(quote.text).split(), noun is not None
        pointing = [b for a, b in zip(line, line[1:]) if a in ("this", "that")]
        noun = next((b for b in pointing if b not in STOPWORDS and b not in _NOT_NOUNS), None)  # not "this is", "this means"
        if open_ask and noun is None:
            return reply  # "what was he talking about" of a line with no "this <noun>": the line is the answer
    noun = noun or None
    if not pointing and (noun is None or not {f"this {noun}", f"that {noun}"} & _pairs(normalize(quote.text))):
        return reply
    said = [q for q in lookup.quotes_of(lookup.knowledge.people[quote.speaker]) if q.event == quote.event]
    before = next((said[n - 1] for n, q in enumerate(said) if q is quote and n > 0), None)
    if before is None:
        return reply
    from .topics.quote_replies import quote_reply  # here: the topics import the answering steps

    told = quote_reply(lookup, [quote, before], f"“{noun.capitalize()}” points back to the line before it: “{before.text}”" if noun
                       else f"{check_messages.said_it(lookup.knowledge.people[quote.speaker].name)}; the line before it: “{before.text}”")  # "this means ...": what it follows
    return replace(told, items=(*told.items, *(i for i in reply.items if i not in told.items)))


_NOT_NOUNS = frozenset("is was are were will would means meant has had does did can could must should".split())


def _pairs(text: str) -> set[str]:
    words = text.split()
    return {f"{a} {b}" for a, b in zip(words, words[1:])}
