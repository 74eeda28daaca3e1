"""Questions typed partly or wholly in Ukrainian (Cyrillic), read into English before any step reads them.

Folding a message to ASCII drops Cyrillic whole: "коли була pledge conference в Римі?" would reach every step as
"pledge conference". This reads the Cyrillic words through ``ukrainian``'s tables (a declined name or place by its
stem: "в Римі", "зі Столтенбергом"), then puts each clause in English order where Ukrainian's differs:

    "коли була pledge conference в Римі?"        -> "when was pledge conference in Rome?"
    "що Столтенберг сказав про SACEUR в Берліні?" -> "what did Stoltenberg say about SACEUR in Berlin?"
    "а на якому саміті його прийняли?"           -> "and at which summit was it adopted?"
    "а наступна така конференція де була?"       -> "and where was next such conference?"
    "Odobesku була міністром оборони Нідерландів?" -> "was Odobesku defence minister of the Netherlands?"

Latin words (names, English), numbers and quotations stay as typed; a capitalised Cyrillic word no table knows is
a name, spelled in Latin letters ("Кулеба": "Kuleba"); any other unknown Cyrillic word is dropped. Only a message
with a Cyrillic letter is read: any other pays ``str.isascii``. Table-tested in tests/test_ukrainian.py.
"""

from __future__ import annotations

from typing import NamedTuple

from ..patterns import lazy_pattern
from .ukrainian import ENDINGS, IMPERSONAL, OWN_PASSIVE, PARTICIPLES, PHRASES, PRESENT, STEMS, VERBS, WORDS, YEAR_WORDS

_CYRILLIC = lazy_pattern(r"[\u0400-\u04ff]")
_QUOTATION = lazy_pattern(r"\"[^\"]+\"|“[^”“]+”|«[^»«]+»|(?<![\w'‘’])['‘](?:[^'‘’]|(?<=\w)['’](?=\w))+?['’](?![\w'‘’])")
_HELD = lazy_pattern(r"\x06(\d+)\x06")
_PIECE = lazy_pattern(r"(?P<held>\x06\d+\x06)|(?P<word>[^\W_]+(?:['’.\-][^\W_]+)*)")
_CYRILLIC_WORD = lazy_pattern(r"[\u0400-\u04ff]+(?:['’][\u0400-\u04ff]+)*")
_PHRASE_RES = tuple((lazy_pattern(pattern), english) for pattern, english in PHRASES)
_CLEAN = ((lazy_pattern(r"\s+(?=[,?!.])"), ""), (lazy_pattern(r" {2,}"), " "))
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z", "и": "y", "і": "i",
    "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ы": "y", "э": "e",
    "ё": "yo", "ъ": "", "'": "", "’": ""})
_ASKING = frozenset(("what", "when", "where", "who", "which", "whose", "how", "how many"))
_ASKING_OBJECT = frozenset(("what", "when", "where", "which", "how"))  # asked of a subject: "what did X say"
_PRONOUNS = frozenset(("he", "she", "they", "him", "her", "it"))
#: Nouns for people, a subject as a name is: "до чого закликав генсек" (what did the secretary general call for).
_PERSON_NOUNS = frozenset(("secretary general", "minister", "NATO"))
#: Asking words that ask for the subject of a passive: "що вирішили" is "what was decided", never "what was it decided".
_ASKING_SUBJECT = frozenset(("what", "who"))
_PREPOSITIONS = frozenset("in at on about with for to from before after between".split())
_BE = frozenset(("was", "were", "is"))
_LEADS = frozenset(("and", "but"))
_CLAUSE_END = frozenset("?!.,;:—–-")
#: Adverbs kept before the verb when a yes/no question is put in English order ("does NATO only defend").
_BEFORE_VERB = frozenset(("only", "also", "really", "ever", "first"))
#: Words between "who" and its verb that English puts after it ("хто там виступав": who spoke there; "хто її відкрив": who opened it).
_AFTER_VERB = {"there": "there", "then": "then", "also": "also", "him": "it", "her": "it", "them": "them"}
#: Whole words of ``WORDS`` that are nouns (a noun after one is "of" it: "дати саміту", the dates of the summit).
_NOUN_WORDS = frozenset(("дата", "дати", "дату", "список", "слова"))


