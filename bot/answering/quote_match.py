"""Which quotes hold the words someone quotes or half remembers.

Two strengths of match, because a wrong attribution is the worst answer the bot can give:

- **claimed words** ("did he say 'X'?", "who said 'X'"): a quote must hold ``CLAIMED_SHARE`` of
  the words, each as typed or as its typo's correction. A word the knowledge has never seen is a
  word no quote holds: "cyberspace is the battlefield of the 21st century" shares only
  "cyberspace" with any quote, so no quote says it.
- **remembered words** ("who said something like X", "I half remember a line comparing X"): a
  word counts when the quote holds it or a form of it (reliance ~ relying, Chinese ~ China); the
  quote needs ``REMEMBERED_LEAST`` of the words that are not the subject's common words, at least
  ``REMEMBERED_SHARE`` of them, and must hold more than any other speaker's quote.

Candidates come from the search index, never from a scan of every quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from ..knowledge.model import Quote
from .asked_memo import remembered as looked_up_once
from .gist_words import FILLERS, gist_forms, gist_query_words
from .lookup import Lookup
from .search import STOPWORDS, normalize, tokens
from ..patterns import lazy_pattern

CLAIMED_SHARE = 0.75
REMEMBERED_SHARE = 0.5
REMEMBERED_LEAST = 4
GIST_LEAST = 2  # words of a short gist ("as bad as bombs"), each of which one quote must hold
CANDIDATES = 30  # quotes a half-remembered line is weighed against
CLAIMED_CANDIDATES = 10  # and claimed words (which a quote must nearly all hold: the index ranks it high)
STEM = 4  # letters two forms of a word share at least ("reli-ance", "reli-ing")

#: Words nearly every quote of the knowledge could hold: sharing them says nothing about who said something.
COMMON_WORDS = frozenset("cyber nato defence defense security allies alliance attacks attack".split())
#: How people introduce words they half remember: dropped before matching.
_REMEMBERED_LEAD = lazy_pattern(
    r"^(?:(?:i )?(?:half |vaguely |kind of |sort of )?(?:remember|recall|think)(?: that)?(?: there was)?(?: someone)?(?: saying)? )?"
    r"(?:there was )?(?:(?:something|smth|sth|words|(?:a|the|that) (?:line|quote|phrase|sentence|bit|statement|remark|comment))"
    r"(?: (?:like|about|along the lines of|comparing|saying|that said|that|where|on|to the effect that))? |along the lines of |words to the effect that "
    r"|(?:a|the|that|this) (?:one|thing|part) (?:like|about|saying|that said|where|comparing|to the effect that) )"
)
#: Words that shape a memory without saying what it is about: "we must not", "don't", "should".
_MODAL = frozenset("must not dont do did does should would could can cannot will shall made make makes got get".split())
#: A paraphrase's words for what a line says in other words: "the mistakes we made with russian gas" is about energy.
SAME_MEANING = {"gas": "energy", "fuel": "energy", "electricity": "energy", "tech": "technology",
                "nations": "countries", "allied": "allies", "net": "internet", "web": "internet"}
#: The words that ask rather than remember: "who said that", "at which event".
_ASKING = frozenset("like something roughly approximately basically remember recall quote saying comparing compared".split())


@dataclass(frozen=True)
class Held:
    """A quote and how it holds the words asked about: the share held, and whether word for word."""

    quote: Quote
    share: float
    verbatim: bool
    own_english: bool = False  # word for word in the speaker's own English only, not in the report's re-translation


def quote_words(quote: Quote, *, topics: bool = False) -> frozenset[str]:
    """The words of a quote, in the report's wording and the speaker's own (and with ``topics``, what it is about:
    a memory names the subject a line calls "it")."""
    return frozenset(normalize(f"{quote.text} {quote.original or ''}{' ' + ' '.join(quote.topics) if topics else ''}").split())


#: American spellings of the knowledge's British ones: "defense", "organized", "organization", "center".
_AMERICAN = ((lazy_pattern(r"ense$"), "ence"), (lazy_pattern(r"iz(e|ed|es|ing|ation|ations)$"), r"is\1"), (lazy_pattern(r"(?<=[^aeiou])er$"), "re"))


def british(word: str) -> str:
    """"defense" -> "defence", "recognized" -> "recognised", "center" -> "centre"; another word unchanged."""
    for pattern, spelling in _AMERICAN:
        word = pattern.sub(spelling, word)
    return word


def held_as_typed(spans: tuple[str, ...], quote: Quote) -> bool:
    """Whether ``quote`` (its report's wording or the speaker's own) holds every span word for word, spelt the British
    way ("the first nato cyber defense conference" is held); a paraphrase sharing the words ("a cyber attack on one ally
    is a cyber attack on all of us") is not."""
    def spelt(text: str) -> str:
        return f" {' '.join(british(w) for w in normalize(text).split())} "
    texts = [spelt(t) for t in (quote.text, quote.original) if t]
    return all(any(spelt(span) in t for t in texts) for span in spans)


def _claimed(lookup: Lookup, words: str) -> list[frozenset[str]]:
    """Each meaningful word of ``words`` with its correction where misspelt (a word nobody knows stays as typed),
    and its British spelling where the knowledge holds that ("defense": defence)."""
    return list(looked_up_once(lookup, ("claimed", words), lambda: tuple(_claimed_now(lookup, words))))


def _claimed_now(lookup: Lookup, words: str) -> list[frozenset[str]]:
    groups = []
    for token in tokens(normalize(words)):
        if (uk := british(token)) != token and uk in lookup.index.vocabulary:
            groups.append(frozenset((token, uk)))
        elif token in lookup.index.vocabulary:
            groups.append(frozenset((token,)))
        else:
            fixed = lookup.index.vocabulary.correct(token)
            groups.append(frozenset((token, fixed)) if fixed else frozenset((token,)))
    return groups


def holding(lookup: Lookup, spans: tuple[str, ...], context: str = "", pool: list[Quote] | None = None) -> list[Held]:
    """The quotes holding the claimed words of every span, best first.

    Word for word before nearly, more held before less, then the quote the rest of the
    message points at ("the Berlin article", "about China"), then knowledge order.
    """
    groups = [g for span in spans for g in _claimed(lookup, span)] or [frozenset(normalize(s).split()) for s in spans]
    if not groups:
        return []
    if pool is None:
        return holding(lookup, spans, context, _candidates(lookup, spans, 0.6)) or holding(lookup, spans, context, _candidates(lookup, spans, 0.3))
    phrases = [f" {normalize(s)} " for s in spans]
    hints = set(tokens(context)) - _ASKING
    ranked = []
    for n, quote in enumerate(pool):
        words = quote_words(quote)
        share = sum(bool(g & words) for g in groups) / len(groups)
        if share < CLAIMED_SHARE:
            continue
        texts = (f" {normalize(quote.text)} ", f" {normalize(quote.original)} " if quote.original else "")
        verbatim = all(any(p in t for t in texts) for p in phrases)
        pointed = len(hints & (words | _event_words(lookup, quote)))
        own = verbatim and not all(p in texts[0] for p in phrases)
        ranked.append((not verbatim, -share, -pointed, n, Held(quote, share, verbatim, own)))
    return [held for *_, held in sorted(ranked, key=lambda r: r[:4])]


def _candidates(lookup: Lookup, spans: tuple[str, ...], coverage: float) -> list[Quote]:
    """Quotes the index finds for the words; at a lower ``coverage``, those quoted in the speaker's own English,
    which the index does not hold ("while China is not our adversary")."""
    known = [w for span in spans for group in _claimed(lookup, span) for w in group if w in lookup.index.vocabulary]
    query = " ".join(known) or " ".join(spans)  # "recomit to cyber defense": looked up as "recommit cyber defence"
    return [lookup.item(h.ref) for h in lookup.hits(query, ("quote",), limit=CLAIMED_CANDIDATES, min_coverage=coverage)]


def _event_words(lookup: Lookup, quote: Quote) -> frozenset[str]:
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    return frozenset(normalize(f"{event.name} {event.city or ''} {event.country or ''}").split()) if event else frozenset()


def remembered_words(words: str) -> str:
    """"something like cyber is always contested" -> "cyber is always contested": the words themselves."""
    return _REMEMBERED_LEAD.sub("", normalize(words)).strip()


def remembered(lookup: Lookup, words: str, *, pool: list[Quote] | None = None, least: int = REMEMBERED_LEAST,
               short_whole: bool = False) -> list[Quote]:
    """The quotes (of ``pool``, else found by the index) holding most of the half-remembered ``words`` in some form
    (or in the everyday words of a gist: "as bad as bombs" ~ "as dangerous as kinetic attacks"), if one speaker's
    lead clearly; else []. ``least``: the words that must be held, of those that count; with ``short_whole``, a
    gist of fewer (two at least) counts when a quote holds every one of them."""
    wanted = []
    for token in (SAME_MEANING.get(t, t) for t in tokens(remembered_words(words))):  # each word once in any of its forms ("relied ... rely"): a memory's meaning words
        if token not in COMMON_WORDS and token not in _ASKING and token not in _MODAL and token not in FILLERS and not any(_same_word(token, w) for w in wanted):
            wanted.append(token)
    whole = short_whole and GIST_LEAST <= len(wanted) < least
    if len(wanted) < least and not whole:
        return []
    if pool is None:
        vocabulary = lookup.index.vocabulary
        query = []
        for token in wanted:  # the index's own forms of each word (and the quote words a gist word stands for), to gather candidates by
            query += [token] if token in vocabulary else vocabulary.completions(token[:STEM + 1], limit=3) or [token]
            query += gist_query_words(token)
        pool = [lookup.item(h.ref) for h in lookup.hits(" ".join(query), ("quote",), limit=CANDIDATES, min_coverage=0.1)]
    scored = sorted(((_held_in_some_form(wanted, quote_words(q, topics=True)), len(q.text) if whole else 0, n, q) for n, q in enumerate(pool)),
                    key=lambda s: (-s[0], s[1], s[2]))  # a short gist held whole: the shortest line holding it is it most
    enough = len(wanted) if whole else max(least, REMEMBERED_SHARE * len(wanted))
    if not scored or scored[0][0] < enough:
        return [] if whole else _remembered_across(wanted, [q for *_, q in scored], enough)
    best = [q for held, *_, q in scored if held == scored[0][0]]
    if len({q.speaker for q in best}) > 1:
        return []  # two speakers hold as much: the memory does not say which
    return best


def _remembered_across(wanted: list[str], pool: list[Quote], enough: float) -> list[Quote]:
    """Two quotes of one speech that together hold ``enough`` of a memory neither holds alone (the knowledge keeps
    a speech's sentences apart: "don't rely on china for tech as we did on russian gas" spans two), best first;
    [] when none do, or when two speakers' pairs hold as much."""
    speeches: dict[tuple, list[Quote]] = {}
    for quote in pool:
        if quote.event:
            speeches.setdefault((quote.speaker, quote.event), []).append(quote)
    pairs = []
    for quotes in speeches.values():
        held = [(_held_mask(wanted, quote_words(q, topics=True)), q) for q in quotes]  # which words each holds, as bits
        for (one, a), (other, b) in combinations(held, 2):
            both, one, other = (one | other).bit_count(), one.bit_count(), other.bit_count()
            if both >= enough and both > max(one, other):  # each quote holds a part of the memory
                pairs.append((both, [a, b] if one >= other else [b, a]))
    best = max((both for both, _ in pairs), default=0)
    winners = [quotes for both, quotes in pairs if both == best]
    return winners[0] if winners and len({quotes[0].speaker for quotes in winners}) == 1 else []


def _held_in_some_form(wanted: list[str], words: frozenset[str]) -> int:
    return _held_mask(wanted, words).bit_count()


def _held_mask(wanted: list[str], words: frozenset[str]) -> int:
    """Bit n set when ``words`` hold ``wanted[n]`` in some form. Two forms of a word share their first three
    letters (``_same_word``), so each token is weighed only against the words starting as it does."""
    starting: dict[str, list[str]] = {}
    for word in words:
        starting.setdefault(word[:3].replace("y", "i"), []).append(word)
    return sum(1 << n for n, token in enumerate(wanted)
               if any(form in words or any(_same_word(form, word) for word in starting.get(form[:3].replace("y", "i"), ()))
                      for form in gist_forms(token)))


#: Endings a four-letter word takes and stays the same word: "rely" ~ "relied", "relying".
_ENDINGS = frozenset(("s", "es", "d", "ed", "ing", "er", "ers", "ance", "ant", "ment", "ments"))


def _same_word(a: str, b: str) -> bool:
    """The same word or a form of it: "reliance" ~ "relying", "chinese" ~ "china"; never two short words,
    nor two that share only a first syllable ("constant", "consequences"). A y is an i (rely, reliance)."""
    if a == b:
        return True
    a, b = a.replace("y", "i"), b.replace("y", "i")
    shorter = min(len(a), len(b))
    if shorter == STEM and a not in STOPWORDS and b not in STOPWORDS:  # "rely" ~ "relying", "pact" ~ "pacts"
        short, long = sorted((a, b), key=len)
        return long.startswith(short) and long[len(short):] in _ENDINGS
    if shorter < STEM or a[:STEM] != b[:STEM] or a in STOPWORDS or b in STOPWORDS:
        return False
    shared = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), shorter)
    return shared >= max(STEM, shorter - 3)
