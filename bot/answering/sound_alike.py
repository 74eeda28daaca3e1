"""Names misheard by speech-to-text read as the knowledge's names they sound like.

A dictated question spells a name as it sounds: "tarana", "olangren", "yens stoltenberg", "mark root",
"bear bock", "stolten berg", "the hay", "the nick" (NICC). Each word is compared by its
sound key (``sound_key``: consonants as heard, vowels dropped after the first letter) with the knowledge's
own names (people, places, initiatives' acronyms):

    "what did yens stoltenberg say"        -> "what did jens stoltenberg say"
    "is the olangren quote verified"       -> "is the ollongren quote verified"
    "all the quotes from mark root"        -> "all the quotes from mark rutte"  (a first name, then a surname heard)
    "bear bock's job", "yens stolten berg" -> "baerbock's job", "jens stoltenberg"  (one name heard as two words)
    "who hosted the hay conference"        -> "who hosted the hague conference"  (a final g swallowed after "the")
    "where will the nick sit"              -> "where will the nicc sit"
    "the narnia conference"                -> as said (no name of the knowledge sounds like it: an honest miss)
    "tiara cyber conf", "stolen berg"      -> "tirana cyber conf", "stoltenberg"  (a phone's autocorrect: ``autocorrected.py``)
    "was Route actually in tirana"         -> "was rutte actually in tirana"  (autocorrect's word, the name's capital kept)

An English word ("root", "hay", "nick") is read as a name only where a name is clearly meant: after the
person's first name, after "the" (an acronym said as a word, a place called "the ..."), or typed with a capital
mid-sentence and spelt within two slips of a surname of five letters or more ("Route"; not "Great" nor "Roman"). A key shared by two names is no guess to make.
Pure: the keys are built once per knowledge load (``PerLoad``).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

from .autocorrected import slipped_name
from .common_words import COMMON_WORDS, REQUEST_WORDS
from .dictation import from_dictation
from .lookup import Lookup
from .other_languages import CUES as OTHER_LANGUAGE_CUES
from .overview_asks import OVERVIEW_WORDS
from .pattern_words import pattern_words
from .per_load import PerLoad, per_load
from .places import PLACES
from .search import normalize
from ..patterns import lazy_pattern

_KEYS = PerLoad("sound_alike.keys")
_SPELT_AS_HEARD = (("ph", "f"), ("wh", "w"), ("ck", "k"), ("gh", ""), ("q", "k"), ("x", "ks"), ("z", "s"), ("j", "y"),
                   ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"))
_VOWELS = frozenset("aeiouy")
_LETTERS = lazy_pattern(r"[^a-z]")
_WORD = lazy_pattern(r"(?<![^\W\d_])[A-Za-z]+(?![^\W\d_])")  # not "parl" of "parlé": no part of a word with accents
PART_LEAST = 3  # letters in each word of a name heard as two: "stolten berg" (not "china is")
LONG_NAME = 6  # letters: a longer name may be heard two letters off ("olangren": ollongren)
SURNAME_LEAST = 5  # letters of a surname an everyday word typed with a capital may stand for ("Route": rutte)
SLIPS = 2  # letters changed, dropped, added or swapped


@lru_cache(maxsize=8192)  # remembered: the same everyday words come in question after question
def sound_key(word: str) -> str:
    """"olangren" and "ollongren" -> "alngrn", "yens" and "jens" -> "yns", "hague" -> "hg": how the word sounds."""
    word = _LETTERS.sub("", word.lower())
    if word.endswith("gue"):
        word = word[:-2]
    for spelt, heard in _SPELT_AS_HEARD:
        word = word.replace(spelt, heard)
    if not word:
        return ""
    first = "a" if word[0] in _VOWELS and word[0] != "y" else word[0]
    key = [first]
    for letter in word[1:]:
        if letter not in _VOWELS and letter != key[-1]:
            key.append(letter)
    return "".join(key)


def build_sound_keys(lookup: Lookup) -> None:
    """Build at load the names' sound keys, not on a question's time."""
    per_load(_KEYS, lookup, _keys)


def heard(lookup: Lookup, text: str) -> str:
    """A dictated ``text`` as typed: spoken signs and numbers written out (``dictation.py``), names misheard mended."""
    return with_names_heard(lookup, from_dictation(text))


def with_names_heard(lookup: Lookup, text: str) -> str:
    """``text`` with each name misheard written as the knowledge's name it sounds like."""
    words_of, full_names, after_the, surnames = per_load(_KEYS, lookup, _keys)
    words = [w.lower() for w in _WORD.findall(text)]
    names = lookup.name_words
    odd = [w not in names and w not in PLACES and _unknown(lookup, w) for w in words]  # no word the knowledge or English holds
    capital = _capitals_mid_sentence(text, len(words))
    if not any(odd) and "the" not in words and names.isdisjoint(words) and _PLACE_BEFORE.isdisjoint(words) and not any(capital):
        return text  # most questions: nothing that could be a name misheard, no word a step below reads
    fixes: dict[tuple[str, ...], str] = {}
    for n, low in enumerate(words):
        before, after = (words[n - 1] if n else ""), (words[n + 1] if n + 1 < len(words) else "")
        if low in names or low in PLACES or low in OVERVIEW_WORDS:
            continue  # the name as the knowledge spells it; "the lowdown" is no "london" heard
        if not (odd[n] or (after and odd[n + 1]) or before == "the" or before in names or before in _PLACE_BEFORE or capital[n]):
            continue  # an everyday word, not after "the" or a first name: nothing below can mend it
        placed = before in _PLACE_BEFORE or (words[n + 2] if n + 2 < len(words) else "") in _PLACE_AFTER  # "the war saw summit"
        if (joined := _heard_in_two(lookup, words_of, low, after, placed)) is not None:
            fixes[(low, after)] = joined  # "bear bock", "stolten berg": one name heard as two words
        elif (name := full_names.get(f"{sound_key(before)} {sound_key(low)}")) and before in name.split():
            fixes[(before, low)] = name  # "mark root": the first name, then the surname heard
        elif _unknown(lookup, low) and (name := _one_name(words_of, sound_key(low))) and _near(low, name):
            fixes[(low,)] = name  # "tarana", "olangren", "yens"
        elif before == "the" and (name := _one_name(after_the, sound_key(low)) or _one_name(after_the, sound_key(low) + "g")):
            fixes[(low,)] = name  # "the hay": the hague; "the nick": the nicc
        elif odd[n] and (name := slipped_name(lookup, low)):
            fixes[(low,)] = name  # "tiara": tirana, a phone's autocorrect (``autocorrected.py``)
        elif capital[n] and (name := _one_name(surnames, sound_key(low))) and OSA.distance(low, name, score_cutoff=SLIPS) <= SLIPS:
            fixes[(low,)] = name  # "Route": rutte, an everyday word autocorrect put for the name, its capital kept
    return _replaced(text, fixes) if fixes else text


