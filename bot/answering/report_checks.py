"""Whether a piece of writing is right about something, asked of the piece: the claim it makes, checked.

    "is the Berlin article right that it was NATO's first cyber defence conference?"
        -> "the Berlin article says it was NATO's first cyber defence conference. is that right?"
    "is the op-ed correct when it says the attack was two years ago?"  -> "the op-ed says the attack was two years ago. is that right?"
    "was the rome piece wrong to call it the first pledge conference?" -> "the rome piece calls it the first pledge conference. is that right?"

The claim steps read "<source> says X. is that right?" already; this puts the other word order in that one. Pure, on the
text as typed; a step of ``question_text.question_clause``, run only when the message holds "right", "correct" ….

A statement a named speaker is reported to have made, then asked where it comes from, is whether (and where) they said
it, never where the speaker is from ("where is rutte from"): ``reported_source``.

    "rutte says no one stands alone, where's that from"          -> "did rutte say no one stands alone"
    "stoltenberg said china is not our enemy - source?"           -> "did stoltenberg say china is not our enemy"
    "nato says it stays defensive in cyber, where's that from"   -> "where did nato say it stays defensive in cyber"

Its speaker must be named (a person, NATO, the Allies): "the article says ...", "my boss says ...", "he says ..." are
left to the steps reading articles, askers' reports and pointers.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .search import normalize

_CUES = ("right", "correct", "accurate", "wrong", "true")
_WRITING = r"(?:article|piece|report|story|op-?ed|op ed|seed|write-?up|post|release|headline|wire|copy|blog|news item)"
_RIGHT_THAT = lazy_pattern(
    rf"^(?:is|was|are|were) (?P<source>(?:the|that|this|his|her|their|our|your|my) (?:[\w’'-]+ ){{0,3}}?{_WRITING}) (?:actually |really |even )?"
    r"(?:right|correct|accurate|wrong|true) (?:(?P<says>that|to say|when it says|in saying|where it says)|(?P<calls>to call|when it calls|in calling)) "
    r"(?P<claim>[^?\n]+?)[?!.\s]*$", re.IGNORECASE)


def as_report_checked(text: str) -> str:
    """``text`` (as typed) with "is <source> right that X?" put as "<source> says X. is that right?"; else unchanged."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES) or (match := _RIGHT_THAT.match(text.strip())) is None:
        return text
    verb = "calls" if match["calls"] else "says"
    return f"{match['source']} {verb} {match['claim']}. is that right?"


_REPORTED_SOURCE = lazy_pattern(
    r"^\W*(?P<who>[^,;:?!]{2,40}?) (?:says|said|claims|claimed|stated|states|reckons)(?: that)? (?P<claim>[^,;:?!]{4,}?)\s*(?:[,;:]|\s[-\u2013\u2014]+)\s*"
    r"(?:so |and |but |ok )?(?:where(?:'s|\u2019s| is| s| was| does| did)? (?:that|this|it) (?:come |coming )?from|(?:what(?:'s|\u2019s| is)|whats) (?:the )?sources?"
    r"(?: (?:for|of) (?:that|this|it))?|(?:any )?sources?(?: for (?:that|this|it))?|(?:got a |any )?(?:link|cite|citation)(?: for (?:that|this|it))?)\W*$",
    re.IGNORECASE)
_SOURCE_CUES, _SAID_CUES = ("from", "source", "link", "cit"), (" sa", " cl", " st", " re")
#: Speakers that are the Alliance: asked where it said so (its decisions), not whether a person did.
_ALLIANCE = frozenset(("nato", "the alliance", "the allies", "allies", "nato allies"))
#: Words of a speaker who is no one the knowledge quotes: an article, the asker's circle, a pointer.
_NOT_A_SPEAKER = frozenset("article articles op ed oped piece report story text paper source seed my our your boss editor someone somebody "
                           "people everyone everybody i we you he she they it this that wiki wikipedia".split())


def reported_source(typed: str) -> str:
    """``typed`` as the question whether (and where) its named speaker said what it reports; else as typed."""
    lowered = typed.lower()
    if not any(cue in lowered for cue in _SOURCE_CUES) or not any(cue in lowered for cue in _SAID_CUES):
        return typed
    if (reported := _REPORTED_SOURCE.match(typed)) is None:
        return typed
    who, claim = normalize(reported["who"]), reported["claim"].strip()
    if who in _ALLIANCE:
        return f"where did {who} say {claim}"
    return typed if not _NOT_A_SPEAKER.isdisjoint(who.split()) else f"did {who} say {claim}"
