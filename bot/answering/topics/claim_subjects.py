"""A claim's subject that holds more than whom it is about: "rutte on stage in tirana | was there in person"; a claim
that names a post and no gathering.

The words after a person's name that set the scene (a place, "on stage") belong to what is claimed, so the
claim is checked as the person's: "rutte | on stage in tirana was there in person". A subject naming a work or
a gathering ("the stoltenberg op ed", "rutte s tirana speech") is left as it is; a thing told of in one ("the nato
website attack in stoltenberg s op ed") is the thing, not the writing. Pure.
"""

from __future__ import annotations

import datetime as dt

from ..lookup import Lookup
from ..mentions import find_kind, find_year
from ..places import PLACES, places_in
from ..search import normalize, tokens
from ...patterns import lazy_pattern

#: Verbs of a decision that the knowledge may say another way ("declared" a domain, where it was "recognised" one): left
#: out where they keep the thing decided from naming its entry.
DECISION_VERB = lazy_pattern(r"\b(?:declared?|declaring|designated?|designating|named|made|makes?|became|become|becomes|turned into"
                             r"|recogni[sz]ed?|acknowledged?|labell?ed|called|classified|classed|defined)\b")
_THINGS_CLAIMED = ("pledge", "initiative", "event")
NAMED_WELL = 0.95  # the score of a subject that names its entry (its name's words, nothing else): "the nicc"

#: Words of a subject that make it a thing, not a person with a scene: "the stoltenberg op ed", "rutte s video".
_THINGS = frozenset("op ed oped article piece speech address video message remarks quote quotes line words s".split())


#: A person's speech named as the subject of a claim: "rutte s tirana video address | was on 9 october".
_SPEECH_WORDS = frozenset("speech address video message remarks keynote talk s his her the opening closing".split())
_BE_THEN = lazy_pattern(r"^(?:was|were|is) (?:(?:given|delivered|made|held|broadcast|aired|recorded) )?(?:on )?(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))")


def person_with_scene(lookup: Lookup, subject: str, predicate: str, today: dt.date) -> tuple[str, str]:
    """``(subject, predicate)``, with a scene after a person's name moved from the subject to the predicate; a person's
    speech somewhere said to be on a day is the person speaking there that day ("rutte s tirana address was 9 october")."""
    words = subject.split()
    if not _SPEECH_WORDS.isdisjoint(words) and _BE_THEN.match(predicate) and len(named := lookup.named(subject, on=today).people) == 1:
        name_words = set(normalize(" ".join((named[0].name, *named[0].aliases))).split())
        scene = [w for w in words if w not in name_words and w not in _SPEECH_WORDS]
        if scene and all(w in PLACES for w in scene):
            return " ".join(w for w in words if w in name_words), f"spoke in {' '.join(scene)} on {_BE_THEN.sub('', predicate)}"
    if len(words) < 3 or not places_in(subject) or not _THINGS.isdisjoint(words) or find_kind(subject):
        return subject, predicate
    named = lookup.named(subject, on=today)
    if len(named.people) != 1 or named.role:
        return subject, predicate
    person = named.people[0]
    name_words = set(normalize(" ".join((person.name, *person.aliases))).split())
    at = next((n for n, w in enumerate(words) if w not in name_words), len(words))
    if at == 0 or len(words) - at < 2 or not places_in(" ".join(words[at:])):
        return subject, predicate  # the name is not first, or nothing sets a scene after it
    return " ".join(words[:at]), f"{' '.join(words[at:])} {predicate}"


#: Words of a post or an office: a claim made of them and no gathering is about the post ("her ministry is defence").
_POST_WORDS = frozenset("ministry minister office department post role title job position portfolio secretary".split())


def names_post_only(predicate: str) -> bool:
    """Whether a claim about a person names a post or office and no gathering (no place, kind or year): "baerbock s
    ministry is the ministry of defence" is not a claim about the Berlin conference."""
    words = set(predicate.split())
    return not _POST_WORDS.isdisjoint(words) and not places_in(predicate) and find_kind(predicate) is None and find_year(predicate) is None



