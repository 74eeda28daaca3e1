"""Which quote a line pasted in other words is: the same words in the same order, a few swapped for synonyms.

People quote from memory: most of a line's words, in its order, with a word or two
swapped ("allies need more cash, more know-how and better cooperation" for "... more
money, more expertise, and enhanced cooperation"), or one word wrong ("as harmful as
nuclear attacks" for "as damaging and as dangerous as kinetic attacks"). Word order
is what tells such a paraphrase from a made-up line that shares a few words:

    "cyber attacks can be as harmful as nuclear attacks" -> 7 of its 9 words, in order, in Stoltenberg's line
    "cyber is the new frontline"                         -> no quote (too few words held in order)

A line the knowledge keeps as two quotes of one speech ("No one stands alone in NATO" /
"we all stand together in this digital age ...") is matched against both together.
Only one speaker's line may win, and callers show it as the closest words, never as
said word for word.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import permutations

from ..knowledge.model import Quote
from ..patterns import lazy_pattern
from .lookup import Lookup
from .quote_match import british
from .search import STOPWORDS, normalize

#: Share of the typed words, between the first and the last held, that the quote holds in the same order.
TYPED_SHARE = 0.7
#: Share of the quote's words, between the first and the last held, that the typed words hold.
QUOTE_SHARE = 0.5
#: Words held in order at least, and of them different words that say something (not stopwords nor the setting's).
HELD_LEAST = 5
MEANING_LEAST = 2
CANDIDATES = 8
WEIGHED = 12  # lines weighed word by word at most, those sharing the most meaning words
SHOWN = 3  # lines of one speaker holding the words as well as each other

#: Words people swap for a line's own (each group to one stand-in): "cash" for "money", "era" for "age".
_SYNONYM_GROUPS = (
    "money cash funds funding finance financing budget budgets",
    "expertise knowhow skills skill competence competences",
    "enhanced better improved greater stronger closer deeper",
    "damaging harmful destructive devastating",
    "age era times epoch",
    "nations countries states",
    "together united",
    "attacks strikes assaults",
    "threats dangers menaces",
    "should must ought",
    "battlefield battleground",
    "domain sphere",
)
_STAND_IN = {word: group.split()[0] for group in _SYNONYM_GROUPS for word in group.split()}
#: Phrases written as two words that one of the line's words says: "know-how", "know how".
#: The endings whose American spelling a British line has otherwise ("defense", "organized"): other words kept as typed.
_AMERICAN_ENDING = lazy_pattern(r"(?:ense|iz(?:e|ed|es|ing|ation|ations))$")
#: Words that name the setting (a conference, the alliance), not what a line says: "the nato cyber defence conference".
_SETTING = frozenset("cyber nato defence defense conference conferences summit pledge annual alliance security".split())
#: Endings cut from a word before comparing, longest first, and the stem's letters kept at least and at most.
_ENDINGS = ("ings", "ing", "ers", "es", "ed", "er", "s", "d")
STEM_LEAST, STEM_LONGEST = 4, 6
_PHRASES = ((lazy_pattern(r"\bknow how\b"), "knowhow"), (lazy_pattern(r"\bcyber space\b"), "cyberspace"))


@lru_cache(maxsize=4096)  # remembered: a question weighs the same quotes' words as the last one did
def line_words(text: str) -> tuple[str, ...]:
    """The words of a line as compared: normalised, British spelling, each synonym as its group's stand-in,
    each word cut to its stem (``stem``).

    >>> line_words("More cash, better know-how")
    ('more', 'money', 'enhanc', 'expert')
    """
    flat = normalize(text)
    for pattern, word in _PHRASES:
        flat = pattern.sub(word, flat)
    return tuple(_key(w) for w in flat.split())


@lru_cache(maxsize=16384)
def _key(word: str) -> str:
    """A word as compared: British spelling, its synonym group's stand-in, its stem."""
    return stem(_STAND_IN.get(word := british(word) if _AMERICAN_ENDING.search(word) else word, word))


