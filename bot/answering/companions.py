"""Someone named as a companion in a "who" question is not the one asked about; the others lead the reply's items.

    "who opened the berlin conference alongside the secretary general?"  items: berlin, Baerbock, Stoltenberg (was: Stoltenberg first)
    "who spoke at the hague besides Ollongren?"                          items: the hague, Odobescu, Geoană, Noorman, Ollongren
    "apart from the sg, who else gave an address in rome?"               items: rome, Cirielli, Stoltenberg

The companion is matched by the words of a person's name, aliases and role titles ("the secretary general",
"Mr Stoltenberg"); the reply's text is left as it is. Pure; a question without a companion word costs a few substring tests.
"""

from __future__ import annotations

from dataclasses import replace

from ..patterns import lazy_pattern
from ..reply import Reply
from .lookup import Lookup
from .search import normalize

_CUES = (" alongside ", " together with ", " along with ", " besides ", " as well as ", " apart from ", " aside from ", " other than ", " next to ", " in addition to ")
_COMPANION = lazy_pattern(r"^(?:\S+ ){0,3}?who(?:m)? .*? (?:alongside|together with|along with|besides|as well as|apart from|aside from|other than|next to|in addition to)"
                          r" (?:the |mr |ms |mrs |dr )?(?P<who>[a-z][a-z ]{1,40}?)(?: (?:at|in|on|during|there|then|that day)\b.*)?$")
#: The companion named before the question: "apart from the secretary general, who else gave an address there?"
_COMPANION_FIRST = lazy_pattern(r"^(?:\S+ ){0,6}?(?:alongside|together with|along with|besides|as well as|apart from|aside from|other than|in addition to)"
                                r" (?:the |mr |ms |mrs |dr )?(?P<who>[a-z][a-z ]{1,40}?) who(?:m)? ")
_NOT_NAMING = frozenset("nato of the a an and or him her them".split())
_SHORT_TITLES = {"sg": ("secretary", "general"), "dsg": ("deputy", "secretary", "general")}  # "apart from the sg"


def others_first(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply`` with the people ``text`` names as companions ("alongside the secretary general") after the others."""
    spaced = f" {text.lower()} "
    if not any(cue in spaced for cue in _CUES):
        return reply  # most questions: no companion named
    if (found := _COMPANION.match(typed := normalize(text)) or _COMPANION_FIRST.match(typed)) is None:
        return reply
    words = {full for word in found["who"].split() for full in _SHORT_TITLES.get(word, (word,))} - _NOT_NAMING
    people = [ref for ref in reply.items if ref.type == "person"]
    if not words or len(people) < 2:
        return reply
    named = {ref for ref in people if (person := lookup.item(ref)) is not None and words <= _words_of(person)}
    if not named or len(named) == len(people):
        return reply
    others = iter([ref for ref in people if ref not in named] + [ref for ref in people if ref in named])
    return replace(reply, items=tuple(next(others) if ref.type == "person" else ref for ref in reply.items))


def _words_of(person) -> set[str]:
    return set(normalize(" ".join((person.name, *person.aliases, *(r.title for r in person.roles)))).split())
