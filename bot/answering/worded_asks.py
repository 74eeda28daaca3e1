"""How someone worded something, asked as the words they said: "how did stoltenberg word his welcome in berlin".

    "how did stoltenberg word his welcome in berlin in the original english"
        -> "what was stoltenberg s original english wording of his welcome in berlin"
    "how did rutte phrase his point about investment"  -> "what did rutte say about investment"
    "how did stoltenberg open his berlin speech"       -> "what were stoltenberg s opening words in berlin"
    "with what words did stoltenberg begin his speech in berlin", "what did rutte start his video message with"
                                                       -> "what were stoltenberg s opening words in berlin", "... rutte s ..."
    "what was the opening line of stoltenberg speech in berlin", "first line of rutte tirana speech"
                                                       -> "what were stoltenberg s opening words in berlin", "... rutte s ... in tirana"
    "first sentence stoltenberg say in berlin", "what was the first line rutte said at tirana"
                                                       -> "what were stoltenberg s opening words in berlin", "... rutte s ... at tirana"
    "who is quoted from the hague conference"          -> "quotes from the hague conference" (whose words were recorded there)

Tried only when the text opens "how did" or "who", or holds "opening" or "first"; other text comes back as it is. "How did X open the <gathering>?"
followed by a sentence asking for words ("I would like his first line") asks X's opening words there (``opening_words_asked``);
without one it asks who opened it, and whether X did.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import PLACES

_WORDED = lazy_pattern(
    r"^how (?:did|does|do|had) (?P<who>\S+(?: \S+)?) (?:word|phrase|put|formulate|express|say) (?P<what>(?:his|her|their|the) .+?)"
    r"(?P<english> in (?:the |his |her |their )?(?:original|own|actual|real|exact)(?: english)?(?: words| wording)?| in english| word for word| exactly| verbatim)?$")
_OPENED = lazy_pattern(r"^how (?:did|does|do) (?P<who>\S+(?: \S+)?) (?:open|start|begin|kick off|kick start) (?:his|her|their|the) (?P<where>(?:\S+ ){0,2}?)"
                       r"(?:speech|remarks|address|keynote|talk|statement|intervention)(?P<rest>(?: (?:in|at|to) .+)?)$")
#: "How did Stoltenberg open the Berlin conference? I would like his first line": his first line there (typed text).
_OPENED_EVENT = lazy_pattern(r"^\W*how (?:did|does|do) (?P<who>\S+(?: \S+)?) (?:open|start|begin|kick off) (?P<event>(?:the )?(?:\S+ ){0,4}?(?:conference|summit|meeting|event|session))\s*\?(?P<rest>.*)$",
                             flags=re.IGNORECASE | re.DOTALL)
_SPEECH = r"(?:speech|remarks|address|keynote|talk|statement|intervention|message|video message|video address|welcome)"
#: "what was the opening line of stoltenberg speech in berlin", "first words of rutte tirana video message": the speech's first line.
_OPENING_LINE = lazy_pattern(rf"^(?:(?:what|which) (?:was|were|is|are) )?(?:the )?(?:opening|first) (?:line|lines|words|sentence|sentences|remarks|quote)"
                             rf" (?:of|from|in) (?:his |her |their )?(?P<subject>(?!(?:the|his|her|their|that|this)\b)\S.*?) {_SPEECH}(?P<rest>(?: (?:in|at|to) .+?)?)"
                             r"(?: (?:verbatim|exactly|word for word|in full|please|pls))*$")  # how it is wanted: the reply shows it whole
#: "first sentence stoltenberg say in berlin", "what was the first line rutte said at tirana": the first line they said there.
_FIRST_SAID = lazy_pattern(r"^(?:(?:what|which) (?:was|were|is|are) )?(?:the |his |her )?(?:opening|first) (?:line|lines|words|sentence|sentences|thing|things)"
                           r" (?:that |which )?(?P<who>(?!(?:he|she|they|was|is|did|of|from|in)\b)\S+(?: \S+)?) (?:did )?(?:say|said|says|spoke|speak|told|tell)"
                           r"(?P<rest> (?:in|at) \S.*?)(?:,? how (?:did )?(?:he|she|they) (?:welcome|welcomed|greet|greeted|open|opened|start|started)\b.*)?$")
#: "with what words did stoltenberg begin his speech in berlin", "what did rutte start his tirana message with": its first line.
_OPENED_WITH = lazy_pattern(r"^(?:with )?(?:what|which)(?: (?:words?|lines?|sentences?|phrase|quote))? did (?P<who>\S+(?: \S+)?) (?:open|start|begin|kick off)"
                            rf" (?:his|her|their|the) (?P<where>(?:\S+ ){{0,2}}?){_SPEECH}(?: with)?(?P<rest>(?: (?:in|at|to) .+?)?)(?: with)?$")
_WORDS_WANTED = lazy_pattern(r"\b(?:line|lines|words|wording|quote|quotation|sentence|remarks)\b", flags=re.IGNORECASE)
#: "who's quoted from the hague conf", "who got quoted at berlin", "who is quoted in the rome coverage": the quotes said there.
_QUOTED_AT = lazy_pattern(r"^(?:who|whom|which (?:people|speakers|officials|ministers)) (?:is|was|are|were|s|got|gets|get|has been|have been|had been) (?:actually )?quoted"
                          r" (?:from|at|in|during|for) (?P<at>.+)$")
_POINT = lazy_pattern(r"^(?:his|her|their|the) (?:point|remark|line|comment|words?) (?:about|on|regarding) ")


def worded_ask(text: str) -> str:
    """``text`` (normalised) asking how someone put something, as what they said (their own English when asked)."""
    if text.startswith(("who", "which")) and " quoted " in text and (quoted := _QUOTED_AT.match(text)):
        return f"quotes from {quoted['at']}"
    if (" opening " in f" {text}" or " first " in f" {text}") and (line := _OPENING_LINE.match(text)):
        return _opening_words(line["subject"].split(), line["rest"].replace(" to ", " in ", 1))  # "... message to tirana": in tirana
    if (" opening " in f" {text}" or " first " in f" {text}") and (said := _FIRST_SAID.match(text)):
        return f"what were {said['who']} s opening words{said['rest']}"  # "first sentence stoltenberg say in berlin"
    if text.startswith(("with ", "what ", "which ")) and " did " in text and (opened := _OPENED_WITH.match(text)):
        return f"what were {opened['who']} s opening words {('in ' + opened['where']).strip()}{opened['rest'].replace(' to ', ' in ', 1)}".strip()
    if not text.startswith(("how did ", "how does ", "how do ", "how had ")):
        return text
    if opened := _OPENED.match(text):  # "how did stoltenberg open his berlin speech": the first of his lines there
        return f"what were {opened['who']} s opening words {('in ' + opened['where']).strip()}{opened['rest']}".strip()
    if not (asked := _WORDED.match(text)):
        return text
    if asked["english"]:
        return f"what was {asked['who']} s original english wording of {asked['what']}"
    if point := _POINT.match(asked["what"]):
        return f"what did {asked['who']} say about {asked['what'][point.end():]}"
    return f"what did {asked['who']} say in {asked['what']}"


def _opening_words(subject: list[str], rest: str) -> str:
    """"rutte tirana" + "" -> "what were rutte s opening words in tirana": the speaker, then where the speech was given."""
    where = []
    while len(subject) > 1 and (subject[-1] in PLACES or subject[-1].isdigit()):
        where.insert(0, subject.pop())
    return f"what were {' '.join(subject)} s opening words{' in ' + ' '.join(where) if where else ''}{rest}"


#: The same typed with the greeting asked after it: "first sentence Stoltenberg say in Berlin, how he welcome the peoples?".
_FIRST_SAID_THEN_HOW = lazy_pattern(r"^\W*(?P<line>(?:the )?(?:opening|first) (?:line|words|sentence|thing) [^,?]+?)\s*[,;-]\s*how (?:did )?(?:he|she|they) "
                                    r"(?:welcome|welcomed|greet|greeted|open|opened|start|started)\b[^?]*\?*\s*$", flags=re.IGNORECASE)


def opening_words_asked(typed: str) -> str:
    """``typed`` (as typed) asking how someone opened a gathering, then for the words, as their opening words there; the
    first line asked, then how they welcomed people, as the first line."""
    if "how " in typed and (first := _FIRST_SAID_THEN_HOW.match(typed)):
        return first["line"]  # "first sentence X say in Berlin, how he welcome the peoples?": the line answers how
    if not typed.lstrip()[:8].lower().startswith("how d") or not (opened := _OPENED_EVENT.match(typed)) or not _WORDS_WANTED.search(opened["rest"]):
        return typed
    return f"what were {opened['who']} opening words at {opened['event']}?{opened['rest']}"  # no "'s": read as typed
