"""Quoted words no quote holds, found in an entry's own text: a line of an op-ed was written, not said.

    "can i post 'what was once a nuisance has now become a strategic challenge' as something stoltenberg said in a speech?"
        -> the 2016 op-ed: "Jens Stoltenberg wrote these words in an op-ed (29 July 2016), not in a speech"

Only a span of at least ``LEAST_WORDS`` words held word for word counts. A
publication whose author the knowledge records answers with what it is; any
other entry's text is the knowledge's own account, so the reply is a miss that
names where the words appear. The entries' texts are normalised once per load.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate
from typing import NamedTuple

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import ItemRef, Reply
from .. import quote_messages
from ..lookup import Lookup
from ..per_load import PerLoad, per_load
from ..search import normalize, normalize_all
from .events import event_reply
from .initiatives import initiative_reply
from .pledges import pledge_reply

LEAST_WORDS = 4
_TEXTS = PerLoad("topics.written_words.texts")


def answer_written(lookup: Lookup, spans: tuple[str, ...], *, where_asked: bool = False, decision_asked: bool = False) -> Reply | None:
    """The entry whose own text holds one of the quoted ``spans`` word for word, or None. ``where_asked`` (at which
    summit, where): the entry is the answer (with ``decision_asked``, "which summit decision", a gathering's decision first);
    otherwise the words are nobody's recorded ones, and the reply says so."""
    phrases = [f" {p} " for p in map(normalize, spans) if len(p.split()) >= LEAST_WORDS]
    if not phrases:
        return _fragments_written(lookup, spans)
    items, quoted, whole = per_load(_TEXTS, lookup, _texts)
    if (item := _first_holding(items, quoted, phrases)) is not None:
        author = lookup.knowledge.people.get(item.speakers[0]) if isinstance(item, Event) and item.speakers else None
        if author is not None and item.kind == "publication":  # a line the entry quotes from the work itself
            return _work_reply(lookup, item, quote_messages.written_by(author.name, item.name, str(item.when)))
    if (item := _first_holding(items, whole, phrases)) is None:
        return None
    if isinstance(item, Event):
        reply = event_reply(lookup, item)
    else:
        reply = pledge_reply(lookup, item) if hasattr(item, "commitments") else initiative_reply(lookup, item)
    if where_asked:  # "my prof says nato 'recognised cyberspace as a domain' at some summit, which one": that one
        decided = [p for p in lookup.knowledge.pledges.values() if p.event == item.id] if decision_asked else []
        if decided:  # "... 'a few years ago'. which summit decision is he referring to?": the decision made there, then the summit
            return replace(pledge_reply(lookup, decided[0]), title=f"{decided[0].name}, agreed at {quote_messages.in_account(item.name)}")
        return replace(reply, title=quote_messages.in_account(item.name))
    return replace(reply, kind="not_found", title=quote_messages.only_in_account(item.name))


def _fragments_written(lookup: Lookup, spans: tuple[str, ...]) -> Reply | None:
    """"who wrote that cyber-attacks went from 'a nuisance' to 'a strategic challenge'": short fragments, together at
    least ``LEAST_WORDS`` words, all in one line a publication's entry quotes from the work: its author wrote them."""
    fragments = [f" {p} " for p in map(normalize, spans) if p]
    if len(fragments) < 2 or sum(len(f.split()) for f in fragments) < LEAST_WORDS:
        return None
    items, quoted, _ = per_load(_TEXTS, lookup, _texts)
    longest = max(fragments, key=len)
    at = quoted.text.find(longest)
    while at >= 0:
        number = bisect_right(quoted.starts, at) - 1
        end = quoted.starts[number + 1] if number + 1 < len(quoted.starts) else len(quoted.text)
        line = next((q for q in quoted.text[quoted.starts[number]:end].split("|") if longest.strip() in q), "")
        if all(f in f" {line.strip()} " for f in fragments):
            return answer_written(lookup, (line.strip(),))  # the whole line the fragments come from, answered as quoted whole
        at = quoted.text.find(longest, end)
    return None


def build_texts(lookup: Lookup) -> None:
    """Build at load what ``answer_written`` reads (0.1 s at 10,000 events), not on a question's time."""
    per_load(_TEXTS, lookup, _texts)


def answer_work_named(lookup: Lookup, spans: tuple[str, ...], asked: str = "") -> Reply | None:
    """"who wrote 'Time to raise our game'": the publication a quoted title names, by its author; None for anything else.
    ``asked``: the person the question puts as its author ("when did rutte publish '...'"), corrected when it is not."""
    for span in spans:
        item = lookup.best(span, ("event",), min_coverage=0.75)
        phrase = f" {normalize(span)} "
        if (item is not None and item.kind == "publication" and item.speakers and item.speakers[0] in lookup.knowledge.people
                and any(phrase in f" {normalize(name)} " for name in (item.name, *item.aliases))):
            author = lookup.knowledge.people[item.speakers[0]].name
            return _work_reply(lookup, item, quote_messages.wrote_work(author, item.name, str(item.when), asked))
    return None


#: "who wrote time to raise our game", "who wrote the raise our game op ed thing": a work named by its title, unquoted.
_WHO_WROTE = lazy_pattern(r"^who (?:wrote|writes|penned|authored|published) (?:the )?(?P<title>(?:\S+ ){1,9}?\S+?)(?: op ed| article| piece| essay| thing| one| text)*$")


def answer_work_asked(lookup: Lookup, question: str) -> Reply | None:
    """"who wrote time to raise our game" (normalised, no quotation marks): as ``answer_work_named`` for the title asked."""
    if not question.startswith("who ") or (asked := _WHO_WROTE.match(question)) is None:
        return None
    return answer_work_named(lookup, (asked["title"],))


def _work_reply(lookup: Lookup, work: Event, title: str) -> Reply:
    """A written work's card under ``title``, naming the article it was published as ("cite the op-ed itself")."""
    reply = event_reply(lookup, work)
    printed = [ItemRef("source", s) for s in work.sources if (source := lookup.knowledge.sources.get(s)) is not None and source.seed]
    return replace(reply, title=title, items=(*reply.items, *(r for r in printed if r not in reply.items)))


def _texts(lookup: Lookup) -> tuple[tuple[object, ...], _Joined, _Joined]:
    """(entries, the words their texts quote in double quotation marks, their whole texts), normalised and padded."""
    knowledge = lookup.knowledge
    items = (*knowledge.events.values(), *knowledge.pledges.values(), *knowledge.initiatives.values())
    texts = [" ".join(filter(None, (item.summary, getattr(item, "notes", None)))) for item in items]
    quoted = [" {} ".format(" | ".join(normalize(q) for q in _QUOTED.findall(text))) for text in texts]
    whole = [f" {text} " for text in normalize_all(texts)]  # in a few passes over all of them, not one call each
    return items, _Joined.of(quoted), _Joined.of(whole)


class _Joined(NamedTuple):
    """Every entry's text in one string, so a phrase is looked for once in C rather than in each text (10,000 events)."""

    text: str
    starts: tuple[int, ...]  # where each entry's text starts

    @classmethod
    def of(cls, texts: list[str]) -> _Joined:
        return cls("\0".join(texts), tuple(accumulate((len(t) + 1 for t in texts[:-1]), initial=0)))

    def first_holding(self, phrases: list[str]) -> int | None:
        """The number of the first text holding any of ``phrases``, or None."""
        found = [at for at in map(self.text.find, phrases) if at >= 0]
        return bisect_right(self.starts, min(found)) - 1 if found else None


def _first_holding(items: tuple, texts: _Joined, phrases: list[str]):
    number = texts.first_holding(phrases)
    return None if number is None else items[number]


_QUOTED = lazy_pattern(r'["“]([^"”]+)["”]')
