"""What an article claims, checked against the knowledge's notes on the entries it reports.

    "the hague article says ollongren opened it, who actually gave the opening speech?"
        -> The Hague 2024, led by its note: "... AKSK says Ambassador Ernest Noorman gave the opening speech"
    "did the rome article reproduce nato's release faithfully?"  -> Rome 2022: "... drops "illegal" from ..."
    "the rome article has a pic of stoltenberg with influencers, was that at the conference?"
        -> the Protect the Future meeting: "The photo is unrelated to the Rome ... Conference"
    "'difficult to detect and even link' - what word was meant?" -> the quote, led by its note ("attribute")

The knowledge records, in the notes of events and quotes, where each seed article is wrong, vague
or unverified. A question that speaks of an article (or quotes its words) and asks about it is
answered from the note clause that shares the most telling words with it, never from a guess:
below a threshold the question is left to the other routes. A note saying the thing asked was
not found makes an honest miss. Tried only when the question holds a word of an article
(``_ARTICLE_WORDS``) or quotes words and asks what they mean, so most questions pay a set intersection.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import NamedTuple

from ...knowledge.model import Event, Knowledge
from ...patterns import lazy_pattern
from ...reply import ItemRef, Reply
from .. import event_messages, messages
from ..lookup import Lookup
from ..per_load import PerLoad, per_load
from ..phrasing import item_refs, sentences, source_ids
from ..places import PLACES
from ..quote_pool import quotes_holding_phrase
from ..search import STOPWORDS, normalize
from .articles import TREATY_ARTICLE, article_named
from .events import event_reply
from .general import not_found
from .initiatives import initiative_reply
from .quotes import quote_reply

_ARTICLE_WORDS = frozenset("article articles piece op oped report headline caption photo pic picture image release story byline seed".split())
#: "what was the op-ed's original headline": where it first ran.
_HEADLINE, _ORIGINAL = frozenset({"headline", "title"}), frozenset({"original", "originally", "first", "earlier"})
_OWN_CAPTION = lazy_pattern(r"\b(?:a |an |my |our )?(?:\S+ )?captions? (?:for|about|on)\b")
_MEANING_WORDS = frozenset("meant mean means spelling spelt spelled typo mistranslation mistranslated translation oddly odd strange word".split())
#: Another spelling offered for quoted words: "'from kiev' - ok if i write kyiv?", "can we use kyiv instead?" (asks their spelling).
_RESPELT = lazy_pattern(r"\b(?:ok|okay|fine|alright|all right) (?:if (?:i |we )?|to )(?:write|use|spell|put) [a-z]|\b(?:write|use|spell|put) \S+ instead\b")
#: Words that say nothing about which note answers: kinds, articles, checking verbs, chatter.
_BLAND = frozenset(
    "article articles piece op ed oped report nato conference conferences cyber defence defense actually really accurate "
    "right correct true checked check verified verify confirmed confirm official anywhere probably fine ok okay tho though "
    "but one like just also still did does do has have had been being get got run runs ran s word words wording written write "
    "wrote headline headlines before after originally since itself ever w nice lol random curious cheers thanks "
    "know knows knew want wants wanted need needs needed tell asks asked keep fix".split()
)
#: Ways of saying the same thing, put one way: the question's words and the notes' words meet.
_SAME = {"pic": "photo", "picture": "photo", "image": "photo", "influencer": "creator", "youtuber": "creator", "tiktoker": "creator",
         "opened": "open", "opening": "open", "opens": "open", "omit": "drop", "omitted": "drop", "missing": "drop", "cut": "drop",
         "dated": "date", "dates": "date", "day": "date", "days": "date", "kyiv": "kiev", "spelling": "kiev", "spelt": "kiev", "spells": "kiev", "spelled": "kiev", "spell": "kiev",
         "hosted": "host", "hosts": "host", "host": "host", "organised": "host", "organized": "host", "acknowledged": "agree",
         "agreed": "agree", "conventional": "harmful", "never": "no", "earlier": "first"}
_NOT_FOUND = lazy_pattern(r"\b(?:not found|not available|never found|no record|unknown|not recorded)\b")
#: A question that only wants a yes or no ("has that been checked?"), not the thing itself ("what was its headline").
_YES_OR_NO = lazy_pattern(r"^(?:is|was|were|are|has|have|had|did|does|do|can|could|is it true that)\b")
_CLAUSE = lazy_pattern(r", (?=(?:and |but |while |whereas )?(?:presents|calls|drops|uses|leaves|repeats|says|gives|adds|omits|puts)\b)")
#: A miss that says no gathering was held somewhere: "I have no conference in Brussels."
_NO_EVENT_THERE = lazy_pattern(r"^I have no (?:[A-Za-z ]+ )?(?:conference|summit|event|meeting|exercise)s? in [A-Z]")
THRESHOLD = 4.5  # telling words' weight a note clause must share with a question the other routes missed
CHALLENGED = 4.5  # ... with a question that challenges an article, tried before the other routes
TELLING = 3.0  # the least weight of the words a clause shares with the question beyond those naming entries
ECHOED = 6.0  # a note repeating words the question quotes ("first cyber defense conference") is about them
#: Words that challenge what an article says: "did she actually open it", "reproduced faithfully", "what was meant".
_CHALLENGE = frozenset("actually really faithfully faithful reproduce reproduced dropped omitted spelling spelt spells spelled meant checked taken "
                       "otherwise personally accurate confirmed photo pic picture caption image".split())


class _Clause(NamedTuple):
    ref: str  # "event:<id>" or "quote:<id>"
    text: str
    words: frozenset[str]  # of the clause
    named: frozenset[str]  # of the entry it notes: its names, place, speaker
    about: frozenset[str]  # the entry's own text: an event's summary, the words quoted


class _Notes(NamedTuple):
    clauses: tuple[_Clause, ...]
    weight: dict[str, float]
    naming: frozenset[str]  # words that name which entry or article, not what is claimed: places, people, publishers
    holding: dict[str, tuple[int, ...]]  # word -> the clauses (their numbers) holding it: the only ones a question can score


_BUILT = PerLoad("topics.article_checks.built")  # per knowledge load (``per_load``)


_DECISION = lazy_pattern(r"\b(?:decision|decisions|policy|agreement|commitment)\b")


def noted_person_first(lookup: Lookup, reply: Reply, noted: str, question: str, *, but: str, at: int = 0) -> Reply:
    """For a question asking who, ``reply`` with the first person ``noted`` names by full name (not ``but``) moved to
    place ``at`` of its items: "the article calls these her opening remarks, but ... Ernest Noorman" leads with Noorman."""
    if "who" not in question.split():
        return reply
    spaced = f" {normalize(noted)} "
    named = next((p for p in lookup.knowledge.people.values() if p.id != but and f" {normalize(p.name)} " in spaced), None)
    if named is None:
        return reply
    rest = [i for i in reply.items if i.id != named.id]
    return replace(reply, items=(*rest[:at], *item_refs([named]), *rest[at:]))


def answer_article_check(lookup: Lookup, text: str, question: str, *, missed: bool = False) -> Reply | None:
    """``text`` as typed, ``question`` normalised: the reply from the note that answers it, or None.
    Before the other routes (``missed`` False) only a question that challenges what an article says is tried
    ("did she actually open it?", "was a word dropped?"); after they missed, any question about an article."""
    quoting = "'" in text or "“" in text or '"' in text
    full = TREATY_ARTICLE.sub(" ", normalize(text))  # "could trigger article 5": the treaty's article, no news article
    respelt = {"spelling"} if quoting and _RESPELT.search(full) and _spans(text) else set()  # "'from kiev' - ok if i write kyiv?": its spelling asked
    if "caption" in full:
        full = _OWN_CAPTION.sub(" ", full)  # "a short caption for the tirana conference": one to write, not a photo's
    named = set(full.split()) | respelt
    if named.isdisjoint(_ARTICLE_WORDS) and (not quoting or named.isdisjoint(_MEANING_WORDS)):
        return None  # most questions: no article named, no quoted word asked about ("what's" is no quotation)
    words = set(normalize(_QUOTED.sub(" ", text)).split() if quoting else full.split()) | respelt  # what is asked
    first_run = bool(words & _HEADLINE and words & _ORIGINAL)  # "what was the op-ed's original headline"
    if not (words & _ARTICLE_WORDS or (quoting and words & _MEANING_WORDS)) or not (missed or words & _CHALLENGE or first_run):
        return None
    asked = _words(full) | ({"original"} if first_run else set())
    notes = notes_index(lookup)
    spans = _spans(text) if quoting else []
    if spans and (quoted := _quoted_in(lookup, spans)):  # quoted words may echo a clause they share no telling word with
        clauses = [c for c in notes.clauses if c.ref in quoted]  # "'from kiev' - is that nato's spelling": that quote's notes only
    else:  # a clause scores only with words it holds ("'defence news' - correct outlet?": no quote holds them)
        clauses = [notes.clauses[n] for n in sorted({n for word in asked for n in notes.holding.get(word, ())})]
    least = THRESHOLD if missed else CHALLENGED
    scores = [(_score(asked, c, notes, missed) + _echoed(spans, c), n, c) for n, c in enumerate(clauses)]
    if not any(s[0] >= least for s in scores):
        return None  # no clause scores enough: none of the named article's does either (its clauses are among these)
    if (article := article_named(lookup, full)[0]) is not None:  # "what does the rome article leave out": its notes, not the hague article's
        scores = [s for s in scores if article.id in source_ids(lookup.by_id(*s[2].ref.split(":", 1)))]
    scored = max(scores, default=None, key=lambda s: (s[0], -len(s[2].text)))
    if scored is None or scored[0] < least:
        return None
    clause = scored[2]
    kind, _, id_ = clause.ref.partition(":")
    said = event_messages.noted(clause.text)
    asks = normalize(sentences(text.strip())[-1])  # "the op-ed says it first ran in X. has that been checked?": the last
    if _NOT_FOUND.search(clause.text) and not (_YES_OR_NO.match(question) or _YES_OR_NO.match(asks)):  # "what was its headline"
        return not_found(event_messages.not_recorded(clause.text), suggestions=(_follow_up(lookup, kind, id_),))
    if kind == "quote":
        quote = lookup.knowledge.quotes[id_]
        if said.startswith(("Not ", "No ")) and (speaker := lookup.knowledge.people.get(quote.speaker)) is not None:
            said = f"{messages.trust_title(quote.trust, speaker.name)}. {said}"  # the quote's standing first: a note is no miss
        return noted_person_first(lookup, quote_reply(lookup, [quote], said), clause.text, question, but=quote.speaker)  # "who really opened it?": who did
    item = lookup.knowledge.events.get(id_) if kind == "event" else None
    if item is not None and (quotes := _quotes_noted(lookup, item, clause, asked)):
        return quote_reply(lookup, quotes, said)  # "its ollongren and odobescu quotes are unverified": those quotes
    if item is not None:
        related = [i for i in lookup.knowledge.initiatives.values() if item.id in i.events]
        if any(_words(i.name) and _words(i.name) <= asked for i in related):
            return None  # "what is the 'protect the future' campaign? it is in a photo caption": the campaign, by its own route
        reply = event_reply(lookup, item)
        series = [ItemRef("initiative", i.id) for i in related]
        decided = [ItemRef("pledge", p.id) for p in lookup.knowledge.pledges.values() if p.event == item.id] if _DECISION.search(asks) else []
        title = f"{lookup.knowledge.pledges[decided[0].id].name}, agreed at {item.name}. {said}" if decided else said
        reply = replace(reply, title=title, items=(*decided, *reply.items, *series))  # "which summit decision is he referring to": it first
        return noted_person_first(lookup, reply, clause.text, question, but="", at=1)  # "who actually opened it?": the event, then who did
    initiative = lookup.knowledge.initiatives[id_]
    return replace(initiative_reply(lookup, initiative), title=said)


def noted_after_miss(lookup: Lookup, text: str, question: str, miss: Reply) -> Reply | None:
    """The note answering a question the routes missed, led by the miss when it names what is not there: "I have no
    conference in Brussels. Rutte spoke by video ...; the "Brussels" dateline of the ... article is where the release was issued"."""
    noted = answer_article_check(lookup, text, question, missed=True)
    if noted is None or not _NO_EVENT_THERE.match(miss.title):
        return noted
    return replace(noted, title=f"{miss.title} {noted.title}")


