"""A message whose "it", "he" or "she" points at what it names itself, in a clause before: no follow-up.

    "The Rome article skips the hosts. Who organised it?"            -> of the Rome conference, not the last answer's
    "the hague article leaves the date out - when did it happen?"   -> of The Hague's
    "I vaguely recall a remark that cyber risks ..., who made it?"  -> of that remark
    "who was it who said we are all in this together"               -> a cleft: its "it" points at nothing
    "geoana addressed the hague conference on day two, did he?"     -> Geoană, not the person of the last answer
    "when did nato adopt its first ever cyber defence policy?"      -> NATO's policy, not the last answer's
    "ok, working on a london explainer; when was the conference there?" -> in London, not the last answer's place
    "the op-ed's original headline in defence news - what was it?" -> that headline, a topic put first

The earlier clause must bring the thing in itself: with its place or year ("the rome article"), as new ("a remark"),
or by its own name ("the cyber coalition, how long has it been around?"); a person by name, for "he" or "she", unless
the question also points at a place or thing ("what about geoana, did he speak there too?"). A clause that points back
too ("is this quote official, can I cite it", "the conference in london later that year, when was it") leaves the
message a follow-up. Pure but for the names looked up; a message of one clause, or with no pointer in its last, costs
a split and a set check.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import AMBIGUOUS, PLACES, places_in
from .search import normalize

_BREAK = lazy_pattern(r"[.?!;:]\s+|\s+[-\u2013\u2014]+\s+|,\s+|\s+and\s+(?=(?:when|where|who|what|how|which|why)\b)")
_POINTERS = frozenset("it its that this he she him his there".split())
_PERSON_POINTERS = frozenset("he she him his".split())
_THING_POINTERS = frozenset("it its that this".split())
_PLACE_POINTERS = frozenset("there it then".split())  # "what about geoana, did he speak there": "there" still the last answer's
_THINGS = r"(?:article|piece|op ed|oped|remark|remarks|quote|line|speech|statement|comment|report|story|conference|summit|meeting|pledge)"
_THING_WORDS = frozenset("article piece op ed oped remark remarks quote line speech statement comment report story conference summit meeting pledge".split())
#: A thing brought in as new: "a remark that ...", "an article in ...".
_NEW_THING = lazy_pattern(rf"\b(?:a|an|some) (?:\S+ ){{0,2}}?{_THINGS}\b")
#: Words by which a clause points back itself: "is this quote official", "later that year", "his speech".
_POINTS_BACK = lazy_pattern(r"\b(?:it|its|this|these|those|there|he|she|his|her|him|they|them|that (?:year|one|day|time|month|week|event|conference"
                            r"|summit|speech|quote|line|article|piece))\b")
#: A clause asking only what a thing put first is ("what was it?", "when was that again"), the thing being something's own
#: ("the op-ed's original headline - what was it?"; not "the venue, what was it?", the last answer's venue).
_ASKS_OF_IT = lazy_pattern(r"^(?:so |and |ok )?(?:what|who|when|where) (?:was|is) (?:it|that|this)(?: again| exactly| then)?$")
_ASKING = frozenset("who whom whose what when where which why how did does do is was are were can could".split())
_CLEFT = lazy_pattern(r"^(?:who|what|where|when) (?:was|is) it (?:who|that|which)\b")


def names_its_own(text: str, lookup) -> bool:
    """Whether ``text`` (as typed) points, in a clause after its first, at a thing or person an earlier clause of it
    brings in (by place or year, as new, or by an entry's own name: ``names_an_entry``), or asks a cleft."""
    words = normalize(text)
    if words.startswith(("who was it", "who is it", "what was it", "where was it", "when was it")) and _CLEFT.match(words):
        return True
    if _owner_named_before(words.split(), lookup):
        return True
    parts = _BREAK.split(text.strip())
    pointing = next((n for n, part in enumerate(parts) if _POINTS_BACK.search(normalize(part))), len(parts) - 1)
    last = set(normalize(" ".join(parts[pointing:])).split())  # "rutte in the room in tirana. he attended, correct?"
    if pointing == 0 or _POINTERS.isdisjoint(last):
        return False  # no pointer, or one in the first clause: nothing brought in before it
    before = normalize(" ".join(parts[:pointing]))  # no clause of it points back: the first that does is ``pointing``
    said = before.split()
    if not last.isdisjoint(_PERSON_POINTERS) and last.isdisjoint(_PLACE_POINTERS):  # "geoana addressed the
        named = lookup.named_by_name(before)  # hague on day two, did he?": he is Geoana, not the last answer's; "the
        return len(named.people) == 1 or named.role is not None  # secretary general opened it, didn't he?": whoever held it
    if "there" in last and (places_in(before) or names_an_entry(lookup, before) or _names_a_venue(lookup, before)):
        return True  # "working on a london explainer; when was the conference there?": there is London, not the last answer's
    if _THING_POINTERS.isdisjoint(last):
        return False
    if _ASKS_OF_IT.match(normalize(" ".join(parts[pointing:]))) and before.startswith("the ") and " s " in before and _ASKING.isdisjoint(said):
        return True  # "the op-ed's original headline in defence news - what was it?": the headline, a topic put first
    if _THING_WORDS.isdisjoint(said):  # "the cyber coalition, how long ...": named outright, by an entry's own name; "the
        return any(len(named := normalize(part).split()) <= _NAME_WORDS and names_an_entry(lookup, " ".join(named))  # nicc, what does
                   for part in parts[:pointing])  # that stand for? and when did it start?": in a clause of its own
    return bool(_NEW_THING.search(before)) or any(w in PLACES and w not in AMBIGUOUS or w.isdigit() and len(w) == 4 for w in said) \
        or len(said) <= _NAME_WORDS and names_an_entry(lookup, before)  # "what is the pledge and when was it agreed"


_NATO = frozenset({"nato", "alliance", "allies"})
_POSSESSIVES = frozenset({"its", "his", "her"})
_NOT_POSSESSIVE = (_POINTERS | {"him", "hers", "they", "them", "their", "there"}) - _POSSESSIVES


def _owner_named_before(words: list[str], lookup) -> bool:
    """"when did nato adopt its first cyber defence policy" (NATO's), "stoltenberg gave his rome speech as sg, correct?"
    (his): the only words pointing back are possessives, and the first one's owner is named before it."""
    at = next((n for n, word in enumerate(words) if word in _POSSESSIVES), None)
    if at is None or not _NOT_POSSESSIVE.isdisjoint(words):
        return False
    if words[at] == "its":
        return not _NATO.isdisjoint(words[:at])
    return at > 0 and bool(lookup.named_by_name(" ".join(words[:at])).people)


_NAME_WORDS = 5  # words of a clause that is only a name



def _names_a_venue(lookup, words: str) -> bool:
    """"ecole militaire", "the national cyber security centre": ``words`` (normalised) hold the venue of an event, looked
    for among the events holding the rarest of the words (``described_by_text.event_words``), not every event."""
    from .described_by_text import STEM, event_words

    index = event_words(lookup)
    held = [index[w[:STEM]] for w in words.split() if len(w) > 3 and w[:STEM] in index]
    events = lookup.knowledge.events
    return bool(held) and any((venue := events[i].venue) and f" {normalize(venue.partition('(')[0])} " in f" {words} "
                              for i in min(held, key=len))


def names_an_entry(lookup, question: str) -> bool:
    """"when did cyber coalition start and where is it run": an event, pledge or initiative named by its name or an
    alias, which the "it" after it stands for (one search; the best hit's own names are the only ones read)."""
    hits = lookup.hits(question, ("event", "pledge", "initiative"), limit=1, min_coverage=_ENTRY_COVERAGE)
    item = lookup.item(hits[0].ref) if hits else None
    return item is not None and any(f" {normalize(n)} " in f" {question} " for n in (item.name, *item.aliases) if len(n) > 3)


_ENTRY_COVERAGE = 0.3  # of the question's words: its name among the question's other words

_PERSON_WORDS = frozenset("he him his himself she her hers herself they their".split())


def points_past_the_person(text: str, subject) -> bool:
    """Whether ``text`` asks of "them" with no word for a person after an answer about a person (``subject``), or after
    any answer, of "them" that things it names before stand for: "which summits decided things on cyber, list them"
    lists those summits, never the person, nor the speaker of the line just shown."""
    if subject is None or "them" not in (words := normalize(text).split()) or not _PERSON_WORDS.isdisjoint(words):
        return False  # "which conferences did he speak at? list them": "he" still points back
    return subject.type == "person" or not _PLURAL_THINGS.isdisjoint(words[: words.index("them")])


_PLURAL_THINGS = frozenset("summits conferences events meetings pledges decisions initiatives attacks articles sources speeches exercises".split())
