"""Questions typed partly or wholly in Czech, read into English before any step reads them (tables: ``czech``).

Czech asks with the past form of a verb whose ending names the doer ("co řekla" is "what did she say"), drops
the subject ("kdy tam mluvila?"), puts "tam" and "to" before the verb ("kdo to řekl?") and shares many small words
with English ("a", "to", "na", "do"). This reads those into English order, word by word for the rest:

    "kdy byla ta konference v Římě?"          -> "when was the conference in Rome?"
    "a co tam řekla? the quote"               -> "and what did she say there? the quote"
    "kdy a kde to řekl?"                      -> "when and where did he say it?"
    "kdo tam mluvil za NATO?"                 -> "who spoke there for NATO?"
    "co řekla Odobescu v Haagu?"              -> "what did Odobescu say in The Hague?"
    "Stoltenberg byl ještě SG v Tiraně, ne?"  -> "Stoltenberg was still SG in Tirana, right?"

Names, English words and quotations stay as typed (their capitals and letters too: "Černochová"). A small word
English also has is read the Czech way only beside a Czech word ("a co", "v Římě"): "recommit a more money" keeps
its "a". Only a question with a word of ``MARKERS`` is read: any other pays a set intersection. Table-tested in
tests/test_czech_questions.py.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .czech import ASKING, BE_PAST, MARKERS, PAST, PHRASES, SMALL_WORDS, WORDS
from .normalizing import ascii_folded, normalize
from .places import PLACES, english_name

_QUOTATION = lazy_pattern(r"(\"[^\"]+\"|“[^”“]+”|(?<![\w'‘’])['‘](?:[^'‘’]|(?<=\w)['’](?=\w))+?['’](?![\w'‘’]))")
_TYPED_WORD = lazy_pattern(r"[^\W\d_]+")
_WORD = lazy_pattern(r"[a-z0-9]+")
_CLAUSE_END = lazy_pattern(r"[?!.,;:]| - ")
_SPACES = lazy_pattern(r" {2,}")
_BEFORE_MARK = lazy_pattern(r" +(?=[?!.,])")
_PHRASE_RES = tuple((cue, lazy_pattern(pattern), repl) for cue, pattern, repl in PHRASES)
#: Words asking "which": the noun after them is theirs, the verb later in the clause is asked ("na které konferenci mluvil").
_WHICH = frozenset("ktery ktera ktere kterou kterem kteri jaky jaka jake jakou".split())
#: Small words that stand between an asking word and its verb, put after the verb in English: "kdy tam mluvila".
_BEFORE_VERB = {"tam": "there", "to": "it", "se": "", "si": "", "a": "and", "kdy": "when", "kde": "where"}
_ATTACK = frozenset(("utok", "utoku", "utoky"))
#: A word with a letter only Czech writes, not a name (lower case): "přesně", "citát".
_CZECH_TYPED = lazy_pattern(r"(?<![\w])[a-zá-ž]*(?:[řěů]|át\b|átu\b)[a-zá-ž]*")
#: Words naming a role: "byl" before one has dropped its subject ("od kdy byl Secretary General": was he).
_ROLES = frozenset("secretary generalni generalnim ministr ministryne ministrem prezident prezidentem premier premierem foreign defence deputy".split())
_ORDINALS = frozenset(("prvni", "druhy", "druha", "druhe", "treti", "posledni"))
_PLACE_NAMES = {"the hague": "The Hague", "czechia": "Czechia"}
#: English words a phrase has read a Czech one into, after which "a" is "and": "a od kdy" read "a since when".
_READ_LEADS = frozenset("what when where who since give tell why how which".split())


def is_czech(text: str) -> bool:
    """Whether ``text`` holds a word only Czech spells so, or a small word typed with a letter only Czech writes ("citát")."""
    if not MARKERS.isdisjoint(normalize(text).split()):
        return True
    return not text.isascii() and _CZECH_TYPED.search(text) is not None


def read_if_czech(text: str) -> str:
    """``text`` read into English if it is partly Czech, else as it is."""
    return read_czech(text) if is_czech(text) else text


def read_czech(text: str) -> str:
    """``text`` (see ``is_czech``) read into English, quotations and unknown words as typed."""
    pieces = _QUOTATION.split(text)  # odd pieces are quotations
    english = "".join(piece if n % 2 else _piece_read(piece) for n, piece in enumerate(pieces))
    return _BEFORE_MARK.sub("", _SPACES.sub(" ", english)).strip()


def _piece_read(text: str) -> str:
    """A piece of the question outside quotation marks read into English, names with their capitals and letters."""
    typed = {ascii_folded(word).lower(): word for word in _TYPED_WORD.findall(text) if not (word.islower() and word.isascii())}
    folded = ascii_folded(text.lower().replace("’", "'"))
    present = set(_WORD.findall(folded))
    for cue, pattern, repl in _PHRASE_RES:
        if cue in present:
            folded = pattern.sub(repl, folded)
    gaps, found = _WORD.split(folded), _WORD.findall(folded)
    read = _words_read(found, gaps)
    english = "".join(gap + word for gap, word in zip(gaps, [*read, ""]))
    return _WORD.sub(lambda m: typed[m[0]] if m[0] in typed and m[0] not in WORDS and m[0] not in SMALL_WORDS else m[0], english)


def _is_czech_word(word: str) -> bool:
    return word in WORDS or word in PAST or word in BE_PAST or word in MARKERS


def _words_read(words: list[str], gaps: list[str]) -> list[str]:
    """Each word read into English, by the words beside it where Czech and English share it. ``gaps[n]`` is the text
    before ``words[n]``."""
    read = [_word_read(words, gaps, n) for n in range(len(words))]
    for n, word in enumerate(words):
        if word in PAST:
            _verb_read(words, gaps, n, read)
    return read


def _word_read(words: list[str], gaps: list[str], n: int) -> str:
    word = words[n]
    if word in WORDS:
        return f"the {WORDS[word]}" if word in _ORDINALS and (not n or words[n - 1] not in ("the", "ta", "ten", "a")) else WORDS[word]
    if (name := english_name(word)) is not None:
        return "Hague" if name == "the hague" and n and words[n - 1] == "the" else _PLACE_NAMES.get(name, name.title())
    if word in BE_PAST:
        ends = n + 1 == len(words) or _CLAUSE_END.search(gaps[n + 1]) is not None
        if ends and n and words[n - 1] in ASKING:
            return f"{BE_PAST[word]} it"  # "kde byla?": where was it?
        dropped = not ends and words[n + 1] in _ROLES and "kdo" not in words[:n] and word in ("byl", "byla", "je")
        return f"{BE_PAST[word]} {'she' if word == 'byla' else 'he'}" if dropped else BE_PAST[word]
    if word in PAST:
        return PAST[word][0]
    if word in SMALL_WORDS and _small_word_is_czech(words, gaps, n):
        if word == "na" and n and words[n - 1] in _ATTACK:
            return "on"
        return SMALL_WORDS[word]
    return word


def _small_word_is_czech(words: list[str], gaps: list[str], n: int) -> bool:
    """Whether the run of small words holding ``words[n]`` touches a Czech word or a place, or opens a clause."""
    start = n
    while start and words[start - 1] in SMALL_WORDS and not _CLAUSE_END.search(gaps[start]):
        start -= 1
    end = n
    while end + 1 < len(words) and words[end + 1] in SMALL_WORDS and not _CLAUSE_END.search(gaps[end + 1]):
        end += 1
    opens = start == 0 or _CLAUSE_END.search(gaps[start]) is not None
    before = words[start - 1] if start and not _CLAUSE_END.search(gaps[start]) else ""
    after = words[end + 1] if end + 1 < len(words) and not _CLAUSE_END.search(gaps[end + 1]) else ""
    if words[n] == "a" and after in _READ_LEADS:
        return True
    return (opens and after != "") or any(_is_czech_word(w) or w in PLACES or english_name(w) for w in (before, after) if w)


def _verb_read(words: list[str], gaps: list[str], n: int, read: list[str]) -> None:
    """The past form at ``n`` read as English asks it: "co řekla X" -> "what did X say", "kdy tam mluvila" -> "when
    did she speak there", "kdo to řekl" -> "who said it"; ``read`` changed in place."""
    past, base, pronoun = PAST[words[n]]
    between, m = [], n - 1
    while m >= 0 and words[m] in _BEFORE_VERB and words[m] not in ("kdy", "kde") and not _CLAUSE_END.search(gaps[m + 1]):
        between.append(m)
        m -= 1
    asker = words[m] if m >= 0 and not _CLAUSE_END.search(gaps[m + 1]) else ""
    after_verb = " ".join(x for x in (_BEFORE_VERB[words[k]] for k in reversed(between)) if x and x != "and")
    if asker == "kdo":
        for k in between:
            read[k] = "" if words[k] != "a" else read[k]
        read[n] = f"{past} {after_verb}".strip()
        return
    if asker not in ASKING and not _which_before(words, gaps, n):
        return
    subject = _subject_after(words, gaps, n)
    for k in subject:
        read[k] = ""
    for k in between:
        read[k] = "" if words[k] != "a" else read[k]
    who = " ".join(words[k] for k in subject) or pronoun
    read[n] = f"did {who} {base} {after_verb}".strip()


def _which_before(words: list[str], gaps: list[str], n: int) -> bool:
    """"na které cyber konferenci mluvil": a "which" word at most four words before, in the same clause."""
    for m in range(n - 1, max(n - 6, -1), -1):
        if _CLAUSE_END.search(gaps[m + 1]) or words[m] in PAST:
            return False
        if words[m] in _WHICH:
            return True
    return False


def _subject_after(words: list[str], gaps: list[str], n: int) -> list[int]:
    """The indexes of a named subject right after the verb ("řekla Odobescu"): up to two words no table reads."""
    taken: list[int] = []
    for k in range(n + 1, min(n + 3, len(words))):
        if _CLAUSE_END.search(gaps[k]) or _is_czech_word(words[k]) or words[k] in SMALL_WORDS or words[k].isdigit():
            break
        if words[k] in PLACES or english_name(words[k]) or words[k] in ("the", "about", "in", "at", "on", "for", "quote"):
            break
        taken.append(k)
    return taken
