"""Leads that name a speech or a passage of one, for what a question about "he" or "she" asks:

    narrowed_by_part("what did X say about china in berlin the bit about critical networks")
        -> "what did X say about china and critical networks in berlin"
    speech_setting(["in the berlin speech"])  -> "in the berlin speech" (kept for the question's end: whose "he")
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .lead_clauses import names_year_or_place

#: A lead naming a passage of a speech, not a speaker: "the part about russia and energy", "that bit on china".
PART_ABOUT = lazy_pattern(r"^(?:the |that |this )?(?:part|bit|passage|section|paragraph|line|lines|sentence|sentences) (?:about|on|where he talks about|where she talks about|with) (?P<topic>.+)$")


#: A passage named after a question about what was said: "what did X say about china in berlin the bit about critical networks".
_PART_AFTER = lazy_pattern(r"^(?P<said>what did .+? say about (?P<topic>.+?))(?P<setting> (?:in|at) .+?)? (?:the |that )?(?:part|bit|passage|line) (?:about|on|where (?:he|she) (?:talks|talked|says|said) about) (?P<part>.+)$")


def narrowed_by_part(question: str) -> str:
    """"what did X say about china in berlin the bit about critical networks" -> "what did X say about china and
    critical networks in berlin": the passage named after is part of the topic asked."""
    if " about " not in question or not (found := _PART_AFTER.match(question)):
        return question
    return f"{found['said']} and {found['part']}{found['setting'] or ''}"


#: A lead naming the speech or writing a "he" or "she" question is about: "in the berlin speech,", "in his rome address,".
_SPEECH_LEAD = lazy_pattern(r"^(?:in|at|during|from) (?:the|his|her|this|that) (?:\S+ ){0,3}?(?:speech|speeches|address|keynote|remarks)\b(?: \S+){0,3}$")


def speech_setting(before: list[str]) -> str | None:
    """"in the berlin speech, what did he say about russia?": the lead that tells whose "he" it is, kept for the question's end."""
    return next((a for a in before if _SPEECH_LEAD.match(a) and names_year_or_place(a)), None)
