"""Questions typed partly or wholly in Portuguese, read into English (the tables are ``portuguese``'s).

Portuguese shares short words with English ("a", "no", "do", "data", "era"), so it is read apart from the
other languages: only a question holding one of ``MARKERS`` ("foi", "quem", "onde", "disse" ...) is read, and
quotations in it are left as typed ('quem disse "no one stands alone"?'):

    "tirana conference quando foi exatamente"         -> "tirana conference when was it exactly"
    "o que a ollongren falou na abertura da conferencia de haia" -> "what did ollongren say at the opening of the conference in the hague"
    "wales summit foi em que cidade?"                  -> "wales summit in which city was it?"

Pure; table-tested in tests/test_portuguese.py.
"""

from __future__ import annotations

import unicodedata

from ..patterns import lazy_pattern
from .places import PLACES, in_english
from .portuguese import AFTER_ASKED, AMBIGUOUS, SHARED, AT_THE, ENGLISH_AFTER_NO, MARKERS, ON_THE, ORDINALS, PHRASES, PRONOUNS, VERBS, WORDS

_PHRASE_RES = tuple((cue, lazy_pattern(pattern), repl) for cue, pattern, repl in PHRASES)
_AFTER_ASKED_RES = tuple((cue, lazy_pattern(pattern), repl) for cue, pattern, repl in AFTER_ASKED)
#: A quotation, kept as typed: double marks, or single marks outside words.
_QUOTATION = lazy_pattern(r"\"[^\"]+\"|“[^”“]+”|(?<![\w'‘’])['‘](?:[^'‘’]|(?<=\w)['’](?=\w))+?['’](?![\w'‘’])")
_HELD = lazy_pattern(r"\x00(\d+)\x00")
#: Accented words folding would make another word: "é" (is) would be "e" (and), "só" (only) "so".
_ACCENTED = {"é": "is", "né": "right", "não": "not", "só": "only", "lá": "there", "está": "is", "à": "at the", "às": "at the", "há": "ha"}
_ACCENTED_WORD = lazy_pattern(r"(?<!\w)(?:" + "|".join(_ACCENTED) + r")(?!\w)")
_WORD = lazy_pattern(r"[a-z]+")
_AND_THE_ONE = lazy_pattern(r"\s*e (?:a|o|os|as) (?:de|do|da|dos|das|em|no|na) ")
_TYPED_MARK = lazy_pattern(r"[ãõ]|(?<!\w)n?é(?!\w)")
#: "quando o stoltenberg escreveu", "o que a ollongren falou", "em que dia ele falou", "quando decidiram":
#: a question word, a subject (a pronoun or a name of one or two words, or none), a verb of ``VERBS``.
_ASKED = lazy_pattern(r"\b(quando|onde|como|porque|por que|pq|o que mais|oq mais|o que|oq|oque|(?:em |de |com |a |para |pra )?(?:que|qual|quais) (?!(?:o|a|os|as|ele|ela|eles|elas)\b)[a-z]+)"
                      r"(?: (exatamente|mesmo))? (?:(?:o|a|os|as) )?(?:([a-z]+(?: [a-z]+)?) )?(" + "|".join(VERBS) + r")\b(?=( [a-z]+)?)")
#: "falou" is "spoke" asked when or where, unless what was said follows ("onde ele falou isso": where did he say that).
_SAID_AFTER = frozenset("isso isto aquilo que sobre algo".split())
_ASKING_WORDS = {"quando": "when", "onde": "where", "como": "how", "porque": "why", "por que": "why", "pq": "why",
                 "o que": "what", "oq": "what", "oque": "what", "o que mais": "what else", "oq mais": "what else"}
_ADVERBS = {"exatamente": " exactly", "mesmo": " really"}
_ASKING_PREPOSITIONS = {"em": "at", "de": "of", "com": "with", "a": "to", "para": "for", "pra": "for"}
_SPACES = lazy_pattern(r" {2,}")
#: The article before a name that does something: "em berlin o stoltenberg comparou" (in Berlin Stoltenberg compared).
_NAMED_DOING = lazy_pattern(r"\b(?:o|a) (?=(?!que\b)[a-z]+ (?:" + "|".join(VERBS) + r")\b)")
#: Portuguese's short words other languages have too ("de", "a", "e"), which do not tell the languages apart; "la" does.
_SHORT_WORDS = AMBIGUOUS - {"la"}
#: English words that say a question is English with a borrowed word or two ("so the rome conferencia started ...").
_ENGLISH = frozenset("the is was so did does what when where who which and of in to today that this".split())
_CLAUSE_END = frozenset("?!.,;:")
_WHICH_AFTER = frozenset("em de com a para pra por".split())


def is_portuguese(words: list[str], others: frozenset[str]) -> bool:
    """Whether the normalised ``words`` hold a word only Portuguese uses, or two it shares with Spanish or Italian
    and none of ``others`` (the other languages' words) it does not share."""
    if not MARKERS.isdisjoint(words) or "que" in words and " o que " in f" {' '.join(words)} ":
        return True  # "o que é o nicc?": what is
    shared = SHARED.intersection(words)
    return len(shared) > 1 and _ENGLISH.isdisjoint(words) and others.intersection(words) <= shared | _SHORT_WORDS


def typed_portuguese(text: str) -> bool:
    """Whether ``text`` as typed holds a letter or word only Portuguese writes: "ã", "õ", "é" standing alone ("o nicc é"),
    or opens "e a de ..." (and the one of ...)."""
    lowered = text.lower()
    if _AND_THE_ONE.match(lowered):
        return True  # "e a de 2024?": and the 2024 one (Spanish says "y la de", Italian "e quella di")
    return ("é" in lowered or "ã" in lowered or "õ" in lowered) and _TYPED_MARK.search(lowered) is not None


