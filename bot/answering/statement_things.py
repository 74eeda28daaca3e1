"""What "it" or "there" stands for when the clause before is a statement rather than a name.

    "the allies adopted a pledge on cyber defence in 2016. what did it commit them to?"
        -> "the pledge on cyber defence in 2016"   (those who acted are not "it")
    "i have before me an account of the berlin conference of 2022. who spoke there?"
        -> "the berlin conference of 2022"
    "i have a recollection of a pledge conference held in oslo; who hosted it?"
        -> "the pledge conference held in oslo"   (its place kept after "held")
    "the hague conference was postponed. when was it held?"   -> None: the subject is the thing (``subject_of``)
    "the diplomatic affairs piece on the hague pledge conference has no date. when was it?"
        -> "the hague pledge conference"   (``gathering_written_of``: the gathering, unless the writing's date is asked)

A clause with a verb after its subject tells something; the thing a pronoun
after it points at is the last gathering, pledge, article or the like it names,
when its subject is one that names nothing of it ("the allies", "i"). Pure;
tried only for a lead clause of a question that refers back.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_THING_NOUNS = (r"(?:conference|summit|pledge|meeting|exercise|gathering|op ed|article|speech|address|centre|center|policy|communique"
                r"|declaration|initiative|campaign|report|event)s?(?! \d)")  # not "article 5"
#: A noun phrase naming a thing: "a pledge on cyber defence in 2016", "the berlin conference of 2022".
_THING = lazy_pattern(rf"\b(?:the|a|an|this|that|their|its|our|his|her) (?P<thing>(?:(?!the |a |an |and |or )\S+ ){{0,4}}{_THING_NOUNS}"
                      r"(?: (?:on|about|for|of) (?:the )?(?!(?:19|20)\d\d\b)[a-z]+(?: (?!in |at |on )[a-z]+)?)?(?: (?:held |hosted |organised |organized |staged |convened )?(?:in|at) (?!some\b|that\b|this\b|(?:19|20)\d\d\b)(?:the )?(?:(?:19|20)\d\d )?[a-z]+(?: (?:house|hall|palace|centre|center|militaire|castle|conference|summit|meeting))?)?"
                      r"(?: (?:of|in) (?:19|20)\d\d)?)(?= |$)")
#: A subject that acts and names nothing the thing is known by: "the allies", "i", "we" (not "the netherlands and romania",
#: whose statement says which conference it was); not "i know" or "i read", whose clause has the thing as its subject.
_ACTORS = lazy_pattern(r"^(?:(?:in|during|by|around|back in|some|many|a few) (?:\S+ ){0,4}?(?:(?:19|20)\d\d|ago|summer|spring|autumn|fall|winter|years|time) )?(?:i|we|you|they|he|she|the allies|allies|nato|the alliance|leaders|the leaders|members|member states|countries|nations"
                       r"|heads of state(?: and government)?|it (?:was|is) (?:the |their |our )?[a-z]+(?: s)? turn(?: to \S+)?)"
                       r"(?: (?:still|also|then|jointly|once|had|have|has|all))* (?=\S)"
                       r"(?!(?:have |had )?(?:read|know|knew|think|thought|heard|believe|understand|recall|remember|was told|am told|gather|see|saw|guess|suppose)\b)")


def thing_of_statement(clause: str) -> str | None:
    """The thing a statement's last noun phrase names when its subject is an actor naming nothing of it, else None."""
    if not _ACTORS.match(clause):
        return None
    things = [m["thing"] for m in _THING.finditer(clause)]
    return f"the {things[-1]}" if things else None


#: "the diplomatic affairs piece on the hague pledge conference": a writing about a gathering.
_WRITTEN_OF = lazy_pattern(r"^(?:\S+ ){0,4}?(?:piece|article|report|story|write up|writeup|post|coverage|op ed) (?:on|about|covering|from|of) "
                           r"(?P<thing>(?:\S+ ){0,5}?(?:conference|summit|meeting|exercise|event))$")
#: What a question asks of the writing itself: "when was it published", "who wrote it".
_OF_THE_WRITING = frozenset("published publish written write wrote come came out posted post author dated byline".split())


def gathering_written_of(subject: str, question: str) -> str:
    """The gathering a writing named as "it" is about, where the question asks nothing of the writing itself:
    "the diplomatic affairs piece on the hague pledge conference" + "when was it" -> "the hague pledge conference"."""
    if (written := _WRITTEN_OF.match(subject)) is None or not _OF_THE_WRITING.isdisjoint(word_set(question)):
        return subject
    return written["thing"] if written["thing"].startswith("the ") else f"the {written['thing']}"
