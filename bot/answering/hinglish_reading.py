"""Questions typed in Hinglish (Hindi in Latin letters mixed with English), read into English before any step reads them.

Hindi puts the asking word and the verb last ("kab hua tha": when was it held), marks the one who speaks with "ne"
and writes "in", "about" and "'s" after their noun ("berlin mein", "china ke baare mein", "stoltenberg ka op-ed").
This reads the words through ``hinglish``'s tables, puts each postposition before the words it follows, reads an
English verb with its Hindi helper ("announce hua": was announced) and lets ``turkish_order`` (the same order of
asking word and verb last) put each clause in English order:

    "bhai rome wala pledge conference kab hua tha?"         -> "when was rome pledge conference held?"
    "stoltenberg ne berlin mein china ke baare mein kya bola" -> "what did stoltenberg say in berlin about china"
    "rome wale conference ko host kisne kiya tha"           -> "who hosted rome conference"
    "vilnius summit june 2023 mein hua tha na"              -> "vilnius summit was held in june 2023, right"

Words it does not know (names, English words) and quotations stay as typed. Only a question with a word of
``MARKERS`` is read: any other pays a set intersection. Table-tested in tests/test_hinglish.py.
"""

from __future__ import annotations

from typing import NamedTuple

from ..patterns import lazy_pattern
from .hinglish import (ASKING, ENGLISH_VERBS, GENITIVES, HELPERS, IMPERATIVES, IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, LIGHT_VERBS,
                       MARKERS, PHRASE_WORDS, POSTPOSITIONS, SUBJECT_ENDS, TAGS, VERBS, WORDS)
from .hinglish_order import AND, ASK, IMPERATIVE, PHRASE, RELATIVE, SUBJECT_END, TAG, VERB, WORD, YES_NO, Piece, ordered
from .normalizing import normalize
from .places import PLACES

#: A quotation (kept as typed), or a word, hyphens and apostrophes inside it kept ("op-ed", "non-state").
_PIECE = lazy_pattern(r"(?P<quote>\"[^\"]+\"|“[^”“]+”|(?<![\w'‘’])['‘](?:[^'‘’]|(?<=\w)['’](?=\w))+?['’](?![\w'‘’]))"
                      r"|(?P<word>[^\W_]+(?:[-'’][^\W_]+)*)")
