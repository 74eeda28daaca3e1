"""A follow-up asking for "the <thing> itself" that the last answer's entry is about, not that entry: the gathering an
announcement announced, the campaign a photo was taken for.

    after "when did stoltenberg announce the vilnius summit" (Announcement of the 2023 Vilnius Summit dates)
    "and the summit itself?"      -> "when was NATO Vilnius Summit 2023" (the last question, of the summit)
    after "whats the photo of stoltenberg with the young influencers" (... "Protect the Future" campaign)
    "what about the campaign itself" -> "Protect the Future"
    after "when did nato decide the integrated cyber defence centre" (Establishment of the NATO Integrated ... Centre)
    "where is it?"                -> "where is NATO Integrated Cyber Defence Centre based" (not where it was agreed)

The thing is found by the words its name shares with the last entry's name around the noun asked ("2023 vilnius
summit"): one search, only when the message is no more than "(and) the <noun> itself", and only an entry whose name
holds that noun or whose kind it is (the last entry itself when it is that thing: "the centre itself" after the NICC).
Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .ask_again import asked_of
from .lookup import Lookup
from .search import normalize

_ITSELF = lazy_pattern(r"^(?:(?:and|so|ok|okay|then|what about|how about)\s+)*(?:the )?(?P<noun>[a-z]+) (?:itself|proper)$")
_NAME_WORDS = 3  # of the last entry's name before the noun: "the 2023 vilnius summit"


#: "where is it?", "and where is that based now" after a decision: where the thing it set up is, not where it was agreed.
_WHERE_IS = lazy_pattern(r"^(?:(?:and|so|ok|okay|then|but)\s+)*where (?:is|s) (?:it|that|this|the centre|the center)"
                         r"(?: (?:based|located|now|today|headquartered|housed|situated|exactly|physically))*$")


def the_thing_itself(lookup: Lookup, text: str, subject: ItemRef | None, asked: str) -> str | None:
    """``text`` asked of the entry the last one is about, or None when it asks no such thing or none fits."""
    if subject is not None and subject.type == "pledge" and "where" in text and _WHERE_IS.match(normalize(text)):
        return _where_set_up(lookup, subject)
    if subject is None or ("itself" not in text and "proper" not in text) or (match := _ITSELF.match(normalize(text))) is None:
        return None
    item = lookup.item(subject)
    words = normalize(getattr(item, "name", "") or "").split()
    noun = match["noun"]
    if getattr(item, "kind", None) == noun:
        return asked_of(item.name, text, asked)  # "and the conference itself?" after its speakers: the same conference
    if noun not in words:
        return None
    at = words.index(noun)
    thing = lookup.best(" ".join(words[max(0, at - _NAME_WORDS): at + 1]), ("event", "initiative"))
    if thing is None or not (noun in normalize(thing.name).split() or getattr(thing, "kind", None) == noun):
        return None  # "the campaign itself": an entry of that kind, or holding that word
    return asked_of(thing.name, text, asked)  # the last entry itself when it is the thing: "and the centre itself?" after the NICC


def _where_set_up(lookup: Lookup, subject: ItemRef) -> str | None:
    """"where is <initiative> based" when the decision ``subject`` names the initiative it set up, else None."""
    name = getattr(lookup.item(subject), "name", "") or ""
    thing = lookup.best(name, ("initiative",)) if name else None
    return f"where is {thing.name} based" if thing is not None and normalize(thing.name) in normalize(name) else None
