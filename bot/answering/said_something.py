"""A clause that says someone said something, before a question asking what: what they said.

    "stoltenberg said something about starlink in berlin? what was it exactly" -> "what did stoltenberg say about starlink in berlin exactly"
    "stoltenberg in rome say something about more money, more expertise. what exact words?"
                                                                            -> "what did stoltenberg say about more money more expertise in rome"
    "ollongren talk about standing together in the hague, what exactly she said" -> "what did ollongren say about standing together in the hague"
    "edi rama had a good line in tirana, what was it exactly?"                  -> "what did edi rama say in tirana exactly"
    "stoltenberg said something clever in rome about war, i lost my note. give me that quote again"
                                                                            -> "what did stoltenberg say about war in rome"
    "in the berlin speech, does stoltenberg look back at cyber as a domain? what does he say?"
                                                                            -> "what did stoltenberg say about cyber as a domain in the berlin speech"

    "stoltenberg mentions in berlin the saceur, what he said exactly?"   -> "what did stoltenberg say about the saceur in berlin"
    "odobescu said something about a dynamic field. how did the rest of her remark go?" -> "what did odobescu say about a dynamic field"
    "in berlin, stoltenberg called china an enemy. what was the exact quote?" -> "what did stoltenberg say about china an enemy in berlin"
    "rutte said something about investing, which was the exact sentence?"    -> "what did rutte say about investing"

A thing someone mentioned, then "what is it?" (present tense), asks what the thing is, not the words:

    "rutte mentioned in tirana the nato integrated cyber defence centre. what is it?" -> "what is the nato integrated cyber defence centre"

A learner's bare verb ("say", "talk", "speak") reports as "said" does, and a topic listed with commas is one lead.
Pure, used by ``question_text.question_clause``; words remembered, then only "full sentence?", by ``written_questions``:

    "he said something that is nothing immoral to defend our nations... full sentence?"
                                                                            -> "what did he say about nothing immoral to defend our nations"
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import PLACES

_SAID_SOMETHING = lazy_pattern(r"^(?P<who>(?:\S+ ){0,4}?\S+) (?:said|says|say|mentioned|mention|talked|talk|talks|spoke|speak|wrote|write)(?:(?: \S+)? (?:something|a thing|stuff|a line|a bit|words)"
                               r"(?P<between>(?: \S+){0,4}?))? (?P<topic>(?:about|on|re|regarding) .+)$")  # "said something rather clever in rome about ..."
#: "edi rama had a good line in tirana", "stoltenberg made a point about saceur in berlin": a line had, where or on what.
_HAD_A_LINE = lazy_pattern(r"^(?P<who>(?:\S+ ){0,3}?\S+) (?:had|has|made|gave|delivered|dropped|came out with)(?: (?:a|an|one|some|this|that))?"
                           r"(?: (?:good|great|nice|strong|memorable|quotable|punchy|killer|cool|famous|notable|interesting|fun|funny|striking|powerful|key|big))?"
                           r" (?:line|quote|quotation|remark|point|comment|soundbite|bit)s?(?: (?:there|too|as well))?"
                           r" (?P<topic>(?:about|on|re|regarding|in|at|during) .+)$")
_WHAT_WAS_IT = lazy_pattern(r"^(?:(?:what|which) (?:was|is|were) (?:it|that|this|they|the (?:exact |actual )?(?:line|quote|words|wording|quotation|sentence))"
                            r"|how (?:did|does|do) (?:the rest(?: of (?:it|that|(?:his|her|their|the|that|this) (?:remark|line|quote|sentence|words))| of it)?|it|that|(?:his|her|their|the) (?:remark|line|quote|sentence)) go(?: on)?"
                            r"|what (?:was|is) the (?:(?:full|whole|complete) (?:quote|line|remark|sentence)|rest(?: of (?:it|that|(?:his|her|their|the|that|this) (?:remark|line|quote|sentence|words)))?)"  # "how did the rest of her remark go"
                            r"|(?:which|what) (?:words|exact words|were the (?:exact )?words|were (?:his|her|their) (?:exact )?words)"
                            r"|what (?:exactly )?(?:he|she|they) (?:said|say)(?: there)?|what (?:does|did) (?:he|she|they) (?:say|write)(?: about it| there)?"  # "what exactly she said"
                            r"|(?:(?:can|could|would) you (?:please )?)?(?:give|get|find|show|tell|send) (?:me |us )?(?:that|the|this) (?:exact )?(?:quote|line|quotation|words|wording|remark)"
                            r"|(?:remind me )?(?:of )?(?:that|this) (?:exact )?(?:quote|line|quotation|remark)"
                            r"|(?:(?:can|could|would) (?:you|u) (?:please |pls )?)?(?:find|pull|grab|fetch|get|dig|look|track|hunt) (?:it|that|this|them)(?: (?:up|out|down))?(?: for (?:me|us))?)"  # "can u pull it up"  # "can you give me that quote again", "remind me of that line"
                            r"(?: (?:exactly|again|precisely|word for word|in full|verbatim))?(?: please| pls)?$")
#: A lead in which the asker speaks of themselves: "i wrote it on a post it and lost it" (not whose words are asked).
_ASKER_LEAD = frozenset("i we my our me".split())
#: "stoltenberg on article 5 at the berlin conf": a person and a topic, before "what was the line exactly?".
_ON_TOPIC = lazy_pattern(r"^(?P<who>(?!(?:the|a|an|this|that|it|what|which|who|when|where|how|and|or|but|so|more|not)\b)\S+(?: \S+)?) (?P<topic>on (?:\S+ ){0,6}?\S+)$")
#: "in the 2023 berlin speech, does stoltenberg look back at the 2016 decision?": a topic asked whether someone raised.
_RAISED = lazy_pattern(r"^(?:(?:in|at|during) (?P<where>(?:\S+ ){0,5}?\S+) )?(?:does|did|do) (?P<who>(?:\S+ ){0,2}?\S+) (?:look back (?:at|on)|looks back (?:at|on)|recall|reflect on"
                       r"|revisit|refer back to|refer to|return to|touch on|bring up|talk about|mention|address|discuss) (?P<topic>.+)$")
#: "stoltenberg mentions in berlin the saceur": a thing named in a speech, the place put before it as learners may.
_MENTIONS = lazy_pattern(r"^(?P<who>(?!(?:i|we|the|a|an|it|this|that|he|she|they|his|her|their|its|my|our|your)\b)(?:\S+ ){0,2}?\S+) (?:mentions|mentioned|mention|names|named|cites|cited)"
                         r"(?: (?:in|at|during) (?P<where>(?:the )?\S+(?: (?:speech|conference|article|op ed))?))? (?P<topic>(?:the |a |an )?(?:\S+ ){0,3}?\S+?)"
                         r"(?: (?:in|at|during) (?P<later>(?:the )?\S+(?: (?:speech|conference|article|op ed))?))?$")
#: "in berlin, stoltenberg called china an enemy", "rutte warned about russia in tirana": what someone is reported to have said.
_REPORTED = lazy_pattern(r"^(?:(?:in|at|during) (?P<where>(?:the )?\S+(?: (?:speech|conference|article|op ed))?) )?(?P<who>(?!(?:i|we|you|the|a|an|it|this|that|he|she|they|his|her|their|its|my|our|your|someone|somebody)\b)(?:\S+ ){0,2}?\S+)"
                         r" (?:called|warned|urged|described|claimed|stated|argued|insisted|declared|stressed|said|told (?:allies|everyone|the \S+))(?: that| of| about| on)?"
                         r" (?P<topic>(?:\S+ ){0,7}?\S+?)(?: (?:in|at|during) (?P<later>(?:the )?\S+(?: (?:speech|conference|article|op ed))?))?$")
#: "rutte mentioned in tirana the nicc. what is it?": the thing itself asked, where it was mentioned no part of it.
_WHAT_IS_THING = lazy_pattern(r"^what (?:is|s) (?:it|that|this)(?: (?:thing|centre|center|body|platform))?(?: (?:exactly|actually|then))?$")
_NAMED_THING = lazy_pattern(r"^(?P<who>(?!(?:i|we|the|a|an|it|this|that|he|she|they|his|her|their|its|my|our|your)\b)(?:\S+ ){0,2}?\S+)"
                            r" (?:mentions|mentioned|mention|names|named|talked about|talks about|referred to|refers to|brought up)"
                            r"(?: (?:in|at|during) (?:the )?\S+(?: (?:speech|conference|article|op ed|message))?)? (?P<thing>(?:the|a|an) (?:\S+ ){0,6}?\S+?)"
                            r"(?: (?:in|at|during) (?:the )?\S+(?: (?:speech|conference|article|op ed|message))?)?$")
_LEADS_JOINED = 3  # clauses: a topic listed with commas ("more money, more expertise") is one lead


def said_something(leads: list[str], question: str) -> str | None:
    """"stoltenberg said something about starlink in berlin? what was it exactly" -> "what did stoltenberg say about starlink
    in berlin exactly": what was said is what "it" asks for, not the speaker; None for any other question."""
    if not _WHAT_WAS_IT.match(question) or not leads:
        return None
    if question.startswith("what") and (named := _NAMED_THING.match(leads[-1])) and _WHAT_IS_THING.match(question):
        return f"what is {named['thing']}"  # "rutte mentioned the nicc. what is it?": the thing, not his words
    leads = [lead for lead in leads if lead.split()[:1] and lead.split()[0] not in _ASKER_LEAD] or leads  # "..., i wrote it on a post it"
    joined = [" ".join(leads[-n:]) for n in range(1, min(len(leads), _LEADS_JOINED) + 1)]  # "X say something about more money, more expertise"
    if (match := next((m for lead in joined if (m := _SAID_SOMETHING.match(lead) or _HAD_A_LINE.match(lead) or _ON_TOPIC.match(lead))), None)) is None:
        raised = next((m for lead in joined if (m := _RAISED.match(lead) or _MENTIONS.match(lead))), None)
        if (raised := raised or next((m for lead in reversed(joined) if (m := _REPORTED.match(lead))), None)) is None:  # "in berlin, X called ...": where too
            return None
        place = raised["where"] or raised.groupdict().get("later")
        where = f" in {place}" if place else ""  # "does he look back at X? what does he say?": what he said about X
        return f"what did {raised['who']} say about {raised['topic']}{where}"
    who, _, place = match["who"].partition(" in ")  # "stoltenberg in rome spoke about russia": where, after what about
    who, _, place = (who, "", place) if place else who.partition(" at ")  # "odobescu at the hague said something about ..."
    place = place or (match.groupdict().get("between") or "").partition(" in ")[2]  # "said something clever in rome about ..."
    if any(w in PLACES or w[:1].isdigit() for w in who.split()) or who.split()[0] in _ASKER_LEAD:  # "my diary says something happened"
        return None  # "berlin on 9 november - what was it": a place and a day, nobody's words
    return f"what did {who} say {match['topic']}" + (f" in {place}" if place else "") + (" exactly" if question.endswith(("exactly", "word for word", "verbatim")) else "")


#: "he said something like <words>... full sentence?": words remembered, then the whole line asked for.
_LIKE_THEN_WHOLE = lazy_pattern(r"^\W*(?P<who>[^,?.!;:–—-]{1,40}?) (?:said|say|says|wrote) something (?:like|that is|that was|along the lines of|saying) "
                                r"(?P<words>[^?]+?)\s*(?:\.\.\.|…|[,;:–—-])+\s*(?:what (?:was|is) )?(?:the )?(?:full|whole|complete|exact) (?:sentence|quote|line|words)"
                                r"(?: (?:pls|please))?\s*\??\s*$", re.IGNORECASE)


def remembered_then_whole(typed: str) -> str:
    """``typed`` recalling someone's words and asking for the whole line, as what they said about those words; else as typed."""
    if "something" not in typed or (asked := _LIKE_THEN_WHOLE.match(typed)) is None:
        return typed
    return f"what did {asked['who'].strip()} say about {asked['words'].strip()}"
