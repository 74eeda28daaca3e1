"""A yes-or-no question about what one gathering did: the sentence of its entry that says so, or that the knowledge does not say.

    "did the pledge conference in the hague include partners"  -> "NATO Cyber Defence Pledge Conference 2024: ... partner countries joined ..."
    "did the pledge conference in rome review the pledge?"     -> "... 2022: Conferences that review how Allies implement the ... Pledge ..."
    "did the 2024 pledge conference discuss ukraine"           -> "NATO Cyber Defence Pledge Conference 2024: its entry does not say it did ..."
    "did the conference in tirana have a video address"        -> "NATO Cyber Defence Conference 2025: ... by video ..."

The gathering is named by its series or kind with its place or year ("the pledge conference in rome"), and the
answer is about that edition, never the series. Only the knowledge's own words count as evidence: a sentence of the
entry (or of its series' entry: what every edition does) holding most of the words the question asks with. Tried
only for a question opening "did"/"has"/"had" and naming a kind of gathering, after the other early steps.
"""

from __future__ import annotations

from dataclasses import replace

from ..constraints import YEARS
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences
from ..constraints import at_place
from ..places import places_in
from ..normalizing import STOPWORDS, normalize, word_set
from .events import event_reply, find_event

#: "did the pledge conference in rome | review the pledge": the gathering (its kind, then a place or a year), then what it did.
_DID = lazy_pattern(r"^(?:did|has|had) (?P<what>(?:the |that |this )?(?:\S+ ){0,3}?(?:conference|conf|summit|meeting|exercise|event)"
                    r"(?: (?:in|at|of) (?:the )?[a-z]+)?(?: (?:19|20)\d\d)?) (?P<did>(?!take place|happen|go ahead)\S.*)$")
_GATHERINGS = frozenset("conference conf summit meeting exercise event".split())
#: "..., if so what was its title": asked only if the first part is yes; what the first part asks is answered.
_IF_SO = lazy_pattern(r" (?:and )?if (?:so|yes|it did)\b.*$")
#: A document the gathering would have made: asked for, not a topic; no sentence saying so is no such document recorded.
_DOCUMENT = lazy_pattern(r"^(?:actually |ever |formally |also )?(?P<verb>adopt|issue|publish|release|produce|agree|sign|endorse|approve)(?:e?d)? (?:a |an |any )?"
                         r"(?P<noun>(?:\S+ )?(?:declarations?|communiques?|statements?|documents?|resolutions?|charters?|reports?|agreements?))$")
_MADE = {"adopt": "adopted", "issue": "issued", "publish": "published", "release": "released", "produce": "produced", "agree": "agreed",
         "sign": "signed", "endorse": "endorsed", "approve": "approved"}
#: Words of the question that say nothing of what was done.
_EMPTY = STOPWORDS | frozenset("actually really ever also any anything have has had get got make made like official officially kind sort".split())
#: What people call a gathering's theme, and an entry's words for it: "did rome have a slogan" -> "its theme was ...";
#: "did tirana have a theme" -> "core topics were ...".
_THEME = dict.fromkeys("theme themes slogan slogans motto mottos tagline catchphrase topics focus".split(), "theme")
STEM = 5  # letters compared: "partners" and "partner", "reviewed" and "review"
HELD_SHARE = 0.5  # of the question's words, a sentence must hold at least this share


def answer_event_did(lookup: Lookup, question: str) -> Reply | None:
    """The sentence of the gathering's entry that answers what ``question`` asks it did, or the honest "does not say"."""
    if _GATHERINGS.isdisjoint(word_set(question)) or (match := _DID.match(_IF_SO.sub("", question))) is None:
        return None
    if not (places_in(match["what"]) or YEARS.search(match["what"])):
        return None  # "did the annual conference ever go to helsinki": the series, not one edition
    event = find_event(lookup, match["what"])
    if event is None or not all(at_place(event, place) for _, place in places_in(match["what"])):
        return None  # "did the oslo summit have a slogan": not the wales summit's; the routes say there was none
    own = {w[:STEM] for w in normalize(f"{event.name} {event.series or ''}").split()}  # "review the pledge": not the pledge conference's name
    asked = {_THEME.get(w, w)[:STEM] for w in normalize(match["did"]).split() if w not in _EMPTY} - own
    if not asked:
        return None
    series = next((i for i in lookup.knowledge.initiatives.values() if i.name == event.series), None)  # what every edition does
    said = [*sentences(" ".join(filter(None, (event.summary, event.notes)))), *sentences(series.summary if series else "")]
    best = max(said, key=lambda s: len(asked & _stems(s)), default="")
    held = asked & _stems(best)
    document = _DOCUMENT.match(match["did"])  # "adopt a declaration": only a sentence naming a declaration says so
    if len(held) >= max(1, HELD_SHARE * len(asked)) and (document is None or document["noun"].split()[-1][:STEM] in held):
        return replace(event_reply(lookup, event), title=f"{event.name}: {best.strip()}")
    beside = " ".join(w for w in normalize(match["did"]).split() if w[:STEM] not in own)  # "review the pledge": "review"
    if beside.strip() and lookup.best(beside, ("pledge", "initiative")) not in (None, series):
        return None  # "did the hague conference end with new commitments": an entry of its own answers
    if document is not None:  # "did the hague conference adopt a formal declaration": none recorded
        return replace(event_reply(lookup, event), kind="not_found", title=f"The knowledge records no {document['noun']} {_MADE[document['verb']]} at {event.name}")
    return replace(event_reply(lookup, event), title=f"{event.name}: its entry does not say it did “{match['did']}”")


def _stems(sentence: str) -> set[str]:
    return {_THEME.get(w, w)[:STEM] for w in normalize(sentence).split()}