def beside_name(predicate: str, item) -> str:
    """A claim's words without those of the pledge's or initiative's own name: "agreed the cyber defence pledge in 2016"
    names no gathering (not the op-ed that writes of the pledge), "agreed it at the wales summit" names Wales."""
    own = set(normalize(" ".join((item.name, *item.aliases))).split())
    return " ".join(w for w in predicate.split() if w not in own or w in PLACES or w.isdigit())


def thing_claimed(lookup: Lookup, subject: str, claim: str):
    """The pledge, initiative or event a claim is about: its subject's, unless the subject only shares a word with many
    ("cyber became a military domain in 2016": the whole claim names the domain of operations, "cyber" alone any entry)."""
    if not tokens(subject):
        return None
    hits = lookup.hits(subject, _THINGS_CLAIMED, limit=10)
    if hits and hits[0].score < NAMED_WELL:
        others = {h.ref for h in hits[1:]}
        for whole in (_unplaced(DECISION_VERB.sub(" ", claim)), DECISION_VERB.sub(" ", claim)):  # "cyber became a nato
            if (found := lookup.hits(whole, _THINGS_CLAIMED, limit=1)) and found[0].ref in others:  # domain at wales 2014":
                return lookup.item(found[0].ref)  # the domain, which the place and year claimed must not pick
    return lookup.best(subject, _THINGS_CLAIMED)


def decision_before_places(lookup: Lookup, subject: str) -> str:
    """A verbless claim's subject without the places it ends with, where the words before them name a pledge or an
    initiative well: "cyber defence pledge wales" -> "cyber defence pledge" (the pledge, claimed agreed at Wales; not
    the policy Wales agreed, which "cyber defence ... wales" would pick). Any other subject as it is."""
    words = subject.split()
    at = len(words)
    while at > 1 and (words[at - 1] in PLACES or words[at - 1] in _PLACE_GLUE):
        at -= 1
    if at == len(words) or not any(w in PLACES for w in words[at:]):
        return subject  # most claims: no place last
    head = " ".join(words[:at])
    hits = lookup.hits(head, _DECIDED_THINGS, limit=2)
    clear = hits and hits[0].score >= _NAMED_CLOSELY and (len(hits) == 1 or hits[0].score - hits[1].score >= _AHEAD)
    return head if clear else subject  # "cyber pledge": the Pledge; "cyber defence": the Pledge or the NICC alike, so none


_DECIDED_THINGS = ("pledge", "initiative")
_NAMED_CLOSELY, _AHEAD = 0.9, 0.05  # a head's best score, and its lead over the next: it names that one entry
_PLACE_GLUE = frozenset("at in the of summit".split())


def _unplaced(claim: str) -> str:
    """``claim`` without the places and years it asserts: what they are claimed of is named by the rest."""
    return " ".join(w for w in claim.split() if w not in PLACES and not w.isdigit())


#: Where a claim's subject is told of, after it: "the nato website attack | in stoltenberg s op ed", "the hack | mentioned in the article".
_TOLD_IN = lazy_pattern(r" (?:(?:that is |that was |which is |which was |as )?(?:mentioned|described|cited|referred to|reported|named|talked about) )?(?:in|from) "
                        r"(?:(?:the|a|an|his|her|their|this|that) )?(?:\S+ (?:s )?){0,2}?(?:op ed|article|piece|speech|report|essay|column|story|post|interview)$")
#: The fewest words besides "the" that a subject must keep to name its thing without the writing it is told in.
_LEAST_NAMING = 2


def without_where_told(subject: str) -> str:
    """``subject`` without the writing it is told in, where the rest names a thing of its own: "the nato website
    attack in stoltenberg s op ed" -> "the nato website attack" (the attack, not the op-ed); "the conference in the
    rome article" stays (the conference alone names none)."""
    if not any(w in subject for w in (" op ed", "article", "piece", "speech", "report", "essay", "column", "story", "post", "interview")):
        return subject  # most claims: no writing named
    told = _TOLD_IN.search(subject)
    return subject[: told.start()] if told and len(tokens(subject[: told.start()])) >= _LEAST_NAMING else subject