def _replaced(text: str, fixes: dict[tuple[str, ...], str]) -> str:
    """``text`` with each run of words ``fixes`` holds (as lowercase words) written as its name; no pattern made per question."""
    found = list(_WORD.finditer(text))
    out, at, n = [], 0, 0
    while n < len(found):
        key = next((k for k in fixes if tuple(m[0].lower() for m in found[n : n + len(k)]) == k), None)
        if key is None:
            n += 1
            continue
        out += [text[at : found[n].start()], fixes[key]]
        at, n = found[n + len(key) - 1].end(), n + len(key)
    return "".join(out) + text[at:]


def _unknown(lookup: Lookup, word: str) -> bool:
    """A word neither the knowledge, everyday English nor another language's table holds ("pris"): a name misheard, perhaps."""
    return (word not in lookup.index.vocabulary and word not in COMMON_WORDS and word not in REQUEST_WORDS and word not in OTHER_LANGUAGE_CUES
            and word not in pattern_words())  # "stance": a word the steps read, no "stanica" misheard


#: Words beside two everyday words that make them a place's name said in two: "in war saw", "the war saw summit".
_PLACE_BEFORE = frozenset("in at from".split())
_PLACE_AFTER = frozenset("summit conference meeting pledge conf".split())


def _heard_in_two(lookup: Lookup, words_of: dict[str, tuple[str, ...]], first: str, second: str, placed: bool = False) -> str | None:
    """The one name two words said together sound like ("bear bock": baerbock), one of them no everyday word, or the name
    two everyday words spell ("war saw": warsaw)."""
    if len(first) < PART_LEAST or len(second) < PART_LEAST:
        return None
    if not (_unknown(lookup, first) or _unknown(lookup, second)):  # two everyday words: only a place they spell, where one is
        return first + second if placed and _one_name(words_of, sound_key(first + second)) == first + second else None
    name = _one_name(words_of, sound_key(first + second))
    if name and _near(first + second, name):
        return name
    both_odd = _unknown(lookup, first) and _unknown(lookup, second)  # "stolen berg", not "geoan(ă) and"
    return slipped_name(lookup, first + second) if both_odd else None  # a phone's autocorrect


