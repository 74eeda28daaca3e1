"""Step 1 of understanding a question: text -> normalised text.

Lowercase ascii without punctuation (``search.normalize``), then the chatter
around the question dropped, contractions spelt out and misspelt question
words fixed, so every later step sees one spelling:

    "Hey bot!! quick question: whats the pledge? thanks"  -> "what is the pledge"
    "wen was the tirana conference lol"                     -> "when was the tirana conference"
    "So, um, I was wondering, who hosted the 2024 one?"     -> "who hosted the 2024 one"

Pure and table-tested (tests/test_understanding.py).
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import PLACES
from .search import normalize

#: Misspelt question words: "wen was ..." -> "when was ...".
QUESTION_TYPOS = {
    "wen": "when", "whn": "when", "wehn": "when", "whe": "when", "wat": "what", "waht": "what", "whta": "what",
    "wht": "what", "hwo": "who", "woh": "who", "wher": "where", "whre": "where",
    "wich": "which", "whcih": "which", "hw": "how", "hiw": "how",
}
#: Contractions as normalised text has them ("what's" -> "what s") and as typed without the apostrophe.
_CONTRACTIONS = (
    (r"\b(what|who|where|when|how|that|it|there|which) s\b", r"\1 is"),
    (r"\bwhats\b", "what is"), (r"\bwhos\b", "who is"), (r"\bwheres\b", "where is"), (r"\bwhens\b", "when is"),
    (r"\bhows\b", "how is"), (r"\bwhat re\b", "what are"), (r"\bwho re\b", "who are"),
    (r"\b(did|does|do|is|was|were|are|has|have|could|would|can) nt\b", r"\1 not"), (r"\b(did|does|is|was)nt\b", r"\1 not"),
    (r"\bu\b", "you"), (r"\bur\b", "your"), (r"\bpls\b", "please"), (r"\bplz\b", "please"), (r"\bthx\b", "thanks"),
    (r"\bwanna\b", "want to"), (r"\bgonna\b", "going to"), (r"\bim\b", "i am"), (r"\bi m\b", "i am"),
)
_CONTRACTION_RES = tuple((lazy_pattern(pattern), repl) for pattern, repl in _CONTRACTIONS)
#: "on which day did", "what date was", "in what year was" ask when.
_WHEN_PHRASE = re.compile(r"^(?:on |in |at )?(?:which|what) (?:day|date|year|month|time) (?=(?:did|was|were|is|will|does|do)\b)")
_ANY_CONTRACTION = re.compile("|".join(f"(?:{pattern})" for pattern, _ in _CONTRACTIONS))

#: Chatter before the question: greetings, politeness, hedges ("quick question", "i was wondering").
_LEADING_CHATTER = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|yo|ok|okay|so|um|uh|erm|well|right|please|cyberbot|bot|there|and|also|oh|ah|but|"
    r"thanks|thank you|thx|cheers|cool|great|nice|awesome|perfect|got it|i see|interesting|sorry to bother you|sorry to bother|"
    r"good (?:morning|afternoon|evening)|quick question|question|one more|another one|one more question|"
    r"i (?:was|am) (?:just )?wondering|i wonder|i d like to know|i would like to know|i want to know|"
    r"can you (?:please )?tell me|could you (?:please )?tell me|can you (?:please )?remind me|tell me please|"
    r"do you (?:happen to )?know|any idea|help me out|sorry|excuse me|btw|by the way|actually|"
    r"remind me|just curious|curious|out of curiosity)\s+)+(?=\S)"
)
#: Chatter after the question: thanks, sign-offs, laughter.
_TRAILING_CHATTER = re.compile(
    r"(?:\s+(?:thanks|thank you|thank u|thx|cheers|ty|please|pls|lol|haha|ok|okay|mate|bot|cyberbot|"
    r"in advance|thanks in advance|much appreciated|appreciated|if you know|if you can|anyone|again|by any chance|"
    r"i forgot|i can t remember|i cannot remember|i don t remember|just curious|:\)|again please))+$"
)
#: A first word that starts a question: everything before it in a long message is chatter.
_QUESTION_START = re.compile(
    r"\b(?:who|whom|whose|what|when|where|which|how|did|does|is|was|were|are|can i trust|list|show|tell me about)\b"
)


def normalise_question(text: str) -> str:
    """Text as typed -> one spelling of the question (lowercase ascii, chatter dropped)."""
    text = normalize(text)
    if _ANY_CONTRACTION.search(text):
        for pattern, repl in _CONTRACTION_RES:
            text = pattern.sub(repl, text)
    text = split_possessive(text)
    text = _WHEN_PHRASE.sub("when ", text)
    text = text.replace(" s ", " ")
    text = fix_question_word(text)
    text = strip_chatter(text)
    return fix_question_word(text)


def split_possessive(text: str) -> str:
    """"albanias prime minister" -> "albania s prime minister": a place name with a possessive s typed without its apostrophe."""
    words = text.split()
    return " ".join(f"{w[:-1]} s" if w.endswith("s") and w[:-1] in PLACES and w not in PLACES else w for w in words)


def fix_question_word(text: str) -> str:
    """"wen was rome" -> "when was rome": a misspelt first word of a question."""
    first, _, rest = text.partition(" ")
    return f"{QUESTION_TYPOS[first]} {rest}".strip() if first in QUESTION_TYPOS and rest else text


def strip_chatter(text: str) -> str:
    """Greetings and hedges in front, thanks and sign-offs at the end: dropped when a question is left."""
    lead_stripped = _LEADING_CHATTER.sub("", text)
    stripped = _TRAILING_CHATTER.sub("", lead_stripped).strip()
    if stripped.split()[-1:] and stripped.split()[-1] in _SAYING:  # "who said thank you": the words asked about
        stripped = lead_stripped.strip()
    if not stripped:
        return text
    # "so yeah my boss asked me, when was the conference in tirana": the question starts at its question word.
    match = _QUESTION_START.search(stripped)
    if match and match.start() > 0 and _is_chatter_lead(stripped[: match.start()]):
        stripped = stripped[match.start() :]
    return stripped


_SAYING = frozenset("said say says saying quote quotes wrote words phrase".split())
_CHATTER_WORDS = frozenset(
    "so yeah yes my boss asked me colleague friend wants want wanted to know quick question hey hi hello ok okay "
    "i was were am wondering a and then one thing thing another also just curious again sorry but anyway um uh "
    "lol haha please tell us".split()
)


def _is_chatter_lead(lead: str) -> bool:
    return all(word in _CHATTER_WORDS for word in lead.split())
