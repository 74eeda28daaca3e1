"""A name typed first, then only a person's attributes asked: "Luminita Odobescu - which country and which portfolio?"
asks who that person is (the card gives the role and its country), never a quote holding the words "which country".

    lead "and luminita odobescu", question "which country and which portfolio"  -> "who is luminita odobescu"
    lead "ollongren",             question "what nationality"                    -> "who is ollongren"
    lead "the hague conference",  question "which country"                       -> None (a gathering, not a person)

Pure, used through ``asked_of_lead`` by ``question_text.question_clause`` after lead clauses; a question that is
not only such attributes pays one pattern.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_ATTRIBUTES = r"(?:country|nationality|portfolio|office|post|role|title|ministry|job|position|capacity|department|government)"
_ONLY_ATTRIBUTES = lazy_pattern(rf"^(?:(?:which|what|her|his) )?{_ATTRIBUTES}(?: (?:and|&|or) (?:(?:which|what|her|his|the) )?{_ATTRIBUTES})*$")
#: Words of a lead that is no person's name: a gathering, a thing, a pointer, the asker.
_NOT_A_NAME = frozenset("the a an this that it conference summit meeting event exercise pledge article piece quote line speech "
                        "nato cyber i we you my our".split())
_LEAD_OPENERS = ("and ", "so ", "also ", "then ", "what about ", "now ")


def person_asked(question: str, leads: list[str]) -> str | None:
    """"who is <name>" when ``question`` asks only a person's country or office and the last lead is a bare name."""
    if not leads or not _ONLY_ATTRIBUTES.match(question):
        return None
    name = leads[-1]
    for opener in _LEAD_OPENERS:
        name = name.removeprefix(opener)
    words = name.split()
    if not 1 <= len(words) <= 3 or not _NOT_A_NAME.isdisjoint(words) or any(w in PLACES or w[:1].isdigit() for w in words):
        return None
    return f"who is {name}"
