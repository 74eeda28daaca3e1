"""A question with the asker's guess after it, put as the claim to check, so the answer says first whether the guess holds:

    "which was the very first annual conference, tirana?"  -> "is it true that tirana was the very first annual conference"
    "where was the 2024 pledge conference, brussels?"      -> "is it true that the 2024 pledge conference was held in brussels"
    "the wales summit, which town was it in? cardiff?"    -> "is it true that the wales summit was held in cardiff"
    "when was the rome conference, 2021?"                  -> "is it true that the rome conference was held in 2021"
    "when did the warsaw summit recognise cyberspace, 2014?" -> "is it true that the warsaw summit recognised cyberspace in 2014"
    "where is the nicc based, brussels?"                   -> "is it true that the nicc is based in brussels"
    "who hosted the hague conference, romania?"            -> "is it true that the hague conference was hosted by romania"
    "what was rutte, dutch pm?"                            -> "was rutte dutch pm" (a role guessed: ``role_guesses``)

Only a guess of a place or a year counts ("..., roughly?" is no guess). Pure and table-tested (tests/test_guesses.py).
"""

from __future__ import annotations


from .claims import CLAIM_PREFIX
from .places import PLACES
from .role_guesses import as_role_check
from ..patterns import lazy_pattern

_GUESS_WORDS = 3
_WHAT_BE = lazy_pattern(r"^what (?P<be>was|is) (?P<x>\S.*)$")
_WHICH = lazy_pattern(r"^(?:which|what)(?: one| event| conference| summit)? (?:was|is|were) (?P<x>\S.*)$")
_WHERE = lazy_pattern(r"^(?:where|in (?:which|what) (?:city|town|country)|(?:which|what) (?:city|town)) (?:was|is|were) (?P<x>\S.*?)(?: held| hosted| located| organi[sz]ed)?(?: in| at)?$"
                    r"|^(?:where|in which city|in what city) did (?P<y>\S.*?) (?:take place|happen|meet|convene)$"
                    r"|^(?:which|what) (?:city|town|place) (?:hosted|held|staged|was home to) (?P<z>\S.*)$")
#: "which summit made cyber a domain of operations? wales?": the answer names the summit, and so says whether the guess holds.
_WHICH_DID = lazy_pattern(r"^(?:which|what) (?:summit|conference|meeting|gathering|event) (?:made|agreed|adopted|recogni[sz]ed|launched|set up|created|endorsed"
                          r"|declared|established|issued|produced|approved|decided)\b")
_BASED = lazy_pattern(r"^(?:where|in which (?:city|country)|in what (?:city|country)|which city|what city) (?:is|was|are|will be) (?P<x>\S.*?) "
                      r"(?P<how>based|located|headquartered|housed|sited)$")
_WHEN = lazy_pattern(r"^(?:when|what year|which year) (?:was|is|were) (?P<x>\S.*?)(?: held| hosted| agreed| signed| organi[sz]ed)?$")
_WHEN_DID = lazy_pattern(r"^(?:when|what year|which year|in which year|in what year) did (?P<x>\S.*?) (?P<verb>recognise|recognize|agree|adopt|decide|endorse|approve"
                         r"|launch|establish|sign|announce|declare|create|found|host|open|set|hold)(?P<rest>(?: \S+)*)$")
_PAST = {"set": "set", "hold": "held"}
_WHO = lazy_pattern(r"^who (?P<verb>hosted|co hosted|organi[sz]ed|co organi[sz]ed) (?P<x>\S.*)$")


def guess_as_claim(question: str, guess: str, lead: str = "") -> str | None:
    """``question`` (normalised) with the guess after it put as "is it true that ...", or None when it is no such guess;
    its "it" is ``lead``, the clause before that names what it asks about ("the wales summit, which town was it in? cardiff?")."""
    if lead and " it " in f" {question} ":
        question = f" {question} ".replace(" it ", f" {lead} ", 1).strip()
    words = guess.split()
    if not words or len(words) > _GUESS_WORDS or "or" in words or "not" in words:
        return None
    if (role := _WHAT_BE.match(question)) and (checked := as_role_check(role["x"], role["be"], guess)):
        return checked  # "what was rutte, dutch pm?": whether he was (a role with a country is no place guessed)
    year = len(words) == 1 and words[0].isdigit() and len(words[0]) == 4
    if not year and not any(word in PLACES for word in words):
        return None
    if not year and _WHICH_DID.match(question):
        return question  # the summit that did it is the answer; the guess is not a place it was held
    if not year and (which := _WHICH.match(question)):
        return CLAIM_PREFIX + f"{guess} was {which['x']}"
    if not year and (based := _BASED.match(question)):  # "where is the nicc based, brussels?": where it sits, not an event
        return CLAIM_PREFIX + f"{based['x']} is {based['how']} in {guess}"
    if not year and (where := _WHERE.match(question)):
        return CLAIM_PREFIX + f"{where['x'] or where['y'] or where['z']} was held in {guess}"
    if year and (when := _WHEN.match(question)):
        return CLAIM_PREFIX + f"{when['x']} was held in {guess}"
    if year and (did := _WHEN_DID.match(question)):  # "when did the warsaw summit recognise cyberspace, 2014?"
        verb = _PAST.get(did["verb"]) or did["verb"] + ("d" if did["verb"].endswith("e") else "ed")
        return CLAIM_PREFIX + f"{did['x']} {verb}{did['rest']} in {guess}"
    if not year and (who := _WHO.match(question)):
        return CLAIM_PREFIX + f"{who['x']} was {who['verb']} by {guess}"
    return None
