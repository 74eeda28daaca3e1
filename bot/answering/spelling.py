"""Misspelt words read as the knowledge's nearest words, before a question is understood.

    "stoltenburg speach in rome"             -> "stoltenberg speech in rome"
    "whos the romanian minster from ..."     -> "whos the romanian minister from ..."
    "odobesku who?"                          -> "who is odobescu"
    "kallas - estonian president in 2021?"   -> "kallas was estonian president in 2021?" (``dropped_verb.py``)
    "geoana who is he, what position"        -> "who is mircea geoana"
    "berlyn cyber defens konferens"          -> "berlin cyber defence conference" (as it sounds, ``sounded_spelling``)
    "who attendeed", "pledgeing"             -> "who attended", "pledge" (a mended stem, as the knowledge or English spells it)
    "what did stolty say in rome"            -> "what did stoltenberg say in rome" (a clipped surname, ``nicknames.py``)
    "the quote in seed 001"                  -> "the quote in the hague article" (``seed_numbers.py``)
    "odobesku qoute from the hague"          -> "odobescu quote from the hague" (a word of the questions, ``asking_words.py``)
    "who was responsbile", "nicc dteails"    -> "who was responsible", "nicc details" (two letters swapped, ``transposed``)
    "when did his teunre end"                -> "when did his tenure end" (a word the steps' patterns hold, ``pattern_words.py``)

Only words the knowledge does not hold are touched, each through the typo index
(``Vocabulary.correct``: one edit for short words, two for long ones, names first),
keeping its first letter (a typo seldom changes it; "bother" is not "other").
A word with no near spelling stays as typed, so a real miss ("the narnia
conference") is still a miss. Words in quotation marks are never changed: they
are what a quote check compares. Pure: the knowledge is read through ``Lookup``.
"""

from __future__ import annotations

from .asking_words import ASKING_WORDS, asking_word_near
from .common_words import COMMON_WORDS, MEDIA_WORDS, REQUEST_WORDS
from .dropped_verb import with_claim_verb
from .overview_asks import OVERVIEW_WORDS
from .other_languages import CUES as OTHER_LANGUAGE_CUES, read_in_english
from .inflections import base_of, with_ending
from .initials import spell_out_initials
from .lookup import Lookup
from .nicknames import surname_of_nickname
from .parse import MONTHS
from .pattern_words import pattern_words
from .places import PLACES
from .seed_numbers import with_seed_articles
from .contractions import CONTRACTION_CUES
from .question_words import QUESTION_TYPOS
from .search import normalize
from .shorthand import SHORTHAND
from .sounded_spelling import sounded_out
from ..patterns import lazy_pattern

ORDINARY_LEAST = 5  # letters: a shorter word one edit from another is as often a real word ("came", "game")
#: Letters only, four or more, not part of a longer word with accents ("Geoană" is a name as typed).
_WORD = lazy_pattern(r"(?<![^\W\d_])[A-Za-z]{4,}(?![^\W\d_])")
#: Spans in quotation marks: "did he say 'we must not repete'?" checks those words as typed.
_QUOTED = lazy_pattern(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]|(?<!\w)[‘'`]([^‘’'`]*)[’'`](?!\w)")
#: Words later steps read as typed (chat spellings they spell out themselves).
_KEEP = frozenset(QUESTION_TYPOS) | frozenset(SHORTHAND) | frozenset(MONTHS) | frozenset(PLACES) | CONTRACTION_CUES | OVERVIEW_WORDS | frozenset({"blank", "blanks", "quiz"}) \
    | REQUEST_WORDS | MEDIA_WORDS | OTHER_LANGUAGE_CUES  # "15 mars", "despre": read into English later, not mended into a name ("mark")
