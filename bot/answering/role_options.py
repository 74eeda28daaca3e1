"""Which of two posts someone held, asked as a choice after naming them: who they were (their card gives the post).

    "the dutch minister at the hague pledge conference defence or foreign affairs"
                                             -> "who was the dutch minister at the hague pledge conference"
    "was geoana secretary general or deputy secretary general"  -> "who was geoana"
    "someone wrote nato secretary general mircea geoana in the hague readout secretary general or deputy"
                                             -> "is it true that mircea geoana was nato secretary general in the hague readout"

A title written with a name in someone's text ("the readout has 'NATO Secretary General Mircea Geoana'") is a claim
that the person held it, checked as one. Tried only when the text ends with "<post> or <post>". ``choice_as_typed``
puts a typed message so before anything reads it (the steps that name what a message describes would take
"the dutch minister ... defence" for a post asked).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_POST = (r"(?:the |a |an )?(?:nato )?(?:deputy(?: secretary general| sg)?|secretary general|sg|dsg|(?:minister (?:of|for) )?(?:defen[cs]e|foreign(?: affairs)?|interior|digital(?: affairs)?)"
         r"(?: minister| ministry| secretary)?|prime minister|pm|president|chancellor|ambassador|head of (?:state|government)|minister)")
_OPTIONS = lazy_pattern(rf"^(?P<asked>.+?) (?:(?:was|is) (?:he|she|it|they|that) )?{_POST} or {_POST}$")
_TITLE_NAMED = lazy_pattern(r"\b(?:wrote|writes|says|said|reads|calls|called|has|had|put|puts|lists|listed|gave|gives) (?:him |her |them )?(?:as )?"
                            rf"(?P<title>{_POST}) (?P<name>(?!(?:in|at|of|on|for)\b)\S+(?: (?!(?:in|at|of|on|for)\b)\S+){{0,2}}) (?P<rest>(?:in|at|on|for) .+)$")
_NAMED_PERSON = lazy_pattern(r"^(?:was|is) (?P<who>(?!(?:the|it|that|this|there)\b)\S+(?: \S+){0,2})$")
_ROLE_AT = lazy_pattern(r"^(?:the )?(?P<who>(?:\S+ ){0,2}?(?:minister|secretary|ambassador|official|envoy|representative|speaker)\b.*)$")


def without_role_options(text: str) -> str:
    """``text`` (normalised) asking which of two posts someone held, as who they were; other text as it is."""
    if " or " not in text or not (options := _OPTIONS.match(text)):
        return text
    asked = options["asked"]
    if titled := _TITLE_NAMED.search(asked):  # "the readout has 'nato secretary general mircea geoana'": that title checked
        return f"is it true that {titled['name']} was {titled['title']} {titled['rest']}"
    if person := _NAMED_PERSON.match(asked):
        return f"who was {person['who']}"
    if role := _ROLE_AT.match(asked):
        return f"who was the {role['who']}"
    return text


def choice_as_typed(text: str) -> str:
    """A typed message asking which of two posts someone held, put as who they were; other text as typed."""
    if " or " not in text.lower() or (rewritten := without_role_options(normalized := normalize(text))) == normalized:
        return text
    return rewritten