def read_portuguese(text: str) -> str:
    """``text`` (a Portuguese question, see ``is_portuguese``) read into English, punctuation and English quotations kept."""
    held: list[str] = []

    def hold(match) -> str:
        held.append(match[0])
        return f"\x00{len(held) - 1}\x00"

    lowered = _QUOTATION.sub(hold, text.lower().replace("’", "'").replace("‘", "'"))
    lowered = _ACCENTED_WORD.sub(lambda m: _ACCENTED[m[0]], lowered)
    folded = in_english(unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode("ascii"))
    present = set(_WORD.findall(folded))
    folded = _NAMED_DOING.sub("", _ASKED.sub(_asked, _phrases_read(folded, _PHRASE_RES, present)))
    folded = _phrases_read(folded, _AFTER_ASKED_RES, present)
    parts, found = _WORD.split(folded), _WORD.findall(folded)
    read = [_read(found, parts, n) for n in range(len(found))]
    english = "".join(part + word for part, word in zip(parts, [*read, ""]))
    english = _SPACES.sub(" ", english).strip()
    return _HELD.sub(lambda m: _quotation_read(held[int(m[1])]), english)


def _quotation_read(quotation: str) -> str:
    """A quotation as typed, or read into English inside its marks when it is Portuguese itself (a line quoted in
    translation: 'ninguém fica sozinho na otan'); English words quoted are never read ('no one stands alone')."""
    inner = quotation[1:-1]
    if MARKERS.isdisjoint(_WORD.findall(unicodedata.normalize("NFKD", inner).encode("ascii", "ignore").decode("ascii"))) and not typed_portuguese(inner):
        return quotation
    return f"{quotation[0]}{read_portuguese(inner)}{quotation[-1]}"


def _phrases_read(text: str, phrases, present: set[str]) -> str:
    for cue, pattern, repl in phrases:
        if cue in present:
            text = pattern.sub(repl, text)
    return text


def _asked(match) -> str:
    """"o que a ollongren falou" -> "what did ollongren say"; "quando decidiram" -> "when did they decide"."""
    asking, adverb, subject, verb, after = match[1], match[2], match[3], match[4], match[5]
    if subject and any(word in WORDS and word not in PRONOUNS or word in AMBIGUOUS for word in subject.split()):
        return match[0]  # "quando foi a conferencia ...": no subject, no verb asked of it
    if not subject and not verb.endswith("ram"):
        return match[0]  # "o que diz o artigo": the subject comes after the verb; only "decidiram" (they decided) needs none
    if asking in _ASKING_WORDS:
        english = _ASKING_WORDS[asking]
    else:
        *preposition, _, noun = asking.split()
        english = f"{'on' if noun == 'dia' else _ASKING_PREPOSITIONS[preposition[0]]} which {noun}" if preposition else f"which {noun}"
    who = PRONOUNS.get(subject, subject) if subject else "they"
    base = VERBS[verb][0]
    if verb in ("falou", "falaram") and not english.startswith("what") and _SAID_AFTER.isdisjoint((after or "").split()):
        base = "speak"
    return f"{english}{_ADVERBS.get(adverb, '')} did {who} {base}"


def _read(words: list[str], parts: list[str], n: int) -> str:
    """The n-th word read into English; a word English shares is read by what stands around it (``parts`` are
    the text between words: ``parts[n]`` before the n-th)."""
    word, after = words[n], (words[n + 1 : n + 2] or [""])[0]
    if _in_place_name(words, n):
        return word  # "sao paulo", "rio de janeiro": a place's name, not "are paulo"
    if word in ("falou", "falaram") and after in ("em", "na", "no", "la", "com") and "que" not in _rest_of_clause(words, parts, n):
        return "spoke"  # "o ministro que falou em tirana": who spoke in Tirana; "falou em roma que ...": said
    if word in ("que", "q"):
        starts = n == 0 or not _CLAUSE_END.isdisjoint(parts[n])
        return "which" if starts or words[n - 1] in _WHICH_AFTER else "that"
    if word not in AMBIGUOUS:
        return WORDS.get(word, word)
    if word in ("no", "na"):
        if after in ENGLISH_AFTER_NO:
            return word
        noun = (words[n + 2 : n + 3] or [""])[0] if after in ORDINALS else after
        return "at the" if noun in AT_THE else "on the" if noun in ON_THE else "in the"
    if word in ("do", "da"):
        return "of" if after in PLACES or after == "nato" else "of the"
    if word == "de":
        named = after in PLACES or " ".join(words[n + 1 : n + 3]) in PLACES
        return "in" if named or parts[n + 1].strip()[:1].isdigit() else "on" if after in ("cyber", "ciber") else "of"
    if word in ("o", "a", "os", "as"):
        return "" if after in PLACES and after not in ("hague", "netherlands") else "the"
    return {"e": "and", "la": "there", "se": "if", "so": "only", "tem": "has", "teve": "had", "data": "date", "era": "was",
            "pro": "for", "me": "me", "ha": "there is"}[word]


def _in_place_name(words: list[str], n: int) -> bool:
    """Whether the n-th word is part of a place's name of two or three words ("sao paulo", "rio de janeiro")."""
    return any(" ".join(words[start : start + size]) in PLACES
               for size in (2, 3) for start in range(max(n - size + 1, 0), n + 1) if start + size <= len(words))


def _rest_of_clause(words: list[str], parts: list[str], n: int) -> list[str]:
    """The words after the n-th up to the end of its clause."""
    end = next((m for m in range(n + 1, len(words)) if not _CLAUSE_END.isdisjoint(parts[m])), len(words))
    return words[n + 1 : end]
