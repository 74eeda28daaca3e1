"""Misspelt question words, put right before anything reads the question: "wen was rome" -> "when was rome"."""

from __future__ import annotations

#: Misspelt question words: "wen was ..." -> "when was ...".
QUESTION_TYPOS = {
    "whereabouts": "where", "wen": "when", "whn": "when", "wehn": "when", "whe": "when", "wat": "what", "waht": "what", "whta": "what", "wht": "what", "hwo": "who", "woh": "who", "wher": "where", "whre": "where", "wich": "which", "whcih": "which", "hw": "how", "hiw": "how",
}
#: Those no word of English (or of the knowledge) is spelt as, mended wherever they stand: "vilnius summit wen", "2007 attacks wat happened".
_ANYWHERE = frozenset(QUESTION_TYPOS) - {"whereabouts", "whe", "woh", "hw", "hiw"}


def fix_question_word(text: str) -> str:
    """"wen was rome" -> "when was rome": a misspelt first word of a question, or an unmistakable one anywhere."""
    words = text.split()
    if len(words) < 2 or (words[0] not in QUESTION_TYPOS and _ANYWHERE.isdisjoint(words)):
        return text
    first = QUESTION_TYPOS.get(words[0], words[0])
    return " ".join((first, *(QUESTION_TYPOS[w] if w in _ANYWHERE else w for w in words[1:])))