def _spans(text: str) -> list[str]:
    """The words a message quotes, two words or more each, normalised and padded: [" from kiev "]."""
    return [f" {s} " for s in map(normalize, _QUOTED.findall(text)) if len(s.split()) >= 2]


def _quoted_in(lookup: Lookup, spans: list[str]) -> set[str]:
    """The quotes (as "quote:<id>") holding words the message quotes."""
    return {f"quote:{q.id}" for span in spans for q in quotes_holding_phrase(lookup, span.strip())}


def _echoed(spans: list[str], clause: _Clause) -> float:
    """Weight for a clause that repeats three words running of those quoted: the note on those very words."""
    text = f" {normalize(clause.text)} "
    return ECHOED if any(" ".join(words[n : n + 3]) in text for span in spans for words in [span.split()] for n in range(len(words) - 2)) else 0.0


_QUOTED = lazy_pattern(r"(?:^|[\s(])['‘“\"]([^'’”\"]{4,1000})['’”\"]")


def _quotes_noted(lookup: Lookup, event: Event, clause: _Clause, asked: frozenset[str]) -> list:
    """The quotes at ``event`` by the people a clause about quotes names, in the order the question names them."""
    if not _QUOTES.search(clause.text):
        return []
    quotes = [q for q in lookup.quotes_at(event) if (p := lookup.knowledge.people.get(q.speaker)) and _words(p.name) & clause.words]
    return sorted(quotes, key=lambda q: not _words(lookup.knowledge.people[q.speaker].name) & asked)