class _Token(NamedTuple):
    gap: str  # the text before it
    text: str  # English (or as typed)
    kind: str  # "ask", "subject", "verb", "impersonal", "passive", "be", "name", "noun", "word"
    base: str = ""  # a verb's base form, an impersonal or passive verb's participle
    read: bool = False  # read from Ukrainian (a Latin word is as typed)


def is_ukrainian(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic letter."""
    return not text.isascii() and _CYRILLIC.search(text) is not None


def read_if_ukrainian(text: str) -> str:
    """``text`` read into English if it is partly Ukrainian, else as it is."""
    return read_ukrainian(text) if is_ukrainian(text) else text


def read_ukrainian(text: str) -> str:
    """``text`` (see ``is_ukrainian``) read into English, quotations and Latin words as typed."""
    held: list[str] = []

    def hold(match) -> str:
        held.append(match[0])
        return f"\x06{len(held) - 1}\x06"

    text = _QUOTATION.sub(hold, text)
    capitals = {word.lower() for word in _CYRILLIC_WORD.findall(text) if word[0].isupper()}
    text = _CYRILLIC_WORD.sub(lambda m: m[0].lower(), text)
    for pattern, english in _PHRASE_RES:
        text = pattern.sub(english, text)
    tokens = _tokens(text, capitals)
    english = "".join(f"{token.gap}{token.text}" for token in _ordered(tokens))
    for pattern, repl in _CLEAN:
        english = pattern.sub(repl, english)
    return _HELD.sub(lambda m: held[int(m[1])], english.strip())


def _tokens(text: str, capitals: set[str]) -> list[_Token]:
    """The words of ``text`` read, each with the text before it; a dropped word's gap is carried to the next."""
    tokens: list[_Token] = []
    end, carried = 0, ""
    for match in _PIECE.finditer(text):
        gap = carried + text[end : match.start()]
        end = match.end()
        token = _Token(gap, match[0], "subject") if match["held"] else _token(gap, match[0], capitals, tokens[-1] if tokens else None)
        if token.text:
            tokens.append(token)
            carried = ""
        else:
            carried = gap
    tokens.append(_Token(carried + text[end:], "", "end"))
    return tokens


def _token(gap: str, word: str, capitals: set[str], before: _Token | None) -> _Token:
    """One word read: Cyrillic through the tables, Latin as typed (its kind for the ordering)."""
    if _CYRILLIC.search(word) is None:
        lowered = word.lower()
        if lowered in _ASKING:
            return _Token(gap, word, "ask")
        if lowered in _PRONOUNS or word[0].isupper() and not word.isdigit():
            return _Token(gap, word, "subject")
        return _Token(gap, word, "word")
    if word in VERBS:
        past, base = VERBS[word]
        return _Token(gap, past, "verb", f"did {base}", True)
    if word in PRESENT:
        present, auxiliary, base = PRESENT[word]
        return _Token(gap, present, "verb", f"{auxiliary} {base}", True)
    if word in IMPERSONAL:
        return _Token(gap, IMPERSONAL[word], "impersonal", IMPERSONAL[word], True)
    if word in OWN_PASSIVE:
        return _Token(gap, OWN_PASSIVE[word], "passive", "is" if word.endswith("ться") else "was", True)
    if word in PARTICIPLES:
        return _Token(gap, PARTICIPLES[word], "participle", "", True)
    if word in YEAR_WORDS and before is not None and before.text.isdigit():
        return _Token(gap, "", "word", "", True)  # "2022 року": the year alone
    if word == "що" and before is not None and before.kind == "verb":
        return _Token(gap, "that", "word", "", True)  # "хто сказав що ...": who said that ...
    if word in WORDS:
        english = WORDS[word]
        kind = ("ask" if english in _ASKING else "be" if english in _BE else "subject" if english in _PRONOUNS or english in _PERSON_NOUNS
                else "noun" if word in _NOUN_WORDS else "word")
        return _Token(gap, english, kind, "", True)
    stem = _stem(word)
    if stem is not None:
        english = STEMS[stem]
        is_name = english[:1].isupper() or english == "NATO"
        ending = word[len(stem):]
        if before is not None and (before.kind == "noun" or before.text.endswith("minister")) and ending in ("и", "ї", "ів", "у"):
            english = f"of {english}" if is_name or english.startswith("the ") else f"of the {english}"  # "міністр оборони Німеччини": defence minister of Germany
        return _Token(gap, english, "subject" if is_name or english in _PERSON_NOUNS else "noun", "", True)
    if word in capitals:
        return _Token(gap, word.translate(_LATIN).capitalize(), "subject", "", True)  # "Кулеба": a name no table knows
    return _Token(gap, "", "word", "", True)


def _stem(word: str) -> str | None:
    """The longest stem of ``STEMS`` that ``word`` starts with, the rest of it one of ``ENDINGS``."""
    for size in range(len(word), 1, -1):
        if word[:size] in STEMS and word[size:] in ENDINGS:
            return word[:size]
    return None


def _ordered(tokens: list[_Token]) -> list[_Token]:
    """Each clause (up to a mark ending it) put in English order; the last token holds the text after the last word."""
    result: list[_Token] = []
    clause: list[_Token] = []
    for token in tokens:
        if clause and any(mark in token.gap for mark in _CLAUSE_END):
            result.append(_clause_ordered(clause, token.gap))
            clause = []
        if token.kind == "end":
            result.append(_Token(token.gap if not clause else "", "", "end"))
            if clause:
                result.insert(-1, _clause_ordered(clause, token.gap))
                result[-1] = token
            break
        clause.append(token)
    return result


def _clause_ordered(clause: list[_Token], after: str) -> _Token:
    """The clause as one token, its words in English order; ``after`` is the text after it (its mark). A clause of
    Latin words alone is as typed."""
    parts = [n for n in range(1, len(clause) - 1) if clause[n].text == "and" and clause[n + 1].kind == "ask"]
    if parts:  # "що таке NICC і де він знаходиться": two questions, each in its order
        pieces = [clause[start:end] for start, end in zip([0, *parts], [*parts, len(clause)])]
        said = [_clause_ordered(piece, after if n == len(pieces) - 1 else "?").text for n, piece in enumerate(pieces)]
        return _Token(clause[0].gap, " ".join(said), "word")
    texts = [token.text for token in clause]
    if any(token.read for token in clause):
        kinds = [token.kind for token in clause]
        lead = 1 if texts[0] in _LEADS else 0
        if texts[lead:lead + 1] == ["or"] and clause[lead].read and len(texts) > lead + 1:  # "чи був X": the yes/no mark, no word of English
            texts, kinds, clause = [*texts[:lead], *texts[lead + 1:]], [*kinds[:lead], *kinds[lead + 1:]], [*clause[:lead], *clause[lead + 1:]]
        asking = next((n for n in range(lead, len(clause)) if kinds[n] == "ask"), None)
        texts = _english_order(clause, texts, kinds, lead, asking, "?" in after)
    return _Token(clause[0].gap, " ".join(text for text in texts if text), "word")


def _english_order(words: list[_Token], texts: list[str], kinds: list[str], lead: int, asking: int | None, question: bool) -> list[str]:
    """The clause's words in English order (see the module's examples)."""
    if "impersonal" in kinds or "passive" in kinds:
        return _passive_order(words, texts, kinds, lead, asking, question)
    if "verb" in kinds:
        return _verb_order(words, texts, kinds, lead, asking, question)
    if "be" in kinds:
        be = kinds.index("be")
        last = len(texts) - 1
        if "participle" in kinds and kinds.index("participle") == be + 1 < last:  # "коли був створений NICC": when was NICC created
            return [*texts[:be + 1], *texts[be + 2:], texts[be + 1]]
        if asking is not None and asking > lead and be == asking + 1 == last:
            return [*texts[:lead], texts[asking], texts[be], *texts[lead:asking]]  # "the next one where was": where was the next one
        if asking is not None and be == last and asking < be - 1:  # "коли перше було": when was the first; "де вона була": where was it
            middle = ["it" if text in _PRONOUNS else text for text in texts[asking + 1:be]]
            return [*texts[:asking + 1], texts[be], *middle]
        if asking is not None and texts[asking] == "how many" and be == asking + 1:
            return [*texts[:asking + 1], *texts[be + 1:], "have there been"]  # "скільки було X": how many X have there been
        if asking is None and question and be > lead and texts[-1].lower() != "right":  # "X was 2021 right?" is a claim
            return [*texts[:lead], texts[be], *texts[lead:be], *texts[be + 1:]]  # "Odobescu was minister?": was Odobescu minister?
        return texts
    if len(texts) > lead + 2 and texts[lead + 1] == "this" and kinds[lead] == "subject" and asking is None:
        return [*texts[:lead + 1], "is", *texts[lead + 2:]]  # "Бербок це міністр": Baerbock is minister
    if texts[lead:] == ["yes"]:
        return [*texts[:lead], "right"]  # "..., так?": right?
    if asking is not None and texts[asking] == "who" and len(texts) > asking + 1 and all(word.read for word in words[asking:]):
        return [*texts[:asking + 1], "is", *texts[asking + 1:]]  # "хто зараз генсек": who is now secretary general
    return texts


def _verb_order(words: list[_Token], texts: list[str], kinds: list[str], lead: int, asking: int | None, question: bool) -> list[str]:
    """A clause with a past or present verb: "what X said" -> "what did X say", "who there spoke" -> "who spoke there",
    "X spoke?" -> "did X speak?", "X only defends?" -> "does X only defend?"."""
    verb = kinds.index("verb")
    auxiliary, base = words[verb].base.split(" ", 1)
    if asking is not None and asking < verb and texts[asking] in _ASKING_OBJECT:
        first = next((n for n in range(asking + 1, verb) if kinds[n] == "subject"), None)
        if first is not None:  # "what Stoltenberg said about": what did Stoltenberg say about
            end = first
            while end + 1 < verb and kinds[end + 1] == "subject" and texts[end + 1] not in _PRONOUNS:
                end += 1
            return [*texts[:first], auxiliary, *texts[first:end + 1], base, *texts[end + 1:verb], *texts[verb + 1:]]
        if verb + 1 < len(texts) and kinds[verb + 1] == "subject":  # "what said Odobescu": what did Odobescu say
            return [*texts[:verb], auxiliary, texts[verb + 1], base, *texts[verb + 2:]]
    if asking is not None and verb == asking + 2 and texts[asking + 1] in _AFTER_VERB:  # "who there spoke": who spoke there
        return [*texts[:asking + 1], texts[verb], _AFTER_VERB[texts[asking + 1]], *texts[verb + 1:]]  # "хто її організував": who hosted it
    if asking is None and question and verb == lead and verb + 1 < len(texts) and kinds[verb + 1] == "subject":
        return [*texts[:lead], auxiliary, texts[verb + 1], base, *texts[verb + 2:]]  # "(чи) виступав Столтенберг у Таллінні?"
    if asking is None and question and kinds[lead] == "subject" and verb > lead:
        between = texts[lead + 1:verb]  # "Rutte in Berlin opened the conference?": did Rutte open the conference in Berlin?
        kept = [text for text in between if text in _BEFORE_VERB]  # "НАТО в кіберпросторі тільки обороняється": does NATO only defend in cyberspace
        moved = [text for text in between if text not in _BEFORE_VERB]
        return [*texts[:lead], auxiliary, texts[lead], *kept, base, *texts[verb + 1:], *moved]
    return texts


def _passive_order(words: list[_Token], texts: list[str], kinds: list[str], lead: int, asking: int | None, question: bool) -> list[str]:
    """A clause with a verb English says in the passive: "коли його прийняли" -> "when was it adopted", "коли вийшла
    стаття X" -> "when was article X published", "що вирішили у Вільнюсі" -> "what was decided in Vilnius"."""
    verb = kinds.index("impersonal") if "impersonal" in kinds else kinds.index("passive")
    aux = "was" if kinds[verb] == "impersonal" else words[verb].base
    if asking is not None and asking < verb:
        start = asking + (2 if texts[asking] == "which" and asking + 1 < verb else 1)
    elif asking is None and question:
        start = lead
    else:
        return texts
    middle = ["it" if text in _PRONOUNS else text for text in texts[start:verb]]
    rest = texts[verb + 1:]
    if asking is not None and texts[asking] in _ASKING_SUBJECT:
        return [*texts[:start], aux, texts[verb], *middle, *rest]  # "what was decided in Vilnius"
    if middle and middle[0] not in _PREPOSITIONS:
        return [*texts[:start], aux, *middle, texts[verb], *rest]
    if asking is None:
        return texts
    if rest and rest[0] not in _PREPOSITIONS:  # "коли оголосили дати саміту": when were the dates of the summit announced
        return [*texts[:start], aux, *rest, texts[verb], *middle]
    return [*texts[:start], aux, "it", texts[verb], *middle, *rest]  # "де в Лондоні проходила": where was it held in London
