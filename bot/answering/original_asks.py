"""A line's original wording asked "how was it in the original": put as "original english of <the line>".

A learner asks how a translated line went in the speaker's own words the way their own language asks it,
the line named first or inside the question:

    "how was stoltenberg welcome sentence in berlin in original english"   -> "original english of stoltenberg welcome sentence in berlin"
    "stoltenberg welcome sentence in berlin how it was in original english" -> "original english of stoltenberg welcome sentence in berlin"
    "the china line in berlin how was it in the original"                  -> "original english of the china line in berlin"
    "how did rutte say it in original english"                             -> as it is (no line named: the follow-up steps read "it")
    "enemy in the original english which word did he use"                  -> "original english of the enemy line" (a translator's word)
    "in the original, what word did she use for resilience"                -> "original english of the resilience line"

Tried only when "original" is there; pure. Used by ``topics/original_wording``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_IN_ORIGINAL = r"in (?:the |his |her |their )?original(?: english| wording| words| language| version)?(?: pls| please)?$"
_HOW_IN_ORIGINAL = lazy_pattern(r"^how (?:was|is|were|are|did|does) (?P<line>(?!(?:it|that|this|they|he|she)\b)\S.*?) (?:go |sound |read )?" + _IN_ORIGINAL)
_LINE_THEN_HOW = lazy_pattern(r"^(?P<line>\S.*?) how (?:(?:it|that|this) (?:was|is|went|sounded|sounds|read)|(?:was|is|did) (?:it|that|this)(?: go| sound| read)?) "
                              + _IN_ORIGINAL)


#: Which word a translated line stands for, asked by a translator: "which word did he use for X", X typed first or after.
_WHICH_WORD = lazy_pattern(r"\b(?:which|what) (?:word|words|term|expression) did (?:[a-z]+ ){1,3}?(?:use|say|write|choose)(?: for (?P<word>[a-z]+(?: [a-z]+)?))?")
_WORD_FIRST = lazy_pattern(r"^(?P<word>[a-z]+(?: [a-z]+)?) in (?:the )?original\b")
#: "…, not the translated one": the version not wanted, said after the ask.
_NOT_TRANSLATED = lazy_pattern(r" (?:not|rather than|instead of) (?:the |a |that )?(?:machine )?(?:translated|translation|re ?translated|re ?translation)"
                               r"(?: one| version| text| wording)?$")


def original_ask(text: str) -> str:
    """``text`` (normalised) asking how a named line went in the original, as "original english of <line>"; else as it is
    ("… in the original english, not the translated one": less the version not wanted)."""
    text = _NOT_TRANSLATED.sub("", text) if "original" in text else text
    if "original" in text and (which := _WHICH_WORD.search(text)) and (word := which["word"] or ((first := _WORD_FIRST.match(text)) and first["word"])):
        return f"original english of the {word} line"  # "'enemy' - in the original english, which word did he use?"
    if "original" not in text or not (asked := _HOW_IN_ORIGINAL.match(text) or _LINE_THEN_HOW.match(text)):
        return text
    return f"original english of {asked['line']}"
