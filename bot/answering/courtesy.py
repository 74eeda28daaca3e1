"""Formal, courteous requests unwrapped to the question they carry.

    "i should be grateful if you could remind me when the berlin conference took place"
                                                       -> "when the berlin conference took place"
    "might i trouble you for the date on which the pledge was adopted"  -> "when the pledge was adopted"
    "i am writing a memoir and would appreciate knowing whether rutte attended in person"
                                                       -> "is it true that rutte attended in person"
    "dear bot kindly let me know who hosted the 2024 conference with many thanks in advance"
                                                       -> "who hosted the 2024 conference"

A letter-writer's opening ("dear bot", "good afternoon", "forgive my ignorance"),
the request itself ("i should be grateful if you could tell me", "would you be so
kind as to", "may i ask", "i should like to know"), anything before a request that
is followed by a question ("i served in brussels for many years and should like to
know who ..."), and a closing ("with many thanks in advance", "kind regards") are
dropped; what is asked indirectly is asked directly ("the date on which X" is
"when X"; "whether X" is the claim X to check). Formal words are put plainly
(``_PLAIN``: "the remarks attributed to X ... may be relied upon" asks whether X's
quotes are verified; "the Alliance" is NATO; "furnish a list" is "list"). Asides
between commas ("how long ago, if you would be so kind, did ...") are taken out of
the typed text before it is split into clauses (``without_asides``). Tried only
when a cue word is in the text: most questions hold none and run no pattern here.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX
from .quoted import quoted_spans
from .imperatives import asked_plainly
from .normalizing import word_set

_CUES = frozenset(
    "grateful obliged kind kindly trouble bother wonder wondered wondering pray permit allow appreciate appreciated helpful like love "
    "wish dear forgive excuse pardon memory remind regards sincerely faithfully enquire inquire advance respect respects memoir "
    "attributed ascribed credited relied trusted furnish alliance record records chronological original principal remarks points "
    "messages describe described call called label labeled labelled brand branded "
    "old elderly retired forgetful soldier veteran colonel officer gunner sailor airman pensioner".split()  # "tell an old soldier who ..."
)
_OPENING = lazy_pattern(
    r"^(?:(?:dear (?:bot|cyberbot|sir|madam|sir or madam|colleagues?|friends?|all)|good (?:morning|afternoon|evening|day)|greetings"
    r"|(?:forgive|pardon|excuse) (?:me|my (?:ignorance|asking|intrusion|memory|curiosity|question)|the (?:intrusion|question))(?: but)?"
    r"|with (?:many |my )?thanks in advance|i hope (?:this|my \S+|you) (?:\S+ ){0,3}?well|if i may(?: (?:ask|be so bold))?"
    r"|(?:if you|when you) have a moment|at your (?:convenience|leisure)) )+"
)
#: The asker, as a letter-writer names himself: "remind me", "remind an old soldier", "tell this retired colonel".
_ASKER = (r"(?:me|us|(?:an?|this|your|one) (?:(?:old|elderly|ageing|aging|retired|forgetful|humble|former|poor|curious) )*"
          r"(?:soldier|man|woman|hand|timer|veteran|colonel|officer|gunner|sailor|airman|fellow|chap|pensioner|student|reader|civilian))")
#: The request and its verb, anywhere before the question it introduces: "... and should like to know | who ...".
_REQUEST = lazy_pattern(
    r"^(?:.*? )?(?:(?:i |we )?(?:should|would|d) be (?:most |very |so |extremely |much |deeply |truly )?(?:grateful|obliged|glad|thankful|pleased|delighted)"
    r"(?: to you)? (?:(?:if|were) you (?:could|would|might|can|will|to)|to (?:know|learn|hear|be told|be reminded)|for)"
    r"|(?:would|could|will) you be (?:so )?(?:kind|good) (?:as|enough) (?:as )?to|(?:would|could) you (?:kindly|perhaps|possibly)|(?:can|could|would|will) you(?: please)?(?= (?:remind|tell|inform|advise|enlighten) )"
    r"|(?:might|may|could|can) i (?:trouble|bother|ask) you(?: to| for| about)?|(?:might|may|could|can) i (?:ask|enquire|inquire)(?: with (?:all due |the greatest )?respect)?(?: of you)?"
    r"|(?:i |we )?wonder(?:ed)?(?: whether| if)? you (?:could|might|would|can|will)|(?:permit|allow) me to (?:ask|enquire|inquire)|pray tell|kindly"
    r"|(?:i |we )?(?:should|would|d) (?:very much |much |dearly |greatly )?(?:like|love|wish|want)(?: to (?:know|learn|hear|ask|be reminded|be told)|(?= (?:a|an|the|some) ))"
    r"|(?:i |we )?(?:should|would|d)? ?(?:greatly |much |very much |really )?appreciate (?:knowing|learning|hearing|being told|being reminded|it if you (?:could|would))"
    r"|it would be (?:most |very |extremely |so )?(?:helpful|useful|kind of you|good of you) (?:to (?:know|learn|hear)|if you (?:could|would)))"
    r"(?: (?:kindly|perhaps|please|possibly))?(?: (?:remind|tell|inform|advise|enlighten|let|show) " + _ASKER + r"(?: know)?)?(?: (?:of|about|as to|on|regarding))?"
    r"(?: (?:please|for me))? (?=\S)"
)
_LEAST_ASKED = 2  # words left of a question once its request is dropped: fewer, and the request was its closing
_SIGNED = r"(?: (?!(?:to|the|from|for|of|at|in|on|with|by|and|was|is|were|did)\b)\S+)"  # a signature's words: a name, a rank, a title
_CLOSING = lazy_pattern(
    r"(?:\s+(?:with (?:many |my |kind |best )?(?:thanks|regards|gratitude)(?: in advance)?|(?:many |kind |best )?(?:thanks|regards)(?: in advance)?|in anticipation"
    r"|yours (?:sincerely|faithfully|truly)|(?:i )?thank you (?:kindly|in advance)|if (?:it is|it s) not too much trouble|if you (?:would be so kind|please)"
    r"|at your (?:convenience|leisure)|i remain|respectfully|do the needful|(?:please |kindly )?revert(?: back)?(?: (?:asap|soon|at the earliest))?"
    r"|kindly (?:tell|reply|respond|answer|advise|confirm|inform|let (?:me|us) know)(?: (?:me|us))?(?: (?:asap|soon))?"
    r"|(?:(?:kind|best|warm|warmest|many) )?regards" + _SIGNED + r"{1,6}|(?:much |most )?obliged" + _SIGNED + r"{0,5}|yours (?:sincerely|faithfully|truly)" + _SIGNED + r"{1,6}))+$"
)  # a closing and the signature after it: "regards p hughes branch secretary", "much obliged maj t"
#: "the date on which X", "the year in which X": when X.
_WHEN_NOUN = lazy_pattern(r"^(?:the |what )?(?:date|day|year|month|time)s? (?:on which|in which|at which|when) (?=\S)")
_WHETHER = lazy_pattern(r"^(?:whether|if) (?!or not\b)(?=\S)")
_WHETHER_VERIFIED = lazy_pattern(r"^(?:whether|if) (?P<what>.+?) verified$")


#: An aside between commas, in the text as typed: "how long ago, if you would be so kind, did ...", "what, in short, is ...".
_ASIDE = lazy_pattern(
    r"\s*,\s*(?:if you (?:would|will|could) (?:be so kind|be so good|oblige me)|if you please|if i may(?: ask)?|if possible|if you can|please|kindly|pray"
    r"|if anything|if any|in short|in brief|briefly|in a word|in essence|in (?:your|the) (?:view|opinion|records?|knowledge)|as (?:precisely|exactly|briefly|best|closely) as"
    r"(?: \S+){1,4}? (?:allows?|can|permits?|possible)|roughly|approximately|exactly|precisely|once more|if you recall|if memory serves"
    r"|as (?:the|our|my|a|his|her|their|your) (?:\S+ ){0,2}?(?:claims?|says?|said|states?|suggests?|has it|puts it|reports?|writes|wrote|holds?|assumes?))\s*,\s*", re.IGNORECASE)  # "is it correct, as our draft claims, that ..."


#: A hedge ending a clause, after what the asker half believes: "it was online i think, but hosted from which city".
_HEDGE_AT_END = lazy_pattern(r"(?<=\w)\s+(?:i (?:think|believe|guess|reckon|suppose)|iirc|afaik|i(?:'|’| a)?m (?:pretty |fairly )?sure|if i (?:remember|recall) (?:right|rightly|correctly)"
                             r"|if i(?:'|’| a)?m not mistaken)(?=\s*(?:[,;:?!]|\.(?:\s|$)|\s[-\u2013\u2014]\s))", re.IGNORECASE)

_ENDS = lazy_pattern(r"[\s?!.]*")
#: A question asked before the hedge, which makes the hedged clause a guess at its answer: "when was it? nov 2022 i think".
_ASKED_BEFORE = lazy_pattern(r"\?|^\W*(?:who|whom|whose|what|when|where|which|how|did|does|is|was|were|are|date|dates)\b", re.IGNORECASE)


def without_asides(typed: str) -> str:
    """``typed`` with courteous or hedging asides between commas taken out, before it is split into clauses."""
    if ((" i" in typed or " I" in typed) and (hedge := _HEDGE_AT_END.search(typed)) and not _ASKED_BEFORE.search(typed[: hedge.start()])
            and not any(hedge[0].strip() in span for span in quoted_spans(typed))):  # "who said 'we will win, i believe, ...'": the words asked
        rest = typed[hedge.end() :]  # not "when was it? paris 2017 i think": a guess at the answer
        typed = typed[: hedge.start()] + (", right?" if _ENDS.fullmatch(rest) else rest)  # "X was in 2023 i think?": X checked
    return _ASIDE.sub(" ", typed) if typed.count(",") >= 2 else typed


#: "did X call ...", "is it true (that) X called ...": the same words to check.
_DID_OR_TRUE = r"^(?:did|(?:is|was) it (?:really )?true(?: that)?) "
#: Formal words put plainly: "the remarks attributed to X" are X's quotes; "may be relied upon": verified.
_PLAIN = tuple((lazy_pattern(pattern), plain) for pattern, plain in (
    (r"\b(?:(?:the|a|an|his|her|their) )?(?:(?:full|exact|whole|complete|very) )?(?:remarks?|words|quotations?|quotes?|statements?|lines?|comments?)"
     r" (?:attributed|ascribed|credited) to (?:the )?(?=.*\b(?:relied|trusted|trust|verified|genuine|reliable|authentic|translation)\b)", "the quote by "),  # whether to trust them
    (r"\b(?:may|can|could|might) (?:safely )?be (?:relied (?:up)?on|trusted)\b|\b(?:is|are) (?:it |they )?to be trusted\b|\bbe trusted\b", "verified"),
    (r"\b(?:furnish|provide|supply|let me have|send me)(?: me| us)?(?: with)? (?=(?:a |the )?(?:list|chronological list|summary|overview)\b)", "give me "),
    (r"^(?:(?:the|a) )?(?:chronological |complete |full )?list (?:of )?", "list "),
    (r"^(?:the )?original (?:english|wording|words) of what (?P<who>.+?) said(?P<where> (?:in|at|during) .+)?$", r"what did \g<who> say\g<where>"),  # each line shown with its original english
    (r"^what (?:were|are|was|is) (?:the )?(?:principal |main |key |chief |most important |central |essential )?(?:remarks|points|messages|arguments|themes) (?:of|by|from|made by) "
     r"(?P<who>.+?) (?P<where>(?:at|in|during) .+)$", r"what did \g<who> say \g<where>"),
    (_DID_OR_TRUE + r"(?P<who>.+?) (?:really |actually |truly )?(?:describe|call|characteri[sz]e|term)(?:d|ed)? (?P<x>.+?) as (?P<y>.+)$", r"did \g<who> really say \g<x> are \g<y>"),
    (_DID_OR_TRUE + r"(?P<who>.+?) (?:really |actually |truly |ever )?(?:call|label|labell|brand)(?:ed)? (?P<x>[a-z]+(?: [a-z]+)?) (?P<y>(?:an?|the|our) \S.*)$",
     r"did \g<who> really say \g<x> is \g<y>"),  # "did jens stoltenberg really call china an enemy": the words checked
    (r"\bthe alliance(?: s)?\b", "nato"),
    (r"\s+(?:(?:that )?(?:are |is )?(?:mentioned |named |held )?(?:in your records|on record|in the records?|in your knowledge|if the record (?:has|shows) it|as far as the record (?:goes|shows)))$", ""),
))


def unwrap_courtesy(text: str) -> str:
    """``text`` (normalised) with a formal request's wrapping dropped, an indirect question made direct and formal
    words put plainly; a question put as an instruction ("state the venue of ...") as the question (``imperatives``)."""
    text = asked_plainly(text)
    if _CUES.isdisjoint(word_set(text)):
        return text
    opened = _OPENING.sub("", text)
    unrequested = _REQUEST.sub("", opened, count=1)
    if len(unrequested.split()) < _LEAST_ASKED:  # "when was the berlin conference kindly tell": the request came last
        unrequested = opened
    unwrapped = _CLOSING.sub("", unrequested).strip() or text
    for pattern, plain in _PLAIN:
        unwrapped = pattern.sub(plain, unwrapped)
    if unwrapped == text:
        return text
    unwrapped = _WHEN_NOUN.sub("when ", unwrapped)
    if trust := _WHETHER_VERIFIED.match(unwrapped):  # "whether the quote by X may be relied upon": is it verified
        return f"is {trust['what']} verified"
    return _WHETHER.sub(CLAIM_PREFIX, unwrapped)
