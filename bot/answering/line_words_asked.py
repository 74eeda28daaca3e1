"""A line named by its topic in a lead, then its words asked without saying whose: what was said about that topic.

    "the saceur authority line - what exactly was said"     -> "what was said about saceur authority"
    "the china line, what did he say"                       -> "what was said about china"
    "the kinetic attacks bit from berlin - what were the words" -> "what was said about kinetic attacks in berlin"
    "the stepping up investment quote, word for word?"      -> "what was said about stepping up investment"
    "the saceur line from three years ago - what was said"  -> "what was said about saceur in 2023" (``relative_time`` wrote the year)

Without this, "what was said" took the lead as its object ("what was said the saceur authority line") and "he" became
the line ("what did the saceur authority line say"), both asking for a quote by nobody. A named speaker ("what did
stoltenberg say") is ``lead_clauses.line_lead``'s. Pure; a question without one of the asking words costs a set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

#: The words of a line asked with no speaker named: "what exactly was said", "what did he say", "exact words?", "word for word".
_WORDS_ASKED = lazy_pattern(r"^(?:what (?:exactly |precisely )?(?:was said|was it|were (?:the|his|her|their) (?:exact )?words|did (?:he|she|they) (?:actually |really )?say)"
                            r"|(?:the |his |her )?(?:exact|actual|full) (?:words|wording|quote|line)|word for word|verbatim)(?: exactly| precisely| word for word| again)?$")
_ASKING = frozenset("said say words wording word verbatim it".split())
#: A lead naming a line by its topic (and where): "the saceur authority line", "that china bit from berlin".
_LINE = lazy_pattern(r"^(?:the |that |this |his |her )?(?P<topic>(?:\S+ ){1,4}?)(?:line|quote|quotation|remark|bit|soundbite|passage|comment)"
                     r"(?: (?:from|at|in|during) (?:the )?(?P<where>(?!\S+ years? ago$|(?:last|this) year$)\S+(?: \S+){0,2}))?(?: from (?:\S+ years? ago|(?:last|this) year))?$")


def line_words_asked(leads: list[str], question: str) -> str | None:
    """"what was said about <topic>" for a line the last of ``leads`` names whose words ``question`` asks; else None."""
    if _ASKING.isdisjoint(word_set(question)) or not leads or not _WORDS_ASKED.match(question):
        return None
    line = _LINE.match(leads[-1])
    if line is None:
        return None
    return f"what was said about {line['topic'].strip()}" + (f" in {line['where']}" if line["where"] else "")
