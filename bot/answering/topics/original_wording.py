"""A translated quote's original English, asked by what the line is about.

    "what was his actual english for the kinetic attacks line"   -> that quote, its original English beside the re-translation
    "his actual english words on relying on russia for energy"   -> likewise
    "the original wording of the article 5 quote?"               -> likewise
    "original english of the line about immoral defending"      -> likewise
    "russia energy line berlin - exact original wording"        -> likewise (the ask typed last; a country named is the topic)
    "the russia energy line from berlin, what were the original english words" -> likewise

Quotes the knowledge holds an original wording of are weighed first; then re-translated lines with none
("immoral line berlin original english": the line, and that no original is recorded). A line asked for that
none of them holds is left to the other routes (the words may be a verbatim quote's, whose reply is its own wording).
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import quote_messages
from ..lookup import Lookup
from ..original_asks import original_ask
from ..per_load import PerLoad, per_load
from ..places import PLACES
from ..quote_rank import scored_quotes
from .quote_replies import quote_reply

#: "his actual english for the X line", "the original wording of the X quote", "original english of the line about X".
_ASKED = lazy_pattern(
    r"\b(?:original|actual|real|exact|true)\s+(?:english|wording|words|phrasing)\s+(?:(?:for|of|in)\s+)?(?:the\s+|that\s+|his\s+|her\s+)?"
    r"(?:(?:line|quote|quotation|statement|sentence|remark|remarks|comment|passage|words)\s+(?:about|on)\s+(?P<after>.+)"
    r"|(?P<before>.+?)\s+(?:line|quote|quotation|statement|sentence|bit|part|remark|remarks|comment|passage))\b"
)
#: The ask typed after the line: "kinetic attacks quote berlin original english", "what did <line> actually say in english".
_ASKED_LAST = lazy_pattern(
    r"^(?!(?:what|who|when|where|which|how|is|are|was|were|did|does|do|can|could)\b)(?:quote |line )?(?P<before>.+?)"
    r"(?: (?:line|quote|quotation|statement|remark|comment|bit))?(?: what (?:did|does) (?:he|she|they))?(?: (?:actually|really|originally))?"
    r"(?: (?:say|said))?(?: in)?(?: what (?:was|were|is|are))?(?: (?:the|his|her))?(?:(?: (?:orig|original|own|actual|real|exact))? english"
    r"|(?: (?:exact|actual|real|true|verbatim))? (?:orig|original|exact|actual) (?:english )?(?:wording|words|phrasing|version|text))(?: (?:pls|please|thx|thanks))?$"
    r"|^what did (?P<line>.+?) (?:actually |really |originally )?(?:say|said) in (?:the )?(?:original )?english$"
)
_NOUNS = frozenset("line quote quotation statement remark comment bit the that his her".split())
WORDS_HELD = 0.6  # of the topic's words a translated quote must hold
_TRANSLATED = PerLoad("topics.original_wording.translated")


def translated_quotes(lookup: Lookup) -> list:
    """The quotes the knowledge holds an original wording of, once per load (at load: ``Engine.warm``)."""
    return per_load(_TRANSLATED, lookup, lambda lookup: [q for q in lookup.knowledge.quotes.values() if q.original])


def answer_original_wording(lookup: Lookup, question: str, today: dt.date, *, quoted: bool = False) -> Reply | None:
    """The translated quote ``question`` (normalised) asks the original English of, or None. ``quoted``: the asker quotes
    words; "'more money, more expertise' - is that the exact wording?" checks them (the claim routes), asking no original."""
    if "english" not in question and "original" not in question and ("wording" not in question or quoted):
        return None  # most questions
    question = original_ask(question)  # "stoltenberg welcome sentence in berlin, how it was in original english"
    match = _ASKED.search(question)
    if match is None and (last := _ASKED_LAST.match(question)):
        topic = " ".join(w for w in (last["before"] or last["line"]).split()  # less where and who ("china", "russia" stay: a topic)
                         if w not in _NOUNS and not (w in PLACES and PLACES[w].is_city) and w not in lookup.name_words)
    elif match is None:
        return None
    else:  # "the berlin china line", "stoltenberg s kinetic attacks": less the city, the speaker and "s" ("russian gas" stays)
        topic = " ".join(w for w in (match["after"] or match["before"]).split()
                         if w != "s" and w not in lookup.name_words and not (w in PLACES and PLACES[w].is_city))
    scored = scored_quotes(lookup, translated_quotes(lookup), topic, topics=True, least=WORDS_HELD)
    message = quote_messages.original_of
    if not scored and topic.strip():  # "immoral line berlin original english": a re-translated line with no original recorded
        scored = [(held, q) for held, q in scored_quotes(lookup, None, topic, topics=True, least=WORDS_HELD) if q.trust == "translated"]
        message = quote_messages.no_original_of
    if not scored:
        return None
    best = [q for held, q in scored if held == scored[0][0]][:3]  # "the china quote": each of the lines on it
    speaker = lookup.knowledge.people.get(best[0].speaker)
    return quote_reply(lookup, best, message(speaker.name if speaker else best[0].speaker))
