"""A claim that a gathering decided something, put with the decision first: the claim checks then find the decision.

    "is it true that the Wales Summit declared cyber defence part of collective defence"
        -> "is it true that cyber defence part of collective defence was declared at the Wales Summit"
    "Is it true that the Warsaw Summit recognised cyberspace as a domain of operations?"
        -> "is it true that cyberspace as a domain of operations was recognised at the Warsaw Summit?"
    "is it true that the Warsaw Summit of July 2017 recognised ..." -> "... was recognised at the Warsaw Summit of July 2017"

Said with the gathering first, the claim is checked against the gathering's card ("Yes: the Wales Summit was held
..."); the decision's own entry is what is asked. A claim that someone hosted *a* gathering of a kind asks whether any
of that kind was theirs, as "did X host a Y" does:

    "is it true that the United Kingdom hosted a NATO Cyber Defence Conference" -> "did the United Kingdom host a NATO ..."

Pure, on the text as typed; tried only after "is it true that".
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_LEAD = "is it true that "
_VERBS = ("agreed|adopted|declared|recognised|recognized|endorsed|approved|established|launched|issued|decided|created|set up|"
          "introduced|unveiled|made")
#: "is it true that (the) wales summit (in 2014) declared X": the gathering, its verb of deciding, what it decided.
_MONTH = r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?"  # "the warsaw summit of july 2017"
_GATHERING_DID = lazy_pattern(rf"(?P<lead>{_LEAD})(?P<gathering>(?:the )?(?:nato )?(?:{_MONTH}\d{{4}} )?[\w-]+ (?:\d{{4}} )?(?:nato )?(?:summit|pledge conference|conference|ministerial meeting)"
                              rf"(?: (?:of |in )?{_MONTH}\d{{4}})?) (?P<verb>{_VERBS}) (?!(?:that|to|on|in|by|when)\b)(?P<what>[^?.!]+)", re.IGNORECASE)

#: "is it true that albania (ever) hosted a nato cyber defence conference": any of that kind, not one picked by its words.
_HOSTED_ONE = lazy_pattern(rf"(?P<lead>{_LEAD})(?P<host>(?:the )?[\w-]+(?: [\w-]+){{0,3}}?) (?:ever |once |also )?(?:hosted|organised|organized) (?P<what>(?:a|an|any) [^?.!]+)", re.IGNORECASE)


def decision_first(text: str) -> str:
    """``text`` with a claim that a gathering decided something put as "<what> was <verb> at <gathering>"; else as it is."""
    if _LEAD not in text.lower():
        return text
    if (hosted := _HOSTED_ONE.search(text)) is not None:
        return f"{text[:hosted.start()]}did {hosted['host']} host {hosted['what']}{text[hosted.end():]}"
    if (claim := _GATHERING_DID.search(text)) is None:
        return text
    at = claim["gathering"] if claim["gathering"].lower().startswith("the ") else f"the {claim['gathering']}"
    return f"{text[:claim.start()]}{claim['lead']}{claim['what']} was {claim['verb']} at {at}{text[claim.end():]}"