#: A capitalised word after a lowercase word or another name, mid-sentence: "that Grant Shapps addressed", "Mr Shapps".
_NAMES_TYPED = lazy_pattern(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b")
#: "odobesku who?", "mcfaden london 2024 who is he": a name, then who.
_NAME_THEN_WHO = lazy_pattern(r"^(?P<name>.+?)\s+who(?:\s+(?:is|was|s)\s+(?:he|she|that|this|they))?"
                              r"(?:\W+(?:and )?(?:what|which|his|her|their)(?: (?:is|was) (?:his|her|the))? (?:position|job|role|title|function|office|post)s?)?\W*$")  # "..., what position"


def correct_spelling(lookup: Lookup, text: str) -> str:
    """``text`` with each misspelt word outside quotation marks read as the knowledge's nearest word
    (initials and acronyms of its names first: "JS", "NCDC", ``initials.py``)."""
    text = spell_out_initials(lookup, with_seed_articles(lookup, text))  # "seed 001": the hague article
    return with_claim_verb(lookup, _name_first(lookup, mended_words(lookup, text)))  # "kallas - estonian president in 2021?": a claim, its verb dropped


def mended_words(lookup: Lookup, text: str, *, only_swapped: bool = False) -> str:
    """``text`` with each misspelt word outside quotation marks read as the knowledge's nearest word, or a word of
    the questions ("stoltenburg speach" -> "stoltenberg speech"). ``only_swapped``: only two neighbouring letters typed
    the other way round ("event oslo cnoference" -> "event oslo conference"; "event atlantis" stays a place unknown)."""
    vocabulary = lookup.index.vocabulary
    names = lookup.name_words
    fixes = {}
    known = lambda w: w in vocabulary or w in COMMON_WORDS or w in ASKING_WORDS or _steps_word(w) or _english_form(w)  # noqa: E731
    for word in _WORD.findall(text):
        low = word.lower()
        if low in vocabulary or low in _KEEP or low in COMMON_WORDS or word in fixes or _english_form(low):  # "project" is no typo of
            continue  # "protect", "serves" none of "series"
        if only_swapped:
            if swapped := transposed(low, known):
                fixes[word] = swapped
            continue
        if heard := sounded_out(low, lambda w: w in vocabulary or w in COMMON_WORDS):  # "konferens", "defens": as they sound
            fixes[word] = heard
        elif low.endswith("d") and ((past := low[:-1] + "ed") in vocabulary or past in COMMON_WORDS):  # "claimd", "hostd": "-ed" typed "-d"
            fixes[word] = past
        elif (fixed := vocabulary.correct(low, among=names)) and fixed[0] == low[0] and (
                fixed in names or fixed in PLACES or not _changes_meaning(low, fixed)) and not _of_a_known_family(low, vocabulary):  # "tirnana": Tirana
            fixes[word] = fixed
        elif swapped := transposed(low, known):  # "dteails", "yetserday", "teunre"
            fixes[word] = swapped
        elif word[0].isupper() and word in _NAMES_TYPED.findall(text):
            continue  # "Grant Shapps": a name typed mid-sentence, the knowledge lacks it, no "shape" with an ending
        elif (base := base_of(low, known := lambda w: w in vocabulary or w in COMMON_WORDS, vocabulary.correct)) and base[0] == low[0] \
                and (form := with_ending(base, low)) != low:  # "summits", "quoted": words as English spells them, left alone
            fixes[word] = form if known(form) else base  # "attendeed": attended; "recomitting": recommit, the word the knowledge holds
        elif nickname := surname_of_nickname(lookup, low):  # "stolty": Stoltenberg
            fixes[word] = nickname
        elif asking := asking_word_near(low):  # "qoute": a word the questions use, which the knowledge may never write
            fixes[word] = asking
        elif joined := split_joined(low, vocabulary):  # "cyberberkut", "cyberdefence": two of the knowledge's words run together
            fixes[word] = joined
    if fixes:  # most questions: every word known or with no near spelling, nothing to rewrite
        quoted = [m.span() for m in _QUOTED.finditer(text)] if any(c in text for c in "\"“”„«»‘'`") else []
        text = _WORD.sub(lambda m: m[0] if m[0] not in fixes or any(a <= m.start() < b for a, b in quoted) else fixes[m[0]], text)
    return text


def transposed(word: str, known) -> str | None:
    """The one ``known`` word ``word`` is, with two neighbouring letters typed the other way round ("responsbile",
    "knowlegde", "dteails"), else None. Only words of ``ORDINARY_LEAST`` letters or more: "form" and "from" are both words."""
    if len(word) < ORDINARY_LEAST:
        return None
    found = {swapped for n in range(len(word) - 1) if word[n] != word[n + 1] and known(swapped := f"{word[:n]}{word[n + 1]}{word[n]}{word[n + 2:]}")}
    return found.pop() if len(found) == 1 else None


JOINED_LEAST = 4  # letters of each of two words run together: "cyber berkut", never "a" + "ttack"


def split_joined(word: str, vocabulary) -> str | None:
    """``word`` as the two words of ``vocabulary`` it runs together ("cyberberkut" -> "cyber berkut"), or None; never
    two common English words ("headline", "timeline": English words the knowledge does not use)."""
    if len(word) < 2 * JOINED_LEAST:
        return None
    return next((f"{word[:n]} {word[n:]}" for n in range(JOINED_LEAST, len(word) - JOINED_LEAST + 1) if word[:n] in vocabulary
                 and word[n:] in vocabulary and not (word[:n] in COMMON_WORDS and word[n:] in COMMON_WORDS)), None)


def _steps_word(word: str) -> bool:
    """Whether ``word`` is an English word the steps' patterns look for: "citat" is no slip of Italian "citta"."""
    return word in pattern_words() and word not in OTHER_LANGUAGE_CUES


def _english_form(word: str) -> bool:
    """Whether ``word`` is a common English word with an ending, spelt as English spells it: "serves", "secretaries"."""
    if word.endswith("ies") and word[:-3] + "y" in COMMON_WORDS:
        return True
    base = base_of(word, COMMON_WORDS.__contains__)
    return base is not None and with_ending(base, word) == word


def _of_a_known_family(word: str, vocabulary) -> bool:
    """Whether ``word`` is a form of a word the knowledge holds another form of: "invested" ("investment"), never a
    slip of "invented"."""
    return any(word.endswith(ending) and len(stem := word[: -len(ending)]) >= 4 and any(stem + other in vocabulary for other in _FAMILY)
               for ending in ("ed", "ing", "s", "ment", "ments", "er", "ers"))


_FAMILY = ("", "ed", "ing", "s", "ment", "ments", "er", "ers", "or", "ors")  # endings of one word's forms


def _changes_meaning(word: str, fixed: str) -> bool:
    """Whether reading ``word`` as ``fixed`` would more likely change a real word than mend a typo:
    a short word ("came" -> "game"), a letter dropped ("talking" -> "taking"), another ending ("quoted" -> "quotes")."""
    return len(word) < ORDINARY_LEAST or len(fixed) < len(word) or word[:-1] == fixed[: len(word) - 1] or (
        word[:-2] == fixed[:-2] and (word.endswith(_INFLECTIONS) or fixed.endswith(_INFLECTIONS)))  # not "conferense"


_INFLECTIONS = ("s", "ed", "er", "en", "ing", "ly", "est")  # endings that make another word of the same stem


def _name_first(lookup: Lookup, text: str) -> str:
    """"odobescu who?", "odobesku wer ist das?" ask who that person is (not who was at a place called so)."""
    english = read_in_english(text, normalize(text).split())  # "wer ist das": "who is she"
    if "who" not in english.lower() or not (match := _NAME_THEN_WHO.match(english.strip())):
        return text
    named = lookup.named_by_name(match["name"])
    if len(named.people) != 1 or named.role:
        return text
    return "who is " + named.people[0].name