_QUOTES = lazy_pattern(r"\bquot(?:es|ations?)\b")


def _follow_up(lookup: Lookup, kind: str, id_: str) -> str:
    item = lookup.knowledge.events.get(id_) if kind == "event" else None
    return f"event {item.name}" if item is not None else "sources"


def _score(asked: set[str], clause: _Clause, notes: _Notes, places_tell: bool) -> float:
    """The weight of the telling words the question shares with the clause and with its entry's names, and half that of
    those it shares with the entry's text; nothing unless the clause itself holds enough telling words that do not
    merely name an entry, a person, an article or (unless ``places_tell``) a place ("the berlin report" names; "kiev",
    "dropped" tell; "why does the tirana article say brussels": Brussels is not Tirana's place, and tells once no route answered).
    Sums are ``math.fsum``: a set's order varies from process to process, and a plain sum's rounding with it, which
    broke ties between two clauses differently from run to run."""
    weight = notes.weight
    own = asked & clause.words
    naming = {w for w in notes.naming if w not in PLACES} if places_tell else notes.naming  # a dateline, once the routes missed
    telling = own - clause.named - naming
    if math.fsum(weight.get(w, 0.0) for w in telling) < TELLING:
        return 0.0
    named = (asked & clause.named) - own
    return math.fsum(weight.get(w, 0.0) for w in own | named) + 0.5 * math.fsum(weight.get(w, 0.0) for w in (asked & clause.about) - own - named)


