"""Step 1b, part of rephrasing: asks about a person's stage or term, put the way the routes know.

    "who did stoltenberg share the stage with at the berlin conference" -> "who spoke at the berlin conference besides stoltenberg"
    "who spoke with rutte in tirana"                                     -> "who spoke in tirana besides rutte"
    "when did rutte take over from his predecessor"                     -> "when did rutte take over"
    "did the sg show up or phone it in"                                  -> "did the sg attend in person or by video"
    "who was the lithuanian at berlin"                                   -> "who represented lithuania at berlin"
    "who did rutte replace (and when)", "who did he take over from as sg" -> "who was rutte predecessor (as sg)"
    "geoana was what, sg?"                                               -> "was geoana secretary general" (``role_guesses``)
    "which ministry did odobescu run", "what department was ollongren in charge of" -> "what was odobescu role"
    "who is bound by the cyber defence pledge"                           -> "who agreed the cyber defence pledge"
    "who decided to establish the nicc", "who decided on the pledge"    -> "who agreed to establish the nicc", "who agreed the pledge"

Who shared a stage with someone is who else spoke there ("besides" says whom the asker knows of); "from his
predecessor" names nobody more than the taking over does. Pure.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import PLACES
from .role_at_event import role_at_event
from .did_do_asks import did_do_ask
from .role_guesses import bare_role_checked, role_guess_checked

_DID_SHARE = lazy_pattern(r"^who did (?P<who>.+?) (?:share (?:the |a )?(?:stage|platform|podium|panel|billing)|speak|appear|present|talk|go on stage|sit on (?:the |a )?panel)"
                          r" (?:with|alongside) (?P<at>(?:at|in|during) .+)$")
_SHARED = lazy_pattern(r"^who (?:shared (?:the |a )?(?:stage|platform|podium|panel|billing)|spoke|appeared|presented|talked|sat on (?:the |a )?panel)"
                       r" (?:with|alongside) (?P<who>.+?) (?P<at>(?:at|in|during) .+)$")
_TOOK_OVER = lazy_pattern(r"^(?P<ask>.+ (?:take|took) over)(?: (?:the job |the post |the role ))?(?: from (?:his|her|their|the) (?:predecessor|previous (?:one|holder)))$")

#: "who did rutte replace", "who did he succeed as sg (and when)": the one before them (the reply says when each held it).
_DID_REPLACE = lazy_pattern(r"^who (?:did|does|has|had) (?P<who>.+?) (?:replace|succeed|follow|take over from|come after|relieve)"
                            r"(?P<role> as .+?)?(?: (?:at|in|of) nato)?(?: (?:and )?when)?$")

#: "who was the lithuanian at berlin", "who were the romanians at the hague": the country's people there.
#: "who was the lithuanian at berlin", "who was the british guy who gave a speech at london": the one who came for that country.
_THE_DEMONYM = lazy_pattern(r"^who (?:was|were|is) the (?P<who>[a-z]+?)s?(?: (?P<one>guy|man|woman|lady|person|bloke|chap|gentleman|fella|dude|one|politician)|(?: guys| men| women| people))?"
                            r"(?: (?:who|that) (?:gave (?:a|the|his|her|their) (?:speech|talk|address|keynote)|made (?:a|the) speech|spoke|talked|presented|was there|attended|came))?"
                            r" (?:(?P<at>(?:at|in|during) .+)|(?:who|that) (?:attended|went to|came to|joined|took part in) (?P<went>.+))$")
#: "sikorski spoke at which cyber conference", "at which conference did sikorski speak": where the person spoke.
_SPOKE_AT_WHICH = lazy_pattern(r"^(?:(?P<who>(?!who |which |what |did |was |where |when )(?:\S+ ){0,2}?\S+) (?:spoke|speaks|talked|has spoken) (?:at|in) (?:which|what) (?:\S+ ){0,3}?"
                               r"|(?:at|in) (?:which|what) (?:\S+ ){0,3}?(?P<who2>(?:\S+ ){0,2}?\S+) (?:speak|talk|spoke)$)"
                               r"(?:conferences?|events?|meetings?)$|^(?:at|in) (?:which|what) (?:\S+ ){0,2}?(?:conferences?|events?|meetings?) did (?P<who3>(?:\S+ ){0,2}?\S+) (?:speak|talk)$")
_BARE_ROLE_WORDS = 7  # "kajsa ollongren dutch defence minister": a name and a role, no more
#: "which ministry did odobescu run", "what department was ollongren in charge of": the person's role (their post says which).
_RAN_WHICH = lazy_pattern(r"^(?:which|what) (?:ministry|ministries|department|portfolio|brief|government department) (?:did|does|was|is|has) (?P<who>(?:\S+ ){0,2}?\S+) "
                          r"(?:run|head|lead|hold|have|oversee|manage|in charge of|responsible for|at the head of|heading|leading|running|work (?:in|for|at)|serve in)(?P<rest> (?:in|at|during|when) .+)?$")
_SHOWED_UP = lazy_pattern(r"\b(?:show|showed|turn|turned) up(?: in person)? or (?:just )?(?:phone|phoned|dial|dialled|dialed|zoom|zoomed) (?:it )?in\b", re.I)


def in_plain_words(text: str) -> str:
    """The text as typed, with "show up or phone it in" said plainly ("attend in person or by video") before its "it"
    can be read as pointing back to the clause before."""
    if " or " in text and (idiom := _SHOWED_UP.search(text)):
        return text[: idiom.start()] + "attend in person or by video" + text[idiom.end() :]
    return text


#: "who is bound by the pledge", "which countries are covered by it": those a document binds are those who agreed it,
#: not a person called "bound by ...".
_BOUND_BY = lazy_pattern(r"^(?:who|which (?:countries|nations|states|allies|members|governments))(?: exactly)? (?:is|are|was|were|would be|will be) (?:legally |formally |actually )?"
                         r"(?:bound|covered|obliged|obligated|committed|held|signed up) (?:by|to|under) (?P<thing>.+)$")

_DECIDED = lazy_pattern(r"^who (?:first )?(?:decided|resolved|voted|chose|opted|made the decision|took the decision)(?: (?P<to>to )| (?:on|upon|for) | that | )(?P<what>\S.+)$")


def person_asks(text: str) -> str:
    """``text`` (normalised) put the way the routes know when it asks about a person's stage or term, else as it is."""
    if (" by " in text or " to " in text or " under " in text) and (bound := _BOUND_BY.match(text)):
        return f"who agreed {bound['thing']}"
    if text.startswith("who ") and (decided := _DECIDED.match(text)):  # a decision's makers are those who agreed it
        return f"who agreed {decided['to'] or ''}{decided['what']}"
    if role := role_at_event(text):  # "mcfadden london cyber conf what was his job"
        return role
    if role := did_do_ask(text):  # "what did mcfadden do at the london conference": his part there
        return role
    if text.startswith("who ") and (one := _THE_DEMONYM.match(text)) and (place := PLACES.get(one["who"])) and not place.is_city:
        at = one["at"] or f"at {one['went']}"
        if one["one"]:  # "who was the british guy at london": that person, their card first
            return f"who was the {place.country.lower()} delegate {at}"
        return f"who represented {place.country.lower()} {at}"  # "who was the lithuanian at berlin"
    if text.startswith("who ") and (" with " in text or " alongside " in text):
        match = _DID_SHARE.match(text) or _SHARED.match(text)
        return f"who spoke {match['at']} besides {match['who']}" if match else text
    if text.startswith("who ") and (did := _DID_REPLACE.match(text)):
        return f"who was {did['who']} predecessor{did['role'] or ''}"
    if " which " in f" {text} " and (spoke := _SPOKE_AT_WHICH.match(text)):  # "sikorski spoke at which conference": where he spoke
        return f"where did {spoke['who'] or spoke['who2'] or spoke['who3']} speak"
    if text.startswith(("which ", "what ")) and (ran := _RAN_WHICH.match(text)):
        return f"what was {ran['who']} role{ran['rest'] or ''}"  # "which ministry did odobescu run (in 2024)"
    if "predecessor" in text and (took := _TOOK_OVER.match(text)):
        return took["ask"]
    if text.startswith("what ") and (checked := role_guess_checked(text)):  # "baerbock was what, defence min?"
        return checked
    if len(text.split()) <= _BARE_ROLE_WORDS and (checked := bare_role_checked(text)):  # "geoana, sg?": whether he was
        return checked
    return text