def _near(heard: str, name: str) -> bool:
    """Whether ``heard`` is spelt within a slip of ``name`` (one letter in a short word, two in a long one)."""
    return OSA.distance(heard, name, score_cutoff=2) <= (1 if len(name) < LONG_NAME else 2)  # a swap is one slip


def _one_name(words_of: dict[str, tuple[str, ...]], key: str) -> str | None:
    names = words_of.get(key, ())
    return names[0] if len(names) == 1 else None


def _keys(lookup: Lookup) -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, tuple[str, ...]]]:
    """Each sound key -> the name words sounding so; "first last" keys -> a person's "first last"; the keys of
    names said after "the"."""
    knowledge = lookup.knowledge
    names = {w for person in knowledge.people.values() for w in normalize(person.name).split() if len(w) > 2}
    names |= {place for place in PLACES if " " not in place and len(place) > 2 and place in lookup.index.vocabulary}  # not "oslo": no entry there
    words_of: dict[str, set[str]] = {}
    for name in names:
        words_of.setdefault(sound_key(name), set()).add(name)
    full_names = {}
    for person in knowledge.people.values():
        parts = normalize(person.name).split()
        if len(parts) >= 2:
            full_names[f"{sound_key(parts[0])} {sound_key(parts[-1])}"] = f"{parts[0]} {parts[-1]}"
    after_the = {}  # what is said after "the": an acronym said as a word ("nicc"), a place called "the ..." ("hague")
    acronyms = {normalize(alias) for initiative in knowledge.initiatives.values() for alias in initiative.aliases
                if alias.isupper() and " " not in alias and _VOWELS.intersection(alias.lower())}  # said as a word: "nicc", not "rrt"
    for name in acronyms | {place.split()[1] for place in PLACES if place.startswith("the ") and len(place.split()) == 2}:
        after_the.setdefault(sound_key(name), set()).add(name)
    surnames: dict[str, set[str]] = {}
    for person in knowledge.people.values():
        if len(last := normalize(person.name).split()[-1]) >= SURNAME_LEAST:
            surnames.setdefault(sound_key(last), set()).add(last)
    return ({key: _one_place(found) for key, found in words_of.items()}, full_names,
            {key: tuple(sorted(found)) for key, found in after_the.items()}, {key: tuple(sorted(found)) for key, found in surnames.items()})


def _capitals_mid_sentence(text: str, count: int) -> list[bool]:
    """For each of ``text``'s ``count`` words, whether it is typed with a capital right after a word in lower case in the
    same sentence ("was Route actually": a name marked); a word in capitals ("NICC"), first in a sentence or after an
    article ("the Route to the venue") is none."""
    if text[1:] == text[1:].lower():
        return [False] * count  # most messages: no capital past the first letter
    found = list(_WORD.finditer(text))
    return [n > 0 and m[0][0].isupper() and m[0][1:].islower() and len(m[0]) > PART_LEAST and found[n - 1][0].islower()
            and found[n - 1][0] not in _ARTICLES and _SENTENCE_MARKS.isdisjoint(text[found[n - 1].end():m.start()]) for n, m in enumerate(found)]


_SENTENCE_MARKS = frozenset(".!?:;")
_ARTICLES = frozenset("the a an".split())  # "the Route to the venue": a thing, no surname



def _one_place(names: set[str]) -> tuple[str, ...]:
    """``names`` sounding alike, one word when all name one place: "hague", "haga", "hagi" -> ("hague",)."""
    places = {PLACES[name] for name in names if name in PLACES}
    if len(places) == 1 and len(names) > 1 and all(name in PLACES for name in names):
        english = normalize(next(iter(places)).name).split()
        return (min(names, key=lambda name: (name not in english, len(name))),)
    return tuple(sorted(names))
