"""A question put as an instruction, as written questions to a ministry are: "State …", "Identify …", "Please confirm …".

    "please confirm the date on which the cyber defence pledge was adopted" -> "when the cyber defence pledge was adopted"
    "identify the speaker who said that cyber attacks can be as destructive" -> "who said that cyber attacks can be as destructive"
    "name the organisation that claimed the 2014 attack on nato websites"   -> "who claimed the 2014 attack on nato websites"
    "state which country co organised the 2024 pledge conference"          -> "which country co organised the 2024 pledge conference"
    "name the country that hosted the first pledge conference"             -> "which country hosted the first pledge conference"
    "please confirm the title of mr noorman"                               -> "the title of noorman"
    "please confirm that the berlin conference took place on 10 november"  -> as typed (a claim: the claim steps check it)

An honorific before a name ("Mr Noorman", "Dr …") is dropped: the knowledge names people without one. Pure; a step of
``courtesy.unwrap_courtesy``, tried only when a question holds one of its cue words.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CUES = frozenset("state identify name specify indicate confirm establish mr mrs ms madame mme".split())
_VERB = r"^(?:please |kindly )?(?:state|identify|name|specify|indicate|confirm|establish)(?: me| us| for me| for the record)?"
_STEPS = tuple((lazy_pattern(pattern), plain) for pattern, plain in (
    (r"\b(?:mr|mrs|ms|madame|mme) (?=[a-z])", ""),  # "mr noorman": "noorman" ("dr" may be "tl;dr", "prof" a teacher)
    (rf"{_VERB} (?=(?:which|what|who|whom|when|where|how)\b)", ""),  # "state which country ...": the question itself
    (rf"{_VERB} the (?:speaker|speakers|person|people|official|officials|minister|politician|leader|individual|man|woman|one|organisation"
     r"|organization|group|actor|entity|hackers|hacker group) (?:who|that|which) ", "who "),  # "identify the speaker who said ..."
    (rf"{_VERB} the (?P<noun>country|countries|nation|nations|city|cities|summit|conference|event|centre|center|body|edition|venue) "
     r"(?:that|which|where|at which|in which) ", r"which \g<noun> "),  # "name the country that hosted ..."
    (r"^(?:please |kindly )?(?:state|specify|indicate|confirm|establish)(?: for me| for the record)? (?=the )(?!the (?:claim|statement|fact) )",
     ""),  # "confirm the title of ...": what is asked ("name the ..." is read by the routes); "confirm that ...": a claim
    (r"^(?:the )?(?:date|day|year|month)s? (?:on|in|at) which ", "when "),  # "the date on which X was adopted": when
))


def asked_plainly(text: str) -> str:
    """``text`` (normalised) with an instruction's verb put as the question it asks; else unchanged."""
    if _CUES.isdisjoint(word_set(text)):
        return text
    for pattern, plain in _STEPS:
        text = pattern.sub(plain, text, count=1)
    return text
