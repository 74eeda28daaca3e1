"""A statement typed with a question mark is a claim to check: "the berlin conference was in october 2023?".

    "the berlin conference was in october 2023?"   -> No: ... was held 9 November 2023 in Berlin, Germany
    "rutte spoke in tirana by video?"              -> Yes: ...

Only a message whose question is a statement (a claim's verb, no question word anywhere) and whose text ends
with "?" is read so; it is then checked as "<statement>, right?" (``claim_checks``). Typed with no mark at all,
a statement of what a person named was is read so too, the way people type a check in chat:

    "ollongren was foreign minister when she spoke at the hague"   -> No: ... as Minister of Defence of the Netherlands
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..claims import CLAIM_PREFIX, CLAIM_VERB, as_claim
from ..lookup import Lookup
from .claim_checks import answer_claim

#: Words a request for something opens with: "results of ...?", "dates of ...?".
_REQUESTS = frozenset("results result outcome outcomes dates date details list summary quotes quote info speakers hosts venue any "
                      "about tell i we my our please give show need want know explain describe compare contrast briefly source sources link links".split())
_RELATIVE = frozenset("that which who whose where when".split())
#: Verbs that are as often a participle after a noun ("the conference held in rome") as a statement's verb.
_PARTICIPLES = frozenset("held made written set up based located headquartered dated published established created founded launched".split())
_SENTENCE_END = lazy_pattern(r"[.!?;]\s+\S")
_BE = frozenset("is was were are".split())
#: Words a question may open with before it asks: "so was rutte there?", "and was it in rome?".
_LEADS = frozenset("so and but ok okay then hmm also or well wait now right yes no oh".split())
#: The words a question opens with: a statement opening with one is asked, not stated.
QUESTION_OPENERS = frozenset("who whom whose what whats when where which how why is was were are did does do can could has have should would will".split())


def answer_declared(lookup: Lookup, typed: str, question: str, today: dt.date) -> Reply | None:
    """The claim check of a statement asked with a question mark, or None for any other question."""
    words = question.split()
    if _SENTENCE_END.search(typed.rstrip().rstrip("?")):
        return None  # "the tirana conference was in october 2025. surely rome predates that?": the statement sets up the question
    if not (typed.rstrip().endswith("?") or _unmarked_title(lookup, typed, question, today)) or not words or words[0] in QUESTION_OPENERS or _asked_early(words) \
            or any(w in ("who", "whom", "whose", "what", "when", "where", "which", "how", "why") for w in words) or words[0] in _REQUESTS:
        return None
    verb = CLAIM_VERB.search(question)
    if verb is None or not _RELATIVE.isdisjoint(question[: verb.start()].split()) or not QUESTION_OPENERS.isdisjoint(_last_words(question, verb)):
        return None  # "about the conference that was held in oslo?", "... do you know it?": asked, not stated
    if verb[0] in _PARTICIPLES and question[: verb.start()].split()[-1:] not in (["was"], ["were"], ["is"], ["are"]):
        return None  # "results of the conference held in warsaw?": a thing asked for, not a statement
    claim = as_claim(f"{question} right")
    return answer_claim(lookup, claim, today) if claim.startswith(CLAIM_PREFIX) else None


def _last_words(question: str, verb) -> list[str]:
    """The question's last three words, where an opener among them asks ("... was it?", "date the pledge was
    adopted?"); after a verb followed by an office, the words after it ("stoltenberg was sg?": a statement)."""
    after = question[verb.end() :].split()
    return after[-3:] if not _OFFICES.isdisjoint(after) else question.split()[-3:]


def _unmarked_title(lookup: Lookup, typed: str, question: str, today: dt.date) -> bool:
    """Whether a message with no mark states what office a person named held: "<name> was/is <title> ...", the name
    alone before the verb ("mcfadden was defence secretary in 2024"; not "rutte was there", not "the sg was ...")."""
    if _MARKED.search(typed) or (verb := CLAIM_VERB.search(question)) is None or verb[0] not in _BE \
            or _OFFICES.isdisjoint(question[verb.end() :].split()):
        return False
    named = lookup.named(question[: verb.start()], on=today)
    return bool(named.people) and not named.role and not named.rest


_MARKED = lazy_pattern(r"[?!.,;:]")
_OFFICES = frozenset("minister secretary sg dsg president ambassador chancellor premier pm chief head commander saceur envoy "
                     "chair chairman director spokesperson spokesman".split())


def _asked_early(words: list[str]) -> bool:
    """Whether the second or third word asks ("so did rutte go?", "and was it in rome?"); "cyberspace was recognised
    at wales?" and "kaja kallas was …?" state, their subject before "was"."""
    early = set(words[1:3])
    if words[0] not in _LEADS:  # "cyberspace was …", "kaja kallas was …": the subject's one or two words, then its verb
        early -= _BE
    return not QUESTION_OPENERS.isdisjoint(early)
