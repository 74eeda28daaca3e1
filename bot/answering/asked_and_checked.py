"""A question and a yes-or-no question (or one asked of "he" or "she") joined by "and", each answered: the second's
"there", "he" or "it" is the first's subject.

    "who hosted tirana and did rutte actually go there in person"
        -> "who hosted tirana", "did rutte actually go at NATO Cyber Defence Conference 2025 in person"
    "geoana - what was his job, and did it change between the 2021 and 2024 pledge confs"
        -> "geoana - what was his job", "did it change between the 2021 and 2024 pledge confs"
    "which romanian minister took part at the hague, and what is she quoted as saying there?"
        -> "which romanian minister took part at the hague", "what did Luminița Odobescu say at <that conference>"
    "who is mircea geoana and which cyber conferences did he speak at"
        -> "who is mircea geoana", "which cyber conferences did Mircea Geoană speak at"

``several.py`` splits pieces that each name or ask in a few words; a yes-or-no question is longer and
names its subject by pointing back, so it is read here: only "<question word> ... and <did|was|...> ...",
the first part answered first, its entry put in place of the second's pointer; a pointer left
unread ("who spoke at berlin and did she mention russia": which of them) leaves the message to the other steps.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import Reply
from .lookup import Lookup
from .person_meant import only_one_meant
from .search import normalize

_PAIR = lazy_pattern(r"^(?P<a>(?:\S+\s+){0,3}?(?:who|when|where|what|whats|which|how)\b.+?)[,;]?\s+and\s+(?P<b>(?:did|does|do|was|were|is|are|has|had)\s+\S+\s.+"
                     r"|what (?:did|does|has|is|was) (?:he|she|they|he or she|she or he) (?:say|said|tell|told|quoted)\b.*"
                     r"|(?:which|what|where) (?:\S+ ){0,3}?(?:did|does|has|was|is) (?:he|she) \S+.*)$")  # "which conferences did he speak at"
#: The second asks what the first's person said: "which romanian minister took part, and what is she quoted as saying there?"
_SAID_ASK = lazy_pattern(r"^what (?:did|does|has|is|was) (?:he|she|they|he or she|she or he) (?:say|said|tell|told|quoted)\b")
_THERE = lazy_pattern(r"\bthere\b")
_PERSONAL = lazy_pattern(r"\b(?:he|she|him|it)\b")
_UNRESOLVED = lazy_pattern(r"\b(?:he|she|him|her|they|them|there)\b")  # left pointing: the pair is not read so


def split_pair(text: str) -> tuple[str, str] | None:
    """The question (as typed) and the yes-or-no question (normalised) ``text`` joins with "and", or None."""
    if " and " not in text or (match := _PAIR.match(text.strip().lower())) is None:
        return None
    return match["a"], normalize(match["b"])


def asks_what_they_said(check: str) -> bool:
    """Whether ``check`` asks what the first answer's person said ("and what did he or she say")."""
    return _SAID_ASK.match(check) is not None


def said_there(lookup: Lookup, first: Reply, asked: str = "") -> str | None:
    """"what did <the first answer's person> say at <its event>", or None when the first names no person; of several,
    the one ``asked``'s "he" or "she" fits by the knowledge's own pronoun ("who opened berlin and what did she say")."""
    people = [i for i in first.items if i.type == "person"]
    events = [i for i in first.items if i.type == "event"]
    if not first.ok or not people or (person := lookup.item(people[0])) is None:
        return None
    pronoun = next((w for w in asked.split() if w in ("he", "she")), "") if " or " not in asked else ""
    name = only_one_meant(lookup, pronoun, tuple(people), first.title) or person.name
    event = lookup.item(events[0]) if events else None
    return f"what did {name} say" + (f" at {event.name}" if event is not None else "")


def points_nowhere(check: str) -> bool:
    """Whether ``check``, its pointer read, still points at someone or somewhere unnamed ("did she mention russia")."""
    return _UNRESOLVED.search(check) is not None


def pointed_at(lookup: Lookup, check: str, first: Reply) -> str:
    """``check`` with "there" (an event) or "he"/"she"/"it" (the entry) read as the first answer's entry."""
    if not first.ok or not first.items or (item := lookup.item(first.items[0])) is None:
        return check
    name = getattr(item, "name", None)
    if not name:
        return check
    if first.items[0].type == "event" and _THERE.search(check):
        return _THERE.sub(f"at {name}", check, count=1)
    kind = first.items[0].type
    if kind in ("person", "event") and (pointer := _PERSONAL.search(check)) and (pointer[0] != "it") == (kind == "person"):
        return f"{check[:pointer.start()]}{name}{check[pointer.end():]}"
    return check