def stem(word: str) -> str:
    """The part two forms of a word share: "attacks", "attacking" -> "attack"; "brings", "bringing" -> "bring"."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_LEAST:
            word = word[: -len(ending)]
            break
    return word[:STEM_LONGEST]


#: The stems of the words that say nothing of what a line is about.
_UNSAID = frozenset(stem(w) for w in STOPWORDS | _SETTING)


def held_in_order(typed: Sequence[str], said: Sequence[str]) -> list[tuple[int, int]]:
    """The longest run of ``typed`` words that ``said`` holds in the same order, as (typed index, said index) pairs.
    Only the words both hold are weighed, so a long quote costs little."""
    both = set(typed) & set(said)
    ts = [(n, w) for n, w in enumerate(typed) if w in both]
    ss = [(n, w) for n, w in enumerate(said) if w in both]
    rows = [[0] * (len(ss) + 1) for _ in range(len(ts) + 1)]
    for i in range(len(ts) - 1, -1, -1):
        for j in range(len(ss) - 1, -1, -1):
            rows[i][j] = rows[i + 1][j + 1] + 1 if ts[i][1] == ss[j][1] else max(rows[i + 1][j], rows[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < len(ts) and j < len(ss):
        if ts[i][1] == ss[j][1]:
            pairs.append((ts[i][0], ss[j][0]))
            i, j = i + 1, j + 1
        elif rows[i + 1][j] >= rows[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def holds_paraphrase(typed: Sequence[str], said: Sequence[str]) -> int:
    """The different words that say something of ``typed`` that ``said`` holds in order, when it holds the line in
    other words, else 0 (so a pair of quotes outranks one of them only when the other adds a meaning word)."""
    shared = set(typed) & set(said)
    if len(shared - _UNSAID) < MEANING_LEAST or sum(w in shared for w in typed) < HELD_LEAST:
        return 0  # too few words in common, in any order
    pairs = held_in_order(typed, said)
    if len(pairs) < HELD_LEAST:
        return 0
    typed_span = pairs[-1][0] - pairs[0][0] + 1
    said_span = pairs[-1][1] - pairs[0][1] + 1
    meaning = len({typed[i] for i, _ in pairs} - _UNSAID)
    if len(pairs) < TYPED_SHARE * typed_span or len(pairs) < QUOTE_SHARE * said_span or meaning < MEANING_LEAST:
        return 0
    return meaning


def paraphrased(lookup: Lookup, words: str, pool: list[Quote] | None = None) -> list[Quote]:
    """The quotes (one, or two of one speech in the order that holds the line; every line holding as much, up to
    ``SHOWN``) holding ``words`` in other words, best first, when they are one speaker's; else []."""
    typed = line_words(words)
    if len(typed) < HELD_LEAST or len(set(typed) - _UNSAID) < MEANING_LEAST:
        return []
    if pool is None:
        query = " ".join(w for w in normalize(words).split() if w not in STOPWORDS)
        pool = [lookup.item(h.ref) for h in lookup.hits(query, ("quote",), limit=CANDIDATES, min_coverage=0.1)]
    words_of: dict[str, tuple[tuple[str, ...], ...]] = {}  # each quote's words in each wording
    meaning = set(typed) - _UNSAID
    for quote in pool:
        words_of[quote.id] = (line_words(quote.text),) + ((line_words(quote.original),) if quote.original else ())
    shares = {q.id: meaning.intersection(*words_of[q.id][:1]).union(*(meaning.intersection(w) for w in words_of[q.id][1:]))
              for q in pool}  # the meaning words each quote holds in any wording
    lines = []
    for quotes in _lines(pool):
        shared = set().union(*(shares[q.id] for q in quotes))
        if len(quotes) == 1 or all(len(shared) > len(shares[q.id]) for q in quotes):  # a pair only where each adds a word
            lines.append((len(shared), quotes))
    lines.sort(key=lambda line: -line[0])
    scored, best = [], MEANING_LEAST
    for bound, quotes in lines[:WEIGHED]:  # most meaning words shared first: a line that cannot hold as many as the best is not weighed
        if bound < best:
            break
        held = max(holds_paraphrase(typed, said) for said in _wordings(quotes, words_of))
        if held:
            scored.append((held, quotes))
            best = max(best, held)
    if not scored:
        return []
    best = max(held for held, _ in scored)
    tied = [quotes for held, quotes in scored if held == best]
    singles = [quotes[0] for quotes in tied if len(quotes) == 1]
    winners = singles or list(tied[0])  # a line one quote holds before the pair that merely adds to it
    return list(dict.fromkeys(winners))[:SHOWN] if len({q.speaker for q in winners}) == 1 else []


def _lines(pool: list[Quote]) -> list[tuple[Quote, ...]]:
    """Each quote alone, then each ordered pair of quotes one speaker said at one event (a sentence the knowledge splits)."""
    speeches: dict[tuple, list[Quote]] = {}
    for quote in pool:
        if quote.event:
            speeches.setdefault((quote.speaker, quote.event), []).append(quote)
    pairs = [pair for quotes in speeches.values() for pair in permutations(quotes[:6], 2)]
    return [(quote,) for quote in pool] + pairs


def _wordings(quotes: tuple[Quote, ...], words_of: dict[str, tuple[tuple[str, ...], ...]]) -> list[list[str]]:
    """The words of the report's wording of the quotes, and of the speaker's own English where the knowledge has it."""
    report = [w for q in quotes for w in words_of[q.id][0]]
    if not any(q.original for q in quotes):
        return [report]
    return [report, [w for q in quotes for w in words_of[q.id][-1]]]
