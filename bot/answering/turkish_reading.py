"""Questions typed partly or wholly in Turkish, read into English before any step reads them.

Turkish writes "in", "from" and "'s" as endings ("Roma'da", "Ankara'dan", "Stoltenberg'in"), puts "about"
after its noun ("Çin hakkında") and the asking word and verb last. This reads the words through ``turkish``'s
tables, turns the endings into English words and lets ``turkish_order`` put each clause in English order:

    "Roma'daki pledge konferansı ne zaman yapıldı exactly?" -> "when was rome pledge conference held exactly?"
    "Lahey'de NATO adına kim konuştu?"                      -> "who spoke in the hague for NATO?"
    "Stoltenberg Çin hakkında Berlin'de ne dedi?"           -> "what did Stoltenberg say about china in Berlin?"
    "Yaşar Güler Tiran konferansında konuştu mu?"           -> "did Yaşar Güler speak at the tirana conference?"

Words it does not know (names, English words) and quotations stay as typed, so a name keeps its letters
("Güler", "Erdoğan"). Only a question with a word of ``MARKERS``, a letter only Turkish writes ("ı", "ğ") or a
Turkish ending after an apostrophe is read: any other pays a set intersection. Table-tested in tests/test_turkish.py.
"""

from __future__ import annotations

from typing import NamedTuple

from ..patterns import lazy_pattern
from .normalizing import ascii_folded, normalize
from .places import PLACES, english_name
from .turkish import (ABLATIVE, AND, BOUND, DATIVE, ENDING_LETTERS, GENITIVE, LIST_COMMA, LOCATIVE, MARKERS, OF_PLACE, PARTICLES,
                      PAST_PARTICLES, PHRASES, POSTPOSITIONS, STEMS, WAS_IT, WORDS, YES_NO)
from .turkish_order import CLAUSE, clause_ordered, subject_carried

_TURKISH_LETTERS = lazy_pattern(r"[ıİğĞ]")
#: A Turkish ending after an apostrophe: "Tallinn'deki", "CCDCOE'nin", "2023'te".
_TURKISH_ENDING = lazy_pattern(r"\w['’](?:d[ae]|t[ae]|d[ae]ki|t[ae]ki|d[ae]n|t[ae]n|n[iıuü]n|[ıiuü]n|y[ae])\b")
#: A quotation (kept as typed), or a word with its ending after an apostrophe ("Roma'daki").
_PIECE = lazy_pattern(r"(?P<quote>\"[^\"]+\"|“[^”“]+”|(?<![\w'‘’])['‘](?:[^'‘’]|(?<=\w)['’](?=\w))+?['’](?![\w'‘’]))"
                      r"|(?P<word>[^\W_]+)(?:['’](?P<ending>[^\W\d_]+))?")
#: Gatherings whose locative ending reads "at the" ("Tiran konferansında": at the Tirana conference).
_GATHERINGS = ("konferans", "zirve", "toplanti")
_LOCATIVE_ENDS = ("nda", "nde", "da", "de", "ta", "te")
#: Words of a gathering's name read before it: "at the rome pledge conference", "at the nato cyber defence conference".
_OF_GATHERING = frozenset("nato cyber defence pledge first the".split())
_HELD = lazy_pattern("\x05(\\d+)\x05")
_CLEAN = ((lazy_pattern(r"\s+(?=[,?!.])"), ""), (lazy_pattern(r",(?:\s*,)+"), ","), (lazy_pattern(r" {2,}"), " "))


class _Unit(NamedTuple):
    gap: str  # the text before it
    typed: str
    folded: str  # "" for a quotation
    ending: str  # folded, after an apostrophe


def is_turkish(text: str) -> bool:
    """Whether ``text`` holds a word only Turkish writes, a letter only Turkish has or a Turkish ending."""
    words = normalize(text).split()
    return (not MARKERS.isdisjoint(words) or words[-1:] == ["kim"] or _TURKISH_LETTERS.search(text) is not None
            or ("'" in text or "’" in text) and _TURKISH_ENDING.search(text) is not None)


def read_if_turkish(text: str) -> str:
    """``text`` read into English if it is partly Turkish, else as it is."""
    return read_turkish(text) if is_turkish(text) else text


def read_turkish(text: str) -> str:
    """``text`` (see ``is_turkish``) read into English, quotations and unknown words as typed."""
    units, quotes, last = [], [], 0
    for match in _PIECE.finditer(text):
        if match["quote"]:
            quotes.append(match["quote"])
            units.append(_Unit(text[last : match.start()], f"\x05{len(quotes) - 1}\x05", "", ""))
        else:
            units.append(_Unit(text[last : match.start()], match["word"], _folded(match["word"]), _folded(match["ending"] or "")))
        last = match.end()
    english = "".join(gap + word for gap, word in _read(units)) + text[last:]
    english = subject_carried(CLAUSE.sub(clause_ordered, english))
    english = english.replace(YES_NO, "").replace(WAS_IT, "").replace(AND, " and ").replace(LIST_COMMA, ", ").replace(BOUND, " ")
    for pattern, replacement in _CLEAN:
        english = pattern.sub(replacement, english)
    return _HELD.sub(lambda m: quotes[int(m[1])], english).strip()


