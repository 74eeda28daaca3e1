"""A decision called after its summit: "a washington 2024 decision" read as "agreed at washington in 2024".

Claims about an initiative or a pledge often name where it was decided as an adjective:

    "the vcisc that was a washington 2024 decision"  -> "the vcisc that was agreed at washington in 2024"
    "was the nicc a vilnius decision"                 -> "was the nicc agreed at vilnius"
    "so it was vilnius summit decision"               -> "so it was agreed at vilnius" (no article, as learners write)
    "the pledge was a 2016 outcome"                   -> "the pledge was agreed in 2016"
    "the pledge a wales 2014 decision"                -> "the pledge was agreed at wales in 2014"
    "what was the decision in vilnius"                -> unchanged (no place or year before the noun)
    "what was the vilnius decision stoltenberg mentions" -> "what was decided at vilnius"
    "which document did the vilnius summit approve"   -> "what did the vilnius summit approve"
    "what did vilnius decide for cyber defence"       -> "what was decided at vilnius for cyber defence" (the place for its summit)

Only a place of ``places.PLACES`` or a year, between "a"/"an" and the noun, is read so. Pure, on normalised
text; tried only when a noun of deciding is in it.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_NOUNS = ("decision", "outcome", "agreement", "deliverable", "commitment")
_CALLED_AFTER = lazy_pattern(r"(?:\b(?P<verb>was|is|were|are|as) (?:(?:a|an) )?|\b(?:a|an) )(?P<place>[a-z]+(?: [a-z]+)?? )?(?:(?P<year>(?:19|20)\d\d) )?(?:summit )?(?:"
                             + "|".join(_NOUNS) + r")s?\b")


#: "which document did the vilnius summit approve": what it approved (the document is the decision, whatever it is called).
_WHICH_APPROVED = lazy_pattern(r"^(?:and )?(?:which|what) (?:document|documents|text|paper|papers|policy|policies|decision|decisions|agreement|agreements)"
                               r" (?P<did>did|were|was) (?P<who>.+?) (?P<verb>approve|adopt|agree on|agree|sign|endorse|approved|adopted|agreed|signed|endorsed)\b")
#: "what was the vilnius decision (stoltenberg mentions in berlin)": what was decided there; who mentions it asks nothing more
#: (the clause steps may leave only the name: "what was the vilnius decision stoltenberg").
_THE_PLACE_DECISION = lazy_pattern(r"^(?:and )?what (?:was|were) the (?P<place>[a-z]+(?: [a-z]+)??) (?:summit )?(?:decision|decisions|outcome|outcomes)"
                                   r"(?P<on>(?: (?:on|for|about) (?:cyber(?: defence)?|cyberspace))?)(?: (?:that |which )?[a-z]+(?: (?:mentions|mentioned|talks about|talked about|refers to|referred to)\b.*)?)?$")

#: "what did vilnius decide for cyber defence": the place stands for the gathering held there.
_PLACE_DECIDED = lazy_pattern(r"^(?:and )?what (?:else )?did (?P<place>[a-z]+(?: [a-z]+)??) (?:decide|agree|adopt|approve)(?: on| upon)?(?P<rest>(?: .*)?)$")


def as_agreed(text: str) -> str:
    """``text`` with "was a <place> <year> decision" read as "was agreed at <place> in <year>", and "which document did
    <summit> approve" as "what did <summit> approve"; else ``text``."""
    if text.startswith(("what ", "and ")) and (decided := _THE_PLACE_DECISION.match(text)) and decided["place"] in PLACES:
        return f"what was decided at {decided['place']}{decided['on']}"  # "what was the vilnius decision"
    if text.startswith(("what did ", "and what did ")) and (decided := _PLACE_DECIDED.match(text)) and decided["place"] in PLACES:
        return f"what was decided at {decided['place']}{decided['rest']}"  # "what did vilnius decide for cyber defence"
    if text.startswith(("which ", "what ", "and ")) and " did " in text and (which := _WHICH_APPROVED.match(text)):
        return f"what did {which['who']} {which['verb']}{text[which.end():]}"
    if not any(noun in text for noun in _NOUNS) or not (match := _CALLED_AFTER.search(text)):
        return text
    place, year = (match["place"] or "").strip(), match["year"]
    if place and place not in PLACES or not (place or year):
        return text
    verb = match["verb"] or ("" if text.startswith(("was ", "is ", "were ", "are ")) else "was")  # "was the nicc a vilnius decision"
    agreed = f"{verb} agreed".strip() + (f" at {place}" if place else "") + (f" in {year}" if year else "")
    return text[: match.start()] + agreed + text[match.end():]
