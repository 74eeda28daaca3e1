"""Misspelt question words, put right before anything reads the question: "wen was rome" -> "when was rome"."""

from __future__ import annotations

#: Misspelt question words: "wen was ..." -> "when was ...".
QUESTION_TYPOS = {
    "whereabouts": "where", "wen": "when", "whn": "when", "wehn": "when", "whe": "when", "wat": "what", "waht": "what", "whta": "what", "wht": "what", "hwo": "who", "woh": "who", "wher": "where", "whre": "where", "wich": "which", "whcih": "which", "hw": "how", "hiw": "how",
}


def fix_question_word(text: str) -> str:
    """"wen was rome" -> "when was rome": a misspelt first word of a question."""
    first, _, rest = text.partition(" ")
    return f"{QUESTION_TYPOS[first]} {rest}".strip() if first in QUESTION_TYPOS and rest else text
