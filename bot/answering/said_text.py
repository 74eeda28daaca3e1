"""Questions about what someone said, typed the long way round, put as "what did <who> say <rest>".

    "what exactly did the albanian prime minister say in tirana" -> "what did the albanian prime minister say in tirana"
    "germany s foreign minister said what at berlin"            -> "what did germany s foreign minister say at berlin"
    "what the albanian prime minister said at the tirane conference" -> "what did the albanian prime minister say at the tirane conference"
    "what did stoltenberg on russia and energy say"              -> "what did stoltenberg say about russia and energy"

Pure and table-tested (tests/test_claims.py); a step of ``question_text.normalise_question``.
"""

from __future__ import annotations

import re

_SAID_WORDS = frozenset("say said says told wrote".split())
_HEDGED = re.compile(r"^what (?:exactly|actually|precisely|really|specifically) (?=(?:did|does|has|have|had) )")
_SAID_WHAT = re.compile(r"^(?!(?:who|what|when|where|which|how|did|does|is|was)\b)(?P<who>.+?) (?:said|says|say|told us|wrote) what\b(?P<rest>.*)$")
#: "what did stoltenberg on russia and energy say" (a topic put before the verb, as "stoltenberg on X - what did he say" reads).
_TOPIC_FIRST = re.compile(r"^what did (?P<who>.+?) (?:on|about|regarding) (?P<topic>.+?) say\b(?P<rest>.*)$")
_WHAT_SAID = re.compile(r"^what (?!(?:was|is|were|are|has|have|had|did|does|do|will|would|could|can|else|exactly)\b)(?P<who>.+?) (?:said|says|told us|wrote)\b(?P<rest>.*)$")


def said_question(text: str) -> str:
    """``text`` (normalised) as "what did <who> say <rest>" when it asks what someone said another way; else unchanged."""
    if not _SAID_WORDS.intersection(text.split()):  # most questions: nothing said, no regex run
        return text
    text = _HEDGED.sub("what ", text)
    if match := _SAID_WHAT.match(text) or _WHAT_SAID.match(text):
        text = f"what did {match['who']} say{match['rest']}"
    if match := _TOPIC_FIRST.match(text):
        return f"what did {match['who']} say about {match['topic']}{match['rest']}"
    return text