def notes_index(lookup: Lookup) -> _Notes:
    """Built once per knowledge load (kept for the last few loads, so a reload never rebuilds the live one's)."""
    return per_load(_BUILT, lookup, lambda lookup: _build_notes(lookup.knowledge))


def _build_notes(knowledge: Knowledge) -> _Notes:
    clauses = tuple(_clauses(knowledge))
    counts: dict[str, int] = {}
    for clause in clauses:
        for word in clause.words | clause.named | clause.about:
            counts[word] = counts.get(word, 0) + 1
    places = (f"{e.city or ''} {e.country or ''}" for e in knowledge.events.values())
    people = (" ".join((p.name, *p.aliases)) for p in knowledge.people.values())
    articles = (f"{s.title} {s.publisher or ''} {s.author or ''}" for s in knowledge.sources.values() if s.seed)
    naming = _words(" ".join((*places, *people, *articles, "machine translated translation")))
    holding: dict[str, list[int]] = {}
    for n, clause in enumerate(clauses):
        for word in clause.words:
            holding.setdefault(word, []).append(n)
    notes = _Notes(clauses, {w: math.log((len(clauses) + 1) / n) for w, n in counts.items()}, naming,
                   {word: tuple(numbers) for word, numbers in holding.items()})
    return notes


def _clauses(knowledge: Knowledge):
    """Every clause of every note; an entry with no note costs nothing (100,000 quotes: most have none)."""
    for event in knowledge.events.values():
        if not event.notes:
            continue
        named = _words(" ".join((event.name, *event.aliases, event.city or "", event.country or "", str(event.when))))
        yield from _split(f"event:{event.id}", event.notes, named, _words(event.summary or ""))
    for quote in knowledge.quotes.values():
        if not quote.note:
            continue
        person = knowledge.people.get(quote.speaker)
        event: Event | None = knowledge.events.get(quote.event) if quote.event else None
        named = _words(" ".join((person.name if person else "", *(person.aliases if person else ()), (event.city or "") if event else "")))
        yield from _split(f"quote:{quote.id}", quote.note, named, _words(quote.text))


def _split(ref: str, text: str | None, named: frozenset[str], about: frozenset[str]):
    for sentence in sentences(" ".join((text or "").split())):
        for part in _CLAUSE.split(sentence):
            if part.strip():
                yield _Clause(ref, part.strip(" ,"), _words(part), named, about)


def _words(text: str) -> frozenset[str]:
    return frozenset(_stem(_SAME.get(w, w)) for w in normalize(text).split() if w not in STOPWORDS and w not in _BLAND)


def _stem(word: str) -> str:
    stem = _strip(word)
    return _SAME.get(stem, stem)


def _strip(word: str) -> str:
    """"openings" -> "opening" -> ..., "dropped" -> "drop": enough for the notes and questions to meet."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            return word[:-1] if len(word) > 4 and word[-1] == word[-2] else word
    return word