#: Nouns a postposition takes with the words of their name before them ("berlin cyber conference mein").
_GATHERINGS = frozenset("conference conf conferences summit exercise meeting series event op-ed oped speech attack hack".split())
#: Words of a gathering's name: "nato cyber defence pledge conference", "tirana 2025 conference".
_OF_GATHERING = frozenset("nato cyber defence defense pledge first annual the nato's".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
#: Hindi words after which a year or place names when something was held ("2023 mein hua tha": held in 2023).
_HELD = frozenset("hua hui hue tha thi the hoga hogi".split())
_RELATIVES = frozenset(("jisme", "jisko", "jisne"))
_TABLES = ((ASKING, ASK), (PHRASE_WORDS, PHRASE), (IMPERATIVES, IMPERATIVE), (WORDS, WORD))
_CLAUSE_GAP = lazy_pattern(r"[,?!.;]")
_CLEAN = ((lazy_pattern(r"\s+(?=[,?!.])"), ""), (lazy_pattern(r",(?:\s*,)+"), ","), (lazy_pattern(r" {2,}"), " "))


class _Unit(NamedTuple):
    gap: str  # the text before it
    typed: str
    folded: str  # "" for a quotation


def is_hinglish(text: str) -> bool:
    """Whether ``text`` holds a word only Hinglish writes."""
    return not MARKERS.isdisjoint(normalize(text).split())


def read_if_hinglish(text: str) -> str:
    """``text`` read into English if it is Hinglish, else as it is."""
    return read_hinglish(text) if is_hinglish(text) else text


def read_hinglish(text: str) -> str:
    """``text`` (see ``is_hinglish``) read into English, quotations and unknown words as typed."""
    units, last = [], 0
    for match in _PIECE.finditer(text):
        word = match["word"] or ""
        units.append(_Unit(text[last : match.start()], match["quote"] or word, word.lower().replace("’", "'")))
        last = match.end()
    english, clause = "", []
    for gap, piece in _read(_relative_folded(units)) + [(text[last:], None)]:
        if piece is None or _CLAUSE_GAP.search(gap) or piece.kind in (AND, RELATIVE):
            english += ordered(clause, "?" in gap) if clause else ""
            english += gap.strip() + " " if _CLAUSE_GAP.search(gap) or piece is None else f" {piece.english} "
            clause = []
        if piece is not None and piece.kind not in (AND, RELATIVE):
            clause.append(piece)
    for pattern, replacement in _CLEAN:
        english = pattern.sub(replacement, english)
    return english.strip()


def _read(units: list[_Unit]) -> list[tuple[str, Piece]]:
    """(text before, piece) of each word or phrase read, in the order typed."""
    read: list[tuple[str, Piece]] = []
    n = 0
    while n < len(units):
        unit = units[n]
        if n and (size := _found(units, n, POSTPOSITIONS)):
            held = n + size < len(units) and units[n + size].folded in _HELD
            _bind_before(read, POSTPOSITIONS[_words(units, n, size)], held, _subject_after(units, n + size))
            n += size
            continue
        if (light := _light_verb_at(units, n)) is not None:
            size, asking, verb = light
            if verb.english.startswith("to ") and n > 1 and units[n - 1].folded == "ko" and read and read[-1][1].kind == WORD:
                verb = Piece(f"for {read.pop()[1].english} {verb.english}", PHRASE)
            read.extend([(unit.gap, Piece(asking, ASK))] * bool(asking) + [(unit.gap, verb)])
            n += size
            continue
        size, piece = 1, _word(units, n, read)
        if piece is None:
            size, piece = _table_piece(units, n)
        if piece is None:
            size, piece = 1, Piece(unit.typed)
        if unit.folded == "aur" or unit.folded in _RELATIVES:
            piece = piece._replace(kind=AND if unit.folded == "aur" else RELATIVE)
        if piece.kind == VERB and piece.english == "was held" and units[n + size : n + size + 1] and units[n + size].folded == "hai":
            piece = piece._replace(english="has been held")  # "kahan kahan hua hai": where has it been held
        if piece.kind == VERB or piece.english.endswith(("said", "happened")):
            while n + size < len(units) and units[n + size].folded in HELPERS and _helps(units, n + size):
                size += 1  # "bola tha", "aaye the": the verb says the tense
        if piece.english or piece.kind in (SUBJECT_END, YES_NO, TAG):
            read.append((unit.gap, piece))
        elif unit.gap.strip():
            read.append((unit.gap, Piece("")))
        n += size
    return read


def _words(units: list[_Unit], n: int, size: int) -> str:
    return " ".join(u.folded for u in units[n : n + size])


def _found(units: list[_Unit], n: int, table: dict) -> int:
    """How many units from the n-th make the longest key of ``table`` (words typed together), or 0."""
    for size in (5, 4, 3, 2, 1):
        group = units[n : n + size]
        if len(group) == size and all(u.folded for u in group) and not any(u.gap.strip() for u in group[1:]):
            if _words(units, n, size) in table:
                return size
    return 0


def _table_piece(units: list[_Unit], n: int) -> tuple[int, Piece | None]:
    """(units, piece) of the longest phrase or word of the tables at the n-th unit, or (0, None)."""
    best, piece = 0, None
    for table, kind in ((VERBS, VERB), *_TABLES):
        if (size := _found(units, n, table)) > best and not (kind == VERB and size == 1 and not _is_verb(units, n)):
            found = table[_words(units, n, size)]
            best, piece = size, Piece(found, kind) if kind != VERB else Piece(found[0], VERB, found[1])
    return best, piece


def _is_verb(units: list[_Unit], n: int) -> bool:
    """"kaha" is where before "hua" ("kaha hua tha"), said elsewhere; "di" is a verb only after a noun."""
    word, after = units[n].folded, units[n + 1].folded if n + 1 < len(units) else ""
    if word == "kaha" and after in ("hua", "hui", "hoga", "hogi", "based", "hai"):
        return False
    return True


def _helps(units: list[_Unit], n: int) -> bool:
    return not units[n].gap.strip() and (units[n].folded != "the" or _hindi_the(units, n))


def _hindi_the(units: list[_Unit], n: int) -> bool:
    """Whether "the" is the Hindi "were" ("aaye the na", "kaun kaun the", "creators the usme"), not the article."""
    after = units[n + 1] if n + 1 < len(units) else None
    return after is None or bool(_CLAUSE_GAP.search(after.gap)) or after.folded in MARKERS or after.folded in TAGS


def _word(units: list[_Unit], n: int, read: list[tuple[str, Piece]]) -> Piece | None:
    """One word read by what is around it, or None for one the tables read as it stands."""
    unit, before = units[n], read[-1][1] if read else None
    word, ends = unit.folded, n + 1 >= len(units) or bool(_CLAUSE_GAP.search(units[n + 1].gap))
    if not word:
        return Piece(unit.typed)  # a quotation
    if word in SUBJECT_ENDS:
        if word != "ne":
            read.append((unit.gap, Piece("they" if word == "unhone" else "he")))
        return Piece("", SUBJECT_END)
    if word in GENITIVES and before is not None and before.kind in (WORD, PHRASE) and before.english and not unit.gap.strip():
        read[-1] = (read[-1][0], before._replace(english=_genitive(before.english, units[n + 1 : n + 2])))
        return Piece("")
    if word in ("hai", "tha", "thi", "the") and before is not None and before.kind == WORD and before.english.endswith("ed"):
        read[-1] = (read[-1][0], Piece(f"{'is' if word == 'hai' else 'was'} {before.english}", VERB))
        return Piece("")  # "kahan based hai": where is it based
    if word == "the" and _hindi_the(units, n):
        return Piece("were", VERB)
    if word == "kya" and before is not None and (ends or before.kind == VERB):
        return Piece("", YES_NO)  # "hua tha kya?", "hai kya": was it, is it
    if word in TAGS or word == "right" and ends and before is not None and before.kind == VERB:
        return Piece("", TAG)
    if word == "do" and ends and before is not None and before.kind == WORD:
        return Piece("give", IMPERATIVE)  # "list do", "quote do"
    if word in ("ye", "yeh") and n and (not units[n - 1].folded or "-" in unit.gap):
        return Piece("")  # "'...' ye kisne bola", "'...' ye ollongren ka hai": who said it, is it Ollongren's
    return None


def _genitive(english: str, after: list[_Unit]) -> str:
    """"vilnius summit ki dates": the vilnius summit dates; "stoltenberg ka op-ed": stoltenberg's op-ed."""
    if after and after[0].folded in ("date", "dates"):
        return english
    return f"{english}'s"


def _light_verb_at(units: list[_Unit], n: int) -> tuple[int, str, Piece] | None:
    """(units, asking word, verb) of an English verb and its Hindi helper: "announce hua" -> "was announced",
    "host kisne kiya" -> "who" "hosted", "confirm karo" -> "confirm"; or None."""
    verb = units[n].folded
    if verb not in ENGLISH_VERBS or n + 1 >= len(units) or units[n + 1].gap.strip():
        return None
    asking, helper, size = "", units[n + 1].folded, 2
    if helper in ("kisne", "kaun", "kab", "kahan") and n + 2 < len(units):
        asking, helper, size = ASKING[helper], units[n + 2].folded, 3
    if helper not in LIGHT_VERBS:
        return None
    while n + size < len(units) and units[n + size].folded in HELPERS and _helps(units, n + size):
        size += 1  # "announce hua tha"
    voice = LIGHT_VERBS[helper]
    if voice == "!":
        return size, asking, Piece(verb, IMPERATIVE)
    if voice == "to":
        size += 2 if _words(units, n + size, 2) == "ke liye" else 0
        return size, asking, Piece(f"to {verb}", PHRASE)  # "allies ko recommit karne ke liye": for allies to recommit
    if voice:
        return size, asking, Piece(f"{voice} {_participle(verb)}", VERB)
    return size, asking, Piece(IRREGULAR_PASTS.get(verb) or _participle(verb), VERB, verb)


def _participle(verb: str) -> str:
    if verb in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[verb]
    return verb + ("d" if verb.endswith("e") else "ed")


def _subject_after(units: list[_Unit], n: int) -> bool:
    """Whether a subject marked with "ne" follows in the clause ("NotPetya attack pe NATO ne ...")."""
    for unit in units[n:]:
        if _CLAUSE_GAP.search(unit.gap):
            return False
        if unit.folded in SUBJECT_ENDS:
            return True
    return False


def _relative_folded(units: list[_Unit]) -> list[_Unit]:
    """"jo X tha wo kab hua": "X kab hua" (the one that was X, when was it), Hindi's relative and its pointer."""
    words = [u.folded for u in units]
    if "jo" not in words or not {"wo", "woh"} & set(words[words.index("jo") :]):
        return units
    start = words.index("jo")
    end = next(n for n in range(start, len(words)) if words[n] in ("wo", "woh"))
    kept = [u for u in units[start + 1 : end] if u.folded not in HELPERS]
    return units[:start] + [kept[0]._replace(gap=units[start].gap), *kept[1:]] + units[end + 1 :] if kept else units


def _bind_before(read: list[tuple[str, Piece]], preposition: str, held: bool, subject_after: bool) -> None:
    """The preposition put before the word read last, with the words of a gathering's name before it ("berlin
    cyber conference mein": in berlin cyber conference), or a year's month; a year held at stands alone. Before
    a subject marked with "ne", all the words typed before it are what it names ("NotPetya attack pe NATO ne")."""
    if not read or read[-1][1].kind not in (WORD, PHRASE) or not read[-1][1].english:
        if read and read[-1][1].kind == ASK:
            read[-1] = (read[-1][0], read[-1][1]._replace(english=f"{preposition} {read[-1][1].english}"))
        return
    first, last = len(read) - 1, read[-1][1].english
    word = normalize(last)
    year = word.isdigit() and len(word) == 4
    if word in _GATHERINGS or word in _OF_GATHERING or year and not held:
        while first > 0 and not read[first][0].strip() and (_names_gathering(read[first - 1][1]) or subject_after and read[first - 1][1].kind == WORD):
            first -= 1
    elif year and first > 0 and normalize(read[first - 1][1].english) in _MONTHS:
        first -= 1  # "june 2023 mein"
    if first > 0 and read[first - 1][1].kind == ASK and read[first - 1][1].english == "which":
        first -= 1  # "kis country mein": in which country
        read[first:] = [(read[first][0], Piece(f"{preposition} which " + " ".join(p.english for _, p in read[first + 1 :]), ASK))]
        return
    named = " ".join(p.english for _, p in read[first:])
    read[first:] = [(read[first][0], Piece(f"{preposition} {named}", PHRASE))]


def _names_gathering(piece: Piece) -> bool:
    word = normalize(piece.english)
    return piece.kind == WORD and (word in PLACES or word in _OF_GATHERING or word in _GATHERINGS or word.isdigit() and len(word) == 4)
