"""Events named by what their own entry says became of them: "the pledge conf that got covid-postponed", "the
conference which was held virtually", "the postponed pledge conference" -> the one event whose summary, notes or
venue hold those words.

Only a clause after "that" or "which" that follows an event word and opens with a participle ("the ... conference
that got postponed"), or what befell an event said before its words ("the postponed ..."), and only when exactly one
event of that kind holds every telling word of it (a word's first letters: "postponed" holds "postponement"); places
and years are the routes' constraints, not telling words. Anything else is left to the other steps and routes (None), never said to be missing: the
words may be the asker's own ("the conference that everyone talks about"). Pure; the words of every event are
indexed once per load.
"""

from __future__ import annotations

from .description_words import EVENT_HEADS, EVENT_MODIFIERS, Found, Word, head_start
from .lookup import Lookup
from .per_load import PerLoad, per_load
from .places import PLACES
from .search import STOPWORDS, normalize, normalize_all

_RELATIVE = frozenset(("that", "which"))
_AUXILIARY = frozenset("was were got had has have is are did".split())
#: Words that end the clause: the question it leads into ("..., when did it finally happen").
_CLAUSE_ENDS = frozenset("when where who whom what which how why did does do was were is are finally eventually actually really then".split())
#: Words every event's text could hold: they tell no event from another.
_UNTELLING = frozenset("held hold took take place happened happen hosted host organised organized got get went go be been one event".split())
#: What became of an event, said before its words: "the postponed pledge conference".
_BEFALLEN = frozenset("postponed delayed cancelled canceled rescheduled interrupted shortened extended relocated moved".split())
_IRREGULAR = frozenset("held run made put set cut shut".split())
_CLAUSE_WORDS = 5
STEM = 6  # letters a word is known by: "postponed" and "postponement", "virtual" and "virtually"
_WORDS = PerLoad("described_by_text.words")


def happened_to(lookup: Lookup, words: list[Word]) -> Found | None:
    """"the pledge conf that got covid-postponed", "the postponed pledge conference" -> the one event whose own text
    says so; else None."""
    for n, word in enumerate(words):
        if word.text in EVENT_HEADS and (said_before := _participle_before(lookup, words, n)) is not None:
            return said_before
        if word.text not in _RELATIVE or n == 0 or words[n - 1].text not in EVENT_HEADS or (first := head_start(words, n)) is None:
            continue
        at = n + 1 + (n + 1 < len(words) and words[n + 1].text in _AUXILIARY)
        if not any(_participle(w.text) for w in words[at:at + 2]):
            continue  # "the pledge conference. which were the first two": another question, not what became of it
        end = at
        while end < len(words) and end - at < _CLAUSE_WORDS and words[end].text not in _CLAUSE_ENDS:
            end += 1
        telling = [w.text for w in words[at:end] if w.text not in STOPWORDS and w.text not in _UNTELLING and not w.text.isdigit()
                   and w.text not in PLACES]  # a place or a year is a constraint the routes check, not what became of it
        if telling and len(events := _holding(lookup, telling, {w.text for w in words[first:n]})) == 1:
            return Found(first, end, events, f"event that {' '.join(telling)}")
    return None


def _participle_before(lookup: Lookup, words: list[Word], head: int) -> Found | None:
    """"the postponed pledge conference": a participle between "the" and the event words before ``head``."""
    n = head - 1
    while n >= 0 and words[n].text in EVENT_MODIFIERS:
        n -= 1
    participle = words[n].text if n >= 1 else ""
    if participle not in _BEFALLEN or words[n - 1].text != "the":
        return None  # "the integrated cyber thing": a word of a name, not what became of it
    events = _holding(lookup, [participle], {w.text for w in words[n + 1:head + 1]})
    return Found(n - 1, head + 1, events, f"{participle} event") if len(events) == 1 else None


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR


def _holding(lookup: Lookup, telling: list[str], head: set[str]) -> tuple:
    index = event_words(lookup)
    ids = set.intersection(*(set(index.get(w[:STEM], ())) for w in telling))
    events = [lookup.knowledge.events[i] for i in sorted(ids)]
    if kinds := head & {"conference", "summit", "exercise", "meeting"}:  # "the conference that ...": not a summit
        events = [e for e in events if e.kind in kinds]
    if "pledge" in head:
        events = [e for e in events if "pledge" in normalize(e.series or e.name)]
    return tuple(events)


def event_words(lookup: Lookup) -> dict[str, tuple[str, ...]]:
    """Each word's first letters -> the events whose summary, notes or venue hold it; once per load (``Engine.warm``)."""
    def build(lookup: Lookup) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        events = lookup.knowledge.events.values()
        texts = normalize_all([f"{event.summary or ''} {event.notes or ''} {event.venue or ''}" for event in events])
        for event, text in zip(events, texts):
            for stem in {w[:STEM] for w in text.split()}:
                found.setdefault(stem, []).append(event.id)
        return {stem: tuple(ids) for stem, ids in found.items()}

    return per_load(_WORDS, lookup, build)