def _read(units: list[_Unit]) -> list[list[str]]:
    """[text before, English] of each word or phrase read."""
    read: list[list[str]] = []
    n = 0
    while n < len(units):
        size, english = _phrase_at(units, n)
        unit = units[n]
        if size:
            read.append([unit.gap, english])
            n += size
            continue
        if unit.folded == "ile" and units[n + 1 : n + 2] and units[n + 1].folded == "ilgili":
            n += 1  # "cyber ile ilgili": about cyber
            continue
        if unit.folded in POSTPOSITIONS and read and not unit.ending:
            _postposition_read(read, *POSTPOSITIONS[unit.folded])
        elif unit.folded.startswith(_GATHERINGS) and unit.folded.endswith(_LOCATIVE_ENDS) and not unit.ending:
            read.append([unit.gap, _stem_read(unit.folded)])
            _at_the(read)
        else:
            read.append([unit.gap, _word(unit)])
        n += 1
    return read


def _folded(word: str) -> str:
    return ascii_folded(word.replace("ı", "i").replace("İ", "i")).lower()


def _phrase_at(units: list[_Unit], n: int) -> tuple[int, str]:
    """(how many units, English) of the longest phrase of ``PHRASES`` from the n-th unit, or (0, "")."""
    for size in (4, 3, 2):
        group = units[n : n + size]
        if len(group) < size or any(not u.folded or u.ending for u in group[:-1]) or any(u.gap.strip() for u in group[1:]):
            continue
        if (english := PHRASES.get(" ".join(u.folded for u in group))) is not None:
            return size, english
    return 0, ""


def _bound(*words: str) -> str:
    """A where/when/about phrase as one word, for ``turkish_order`` to move whole."""
    return BOUND.join(" ".join(filter(None, words)).split(" "))


def _word(unit: _Unit) -> str:
    """One word read into English, with its apostrophe ending as an English word."""
    if not unit.folded:
        return unit.typed  # a quotation, held
    if unit.folded in PARTICLES:
        return WAS_IT if unit.folded in PAST_PARTICLES else YES_NO
    name = WORDS[unit.folded] if unit.folded in WORDS else english_name(unit.folded) or _stem_read(unit.folded) or unit.typed  # "": chatter
    ending = unit.ending
    if not ending or ending in OF_PLACE:
        return name
    if ending in PARTICLES:
        return f"{name} {WAS_IT if ending in PAST_PARTICLES else YES_NO}"
    if ending in LOCATIVE:
        return _bound("in", name)
    if ending in ABLATIVE:
        return _bound("from", name)
    if ending in GENITIVE:
        return f"{name}'s"
    if ending in DATIVE:
        return _bound("to", name)
    return name


def _postposition_read(read: list[list[str]], before: str, after: str) -> None:
    """"Microsoft, Amazon, Starlink hakkında": "about" put before the word read last, or the list it ends."""
    first = len(read) - 1
    while first > 0 and (read[first][0].strip() == "," or not read[first][0].strip() and normalize(read[first - 1][1]) in PLACES):
        first -= 1  # "Microsoft, Amazon, Starlink hakkında", "İngiliz hükümeti adına": the list, the British government
    listed = "".join((LIST_COMMA if gap.strip() == "," else " ") + word for gap, word in read[first:])[1:]
    read[first:] = [[read[first][0], _bound(before, listed, after)]]


def _at_the(read: list[list[str]]) -> None:
    """"at the" put before the gathering last read and the words of its name before it: "at the tirana conference"."""
    first = len(read) - 1
    while first > 0 and not read[first][0].strip() and _names_gathering(read[first - 1][1]):
        first -= 1
    named = " ".join(word for _, word in read[first:])
    read[first:] = [[read[first][0], _bound("at" if named.lower().startswith("the ") else "at the", named)]]


def _names_gathering(word: str) -> bool:
    lowered = normalize(word)
    return lowered in PLACES or lowered in _OF_GATHERING or lowered.isdigit() and len(lowered) == 4


def _stem_read(folded: str) -> str:
    """A noun of ``STEMS`` with its ending: "zirvesinin" -> "summit", "konferanslari" -> "conferences"."""
    for stem, (one, many) in STEMS.items():
        if folded.startswith(stem) and ENDING_LETTERS.issuperset(ending := folded[len(stem) :]):
            return many if "lar" in ending or "ler" in ending else one
    return ""
