"""Someone's answer put up for marking, then a short ask to mark it: the claim, checked.

    "student wrote 'the first pledge conference was in paris in 2018'. can i mark that correct"
        -> "is it true that the first pledge conference was in paris in 2018"
    "student answer: nato made cyberspace a domain at the wales summit. marking it, is it ok?"
        -> "is it true that nato made cyberspace a domain at the wales summit"
    "a pupil put that rutte opened berlin - tick or cross?"  -> "is it true that rutte opened berlin"
    "my notes say stoltenberg spoke in copenhagen, when was that"  -> "is it true that stoltenberg spoke in copenhagen"

Every teacher (and every note-taker) asks this way: whose answer it is ("a kid answered that",
"student answer:", "my notes say"), the answer, then "can i mark it right?", "is it ok?", "was it?",
"when was that?". The check answers both: yes or no, and the entry's facts. Pure, used by
``question_text.question_clause``; table-tested in tests/answers/answer_table.yaml.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX, CLAIM_VERB, as_claim
from .search import normalize

#: Who gave the answer: "a student", "one kid in my class", "my year 10s", "student".
_WHO = (r"(?:(?:a|an|one|my|the|our|this|that|some|another|1) )?(?:\S+ ){0,2}?(?:student|pupil|kid|child|learner|classmate|teen|teenager|boy|girl|class|group|team|year \d+)"
        r"(?: s|s)?(?: of mine| in my class| in (?:the|my) \S+ class)?")
#: How the answer is given: "wrote", "answered that", "put down", "s answer was".
_GAVE = (r"(?:wrote down|put down|wrote|write|answered|answers|answer|says|say|said|put|puts|thinks|think|thought|claims|claim|claimed|guessed|guess|reckons|reckon|reckoned|believes|believe|believed"
         r"|swears|swear|swore|insists|insist|insisted|argued|argues|argue|told me|tell me|has|had|gave|answer(?: is| was)?|s answer(?: is| was)?|answer given(?: was)?|response(?: is| was)?)")
#: A clause giving the answer: "a kid answered that the vilnius summit was in 2022".
_ANSWERED = lazy_pattern(rf"^{_WHO} {_GAVE}(?: that| as| down)?(?: (?P<claim>\S.*))?$")
#: A clause that only labels what follows as an answer: "student answer", "answer given", "the answer was".
_LABEL = lazy_pattern(r"^(?:the |their |his |her )?(?:answer|response)(?: (?:given|written|was|is|given was))?$")
#: A clause asking to mark what came before: "can i mark that correct", "is it ok", "was it", "tick or cross".
_MARK_ASK = lazy_pattern(
    r"^(?:(?:can|could|should|do|may) i (?:mark|count|accept|give) (?:that|this|it|them|him|her)(?: as)?(?: (?:correct|right|true|wrong|incorrect|a tick|full marks|the marks?|the point|a point))?"
    r"|(?:is|was|are|were) (?:that|this|it|they|he|she)(?: really)?(?: (?:ok|okay|fine|right|correct|true|accurate|wrong|incorrect|false|so))?"
    r"|(?:is|was) (?:that|this|it|the answer) (?:right|correct|ok|okay) or (?:wrong|not|incorrect)|(?:did|does|do) (?:it|that|they|he|she)"
    r"|right|correct|true|ok|okay|tick or cross|right or wrong|true or false|correct or not|(?:does|do) (?:that|it|this) (?:get|deserve) (?:a |the |full )?(?:mark|marks|tick|point)s?)$"
)
#: A clause only about the marking itself: "marking it", "just checking", "i m grading now".
_MARKING = lazy_pattern(r"^(?:(?:i m |i am |we re |just |currently |now )?(?:marking|grading|checking|correcting)(?: (?:it|this|that|them|now|papers|tests|quizzes|homework))*|just checking|quick check)$")
#: Words that make a quoted answer a line someone said, still the quote checks' to answer: "'baerbock said ...'".
_SAYING = lazy_pattern(r"\b(?:said|says|say|saying|quote|quoted|words|line|called)\b")
#: A question about what a claim before it names: "when was that", "where was it", "what year was that".
_ASKS_OF_IT = lazy_pattern(r"^(?:when|where|what year|which year|what date) (?:was|were|did) (?:that|it|this)(?: (?:happen|take place|held|exactly))?"
                          r"(?: and (?:who|which \S+) (?:\S+ ){0,2}?(?:chaired|hosted|opened|spoke|organi[sz]ed|led|ran|attended)(?: it)?)?$")  # "..., and who chaired": the card names them


def marked_check(asked: list[str]) -> str | None:
    """"is it true that <answer>" when the last clause of ``asked`` (a message's clauses, normalised) asks to mark
    an answer someone gave in a clause before it; else None."""
    if len(asked) < 2 or not (_MARK_ASK.match(asked[-1].strip()) or _ASKS_OF_IT.match(asked[-1].strip())):
        return None
    before = asked[:-1]
    while before and _MARKING.match(before[-1].strip()):  # "marking it, is it ok?"
        before = before[:-1]
    for n in range(len(before) - 1, -1, -1):
        clause = before[n].strip()
        answered = _ANSWERED.match(clause)
        if answered is not None or _LABEL.match(clause):
            claim = answered["claim"] if answered is not None and answered["claim"] else " ".join(before[n + 1 :]).strip()
            return CLAIM_PREFIX + claim if claim and CLAIM_VERB.search(claim) else None
    if _ASKS_OF_IT.match(asked[-1].strip()) and before and (claim := as_claim(before[-1])).startswith(CLAIM_PREFIX):
        return claim  # "my notes say X, when was that": X checked, its date with it
    return None


def quotes_an_answer(spans: tuple[str, ...], context: str) -> bool:
    """Whether words in quotation marks are someone's answer to mark ("student wrote 'the first pledge conference was
    in paris'. correct?"), a claim of fact for the claim checks, not a line to find among the quotes; ``context``: the
    message without the quoted words, normalised."""
    if not any(w in context for w in ("student", "pupil", "kid", "child", "learner", "class", "answer", "teen", "year")):
        return False  # most messages quoting words: no answer-giver named, no regex run
    return (_ANSWERED.match(context) is not None or _LABEL.match(" ".join(context.split()[:2])) is not None) and not any(
        _SAYING.search(normalize(span)) for span in spans) and all(CLAIM_VERB.search(normalize(span)) for span in spans)
