"""Questions about what someone said, typed the long way round, put as "what did <who> say <rest>".

    "what exactly did the albanian prime minister say in tirana" -> "what did the albanian prime minister say in tirana"
    "germany s foreign minister said what at berlin"            -> "what did germany s foreign minister say at berlin"
    "what the albanian prime minister said at the tirane conference" -> "what did the albanian prime minister say at the tirane conference"
    "what did stoltenberg on russia and energy say"              -> "what did stoltenberg say about russia and energy"
    "does the berlin article say vilnius gave saceur authority"  -> "can i trust the quote vilnius gave saceur authority"

Pure and table-tested (tests/test_claims.py); a step of ``question_text.normalise_question``.
"""

from __future__ import annotations

import re

_SAID_WORDS = frozenset("say said says saying told wrote claim".split())
_HEDGED = re.compile(r"^what (?:exactly|actually|precisely|really|specifically) ")
_SAID_WHAT = re.compile(r"^(?!(?:who|what|when|where|which|how|did|does|is|was)\b)(?P<who>.+?) (?:said|says|say|told us|wrote) what\b(?P<rest>.*)$")
#: "what did stoltenberg on russia and energy say" (a topic put before the verb, as "stoltenberg on X - what did he say" reads).
_TOPIC_FIRST = re.compile(r"^what did (?P<who>.+?) (?:on|about|regarding) (?P<topic>.+?) say\b(?P<rest>.*)$")
_WHAT_SAID = re.compile(r"^what (?!(?:was|is|were|are|has|have|had|did|does|do|will|would|could|can|else|exactly)\b)(?P<who>.+?) (?:said|says|told(?: us)?|wrote)\b(?P<rest>.*)$")
#: "does the berlin article say X", "did the op ed really claim that X": are those words in a quote (the quote check).
_SOURCE_SAYS = re.compile(r"^(?:does|did|do) (?:the |that |this )?(?:\S+ ){0,2}(?:article|piece|report|op ed|story|headline|source|seed)"
                          r" (?:really |actually |even )?(?:say|said|claim|quote \S+(?: as)? saying|have \S+ saying)(?: that)? (?P<words>.+)$")


def said_question(text: str) -> str:
    """``text`` (normalised) as "what did <who> say <rest>" when it asks what someone said another way; else unchanged."""
    if not _SAID_WORDS.intersection(text.split()):  # most questions: nothing said, no regex run
        return text
    if match := _SOURCE_SAYS.match(text):
        return f"can i trust the quote {match['words']}"
    text = _HEDGED.sub("what ", text)
    if match := _SAID_WHAT.match(text) or _WHAT_SAID.match(text):
        told = " told" in match[0][: len(match[0]) - len(match["rest"])]
        rest = re.sub(r"^ to (?=the )" if not told else r"^ (?:to )?(?=the )", " at ", match["rest"])  # "what rutte told (to) the tirana conference"
        text = f"what did {match['who']} say{rest}"
    if match := _TOPIC_FIRST.match(text):
        return f"what did {match['who']} say about {match['topic']}{match['rest']}"
    return text
