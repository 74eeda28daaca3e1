"""An overview asked in everyday words, put as "what is X".

    "what is the deal with the hague conference"        -> "what is the hague conference"
    "what is up with cyber coalition"                     -> "what is cyber coalition"
    "bring me up to speed on the tirana conference"       -> "what is the tirana conference"
    "what do i need to know about the nicc"               -> "what is the nicc"
    "can you walk me through the pledge"                  -> "what is the pledge"
    "catch me up on the london conference"                -> "what is the london conference"
    "what is the lowdown on the warsaw summit"            -> "what is the warsaw summit"
    "what happened on cyber at the wales summit? dates pls" -> "what is the wales summit" (its dates and decisions)

A newcomer asks for the whole story of a thing with a phrase that names nothing of the knowledge ("the deal with",
"up to speed on", "walk me through"); left in, its words are looked for in quotes and names. Tried only when a cue
word is there; pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

#: Slang for an overview that the spelling step must leave alone ("lowdown" is no typo of "london").
OVERVIEW_WORDS = frozenset("lowdown rundown skinny gist scoop".split())
_CUES = OVERVIEW_WORDS | frozenset("deal up speed need walk catch story background fill business thing stuff lark affair malarkey".split())
_OVERVIEW = lazy_pattern(
    r"^(?:(?:can|could|would) you (?:please )?|please )?"
    r"(?:what is (?:the (?:deal|story|lowdown|scoop|skinny|background|gist|rundown|low down) (?:with|on|about|behind|of)|up with|going on with)"
    r"|what (?:do|should|must) (?:i|we|a newbie|a newcomer|new people) (?:need to |have to |really )?know (?:about|on|of)"
    r"|(?:bring|get) (?:me|us) up to speed (?:on|with|about)|(?:walk|talk|take) (?:me|us) through|catch (?:me|us) up (?:on|with|about)"
    r"|fill (?:me|us) in (?:on|about)|give (?:me|us) the (?:lowdown|low down|scoop|skinny|gist|background|story) (?:on|about|of|with))"
    r" (?P<thing>\S.*?)(?: all about| in a nutshell| in short| briefly)?$"
    r"|^what (?:(?:is|was|s) )?(?:this|that|the) (?P<vague>\S.*?) (?:business|thing|stuff|lark|affair|malarkey) (?:(?:is|was) )?(?:all |really )?about$"  # "what this cyber pledge business is all about"
)


#: "what happened (on cyber) at the wales summit": the gathering's whole story (its decisions), not a list of one summit.
_HAPPENED_AT = lazy_pattern(r"^(?:so |and |ok )?what (?:happened|went on|was done)(?: (?:on|in|about|for|with) (?:the )?cyber(?: side| front| defen[cs]e)?| cyber wise)?"
                            r" (?:at|during|in) (?P<thing>(?:the )?(?:\S+ ){0,4}?(?:summit|conference|conf|meeting)(?: (?:19|20)\d\d)?)(?: on cyber| for cyber)?"
                            r"(?: (?:and |with )?(?:the |its )?(?:exact )?(?:dates?|when)(?: pls| please| too)?)?$")  # "? dates pls": its card has them


def overview_ask(text: str) -> str:
    """``text`` (normalised) asking for an overview in everyday words, as "what is X"; other text as it is."""
    if "happened" in text or " went on " in text or " was done " in text:
        return f"what is {asked['thing']}" if (asked := _HAPPENED_AT.match(text)) else text
    if _CUES.isdisjoint(word_set(text)) or not (asked := _OVERVIEW.match(text)):
        return text
    return f"what is {asked['thing'] or 'the ' + asked['vague']}"
