"""A speaker named with where they were, put in front of a question about "he"/"she": the setting after the verb.

    "stoltenberg at tirana 25 - what'd he say"  (read as "what did stoltenberg at tirana 2025 say")
        -> "what did stoltenberg say at tirana 2025"
    "geoana in tallinn - what did he talk about" -> "what did geoana talk about in tallinn"
    "what did stoltenberg say"                   -> unchanged (no setting beside the name)

Read so, the gathering is where the words were asked of, and a speaker never recorded there is said to be so (with
who did speak) instead of a miss about words "in tirana 2025". Pure; a question without "at", "in" or "during" after
its subject pays one substring test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_SETTING_BEFORE_VERB = lazy_pattern(r"^(?P<ask>(?:what|when|where|how|did|does|has|had)(?: (?:did|does|has|had))?) (?P<who>(?!he\b|she\b)\S+(?: \S+)?) "
                                    r"(?P<setting>(?:at|in|during) \S+(?: \S+){0,3}?) (?P<verb>say|said|speak|spoke|talk|talked|mention|mentioned|tell|told)\b(?P<rest>.*)$")


def setting_after_verb(question: str) -> str:
    """``question`` with "at/in <gathering>" moved from beside the speaker's name to after the verb; else ``question``."""
    if " at " not in question and " in " not in question and " during " not in question:
        return question
    if (asked := _SETTING_BEFORE_VERB.match(question)) is None:
        return question
    return f"{asked['ask']} {asked['who']} {asked['verb']}{asked['rest']} {asked['setting']}"
