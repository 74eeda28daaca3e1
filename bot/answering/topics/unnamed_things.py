""""What is <a name the knowledge lacks>?": an honest miss, never another entry that shares a word of the name.

    "what is Cyber Shield?"                  -> I have no entry for “Cyber Shield”. (not the cyber rapid reaction teams)
    "tell me about Operation Blue Harbour"   -> I have no entry for “Operation Blue Harbour”.
    "what's the Tallinn Protocol"            -> I have no entry for “Tallinn Protocol”. (not the Tallinn conference)
    "what is the cyber defence pledge, short version" -> None: the routes answer it (no word is lacking)

Asked what something is (or named bare: "Cyber Shield?", via ``about``), the words the knowledge lacks (``unnamed``) count in
the coverage of the search; when no entry is then named by at least half the question's weight, the reply is a
miss, with the entries that share its other words as labelled suggestions. A question of known or ordinary words
pays a pattern match and a set test per word.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import unnamed_messages as say
from ..lookup import Lookup
from ..quoted import quoted_spans
from ..search import STOPWORDS, normalize
from ..unnamed import acronym_asked, lacking_words, mentioned_only
from .general import follow_up, not_found

_WHAT_IS = lazy_pattern(r"(?:what|whats) (?:is|s|are|was|were) (?P<rest>(?!(?:actually |really |concretely |specifically |exactly )?(?:agreed|decided|pledged|promised"
                        r"|committed|announced|said|signed|adopted|approved|launched|established|discussed|set up|created|done)\b).+)|(?:tell (?:me|us) )?(?:more )?about (?P<about>.+)"
                        r"|(?:i (?:want|d like|would like) to know|(?:what )?do you know|anything|info|information|more|tell me)(?: more| anything)? "
                        r"(?:about|on) (?P<on>.+)|(?:is|are|was|were) (?P<thing>.+?) (?:a|an|some) (?:real |actual |nato |official )*"
                        r"(?:programme|program|project|initiative|operation|exercise|treaty|agreement|document|policy|body|agency|unit|centre|center)")
NAMED_OUTRIGHT = 0.75  # coverage of a match in an item's names (a match only in its text is at most 0.5)
#: Words of a text no route took that can be a bare name ("cyber shield?"), not a sentence.
BARE_WORDS = 4
_QUOTED_NAME_WORDS = 5  # a longer span in quotation marks is words said, not a name
_DETERMINERS = frozenset("the a an this that nato s".split())
_THINGS = ("pledge", "initiative", "event", "person")
_WORD = lazy_pattern(r"[^\W_][\w'’.-]*")
_COVERED = lazy_pattern(r"\b(?:main|key) (?:topics|themes|issues)\b|\bon the (?:table|agenda)\b")


def answer_unnamed(lookup: Lookup, typed: str, understood, today: dt.date) -> Reply | None:
    """The miss for a name the knowledge lacks, asked what it is (its capitals as typed); None for any other question.
    A name asked bare ("cyber shield?") is checked where no route took it (``about.about_anything``)."""
    mentions = understood.mentions
    if not (match := _WHAT_IS.fullmatch(understood.text)) or _COVERED.search(understood.text):
        return None  # "what were the main topics at X": what X covered
    if (name := _quoted_name(next(m for m in match.groups() if m), typed)) and (missed := unnamed_reply(lookup, name, typed, _THINGS)):
        return missed  # "what is the 'allied cyber reserve' that stoltenberg proposed in 2016": the name, not the op-ed it is put in
    if mentions.date or mentions.year or mentions.month:
        return None  # "what's notable about 8 july 2016": the routes check a day
    return unnamed_reply(lookup, next(m for m in match.groups() if m), typed, _THINGS)


def _quoted_name(asked: str, typed: str) -> str | None:
    """The name in quotation marks that ``asked`` (normalised) opens with ("the 'allied cyber reserve' that ..."); else None."""
    if not (spans := quoted_spans(typed)) or len(spans[0].split()) > _QUOTED_NAME_WORDS:
        return None
    words = asked.split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    name = normalize(spans[0])
    return name if name and " ".join(words).startswith(name) else None


def unnamed_reply(lookup: Lookup, asked: str, typed: str, types: tuple[str, ...], *, mentioned: bool = True) -> Reply | None:
    """The miss when ``asked`` (normalised; ``typed`` as typed, or "") names something the knowledge lacks (or, with
    ``mentioned``, only mentions), and no entry of ``types`` is named by half its weight; else None."""
    lacking = lacking_words(lookup, asked, typed)
    if not lacking:
        return only_mentioned(lookup, asked, typed, types) if mentioned else None
    if lookup.hits(asked, types, limit=1, lacking=len(lacking)):
        return None
    near = lookup.hits(asked, _THINGS, limit=3, min_coverage=0.15)
    suggestions = tuple(follow_up(lookup, h.ref, lookup.item(h.ref)) for h in near)
    return not_found(say.no_entry_for(_as_typed(asked, typed)), say.not_the_same([_as_typed(w, typed) for w in lacking]) if near else say.NO_NEIGHBOURS,
                     suggestions)


def only_mentioned(lookup: Lookup, asked: str, typed: str, types: tuple[str, ...]) -> Reply | None:
    """"what is CCDCOE": a name only the texts of other entries mention, when no entry is named outright."""
    mentioned = mentioned_only(lookup, asked, typed)
    if not mentioned or lookup.hits(asked, types, limit=1, min_coverage=NAMED_OUTRIGHT):
        return None
    near = lookup.hits(" ".join(mentioned), _THINGS, limit=3, min_coverage=0.5)
    if not near:
        return None
    suggestions = tuple(follow_up(lookup, h.ref, lookup.item(h.ref)) for h in near)
    capitals = acronym_asked(lookup, typed)  # "what is shape": SHAPE, as the knowledge writes it
    shown = [w.upper() if w in capitals else _as_typed(w, typed) for w in mentioned]
    return not_found(say.no_entry_for(shown[0] if capitals else _as_typed(asked, typed)), say.only_mentioned(shown), suggestions)


def _as_typed(asked: str, typed: str) -> str:
    """The words of ``typed`` that ``asked`` (normalised) stands for, with their capitals: "Cyber Shield"."""
    target = asked.split()
    while len(target) > 1 and (target[0] in _DETERMINERS or target[0] in STOPWORDS):
        target = target[1:]
    while len(target) > 1 and target[-1] in STOPWORDS:  # "cyber shield about", "cyber shield to me"
        target = target[:-1]
    wanted = " ".join(target)
    typed_words = [w.strip(".'’-") for w in _WORD.findall(typed)]
    norms = [normalize(w) for w in typed_words]
    for start in range(len(typed_words)):
        joined = ""
        for end in range(start, len(typed_words)):
            joined = f"{joined} {norms[end]}".strip()
            if joined == wanted:
                return " ".join(typed_words[start : end + 1])
            if len(joined) >= len(wanted):
                break
    return wanted
