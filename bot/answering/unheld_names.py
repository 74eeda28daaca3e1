"""Names from a list that a question holds and the knowledge's text does not, and whether a reply says them.

The lists are of names people ask about that the knowledge may lack (people in the news, ``public_figures``; threat
actors and incidents, ``threat_names``). A reply that never says the name asked about answers a question nobody
asked, so the callers turn it into the honest miss. Pure.

    names_in(lookup, "did nato attribute anything to apt 29", THREATS)  -> ["APT29"]
    says(reply, "zelensky")  -> False for "Quote with “zelensky nato cyber speech”" (an echo of the question)
"""

from __future__ import annotations

from collections.abc import Mapping

from ..patterns import lazy_pattern
from ..reply import Code, Reply, Text, inline_parts
from .lookup import Lookup
from .search import normalize
from .topics.general import follow_up

_ECHOED = lazy_pattern(r"(?<!called )“[^”]*”")  # the question's words echoed in a title; not "nobody called “macron”"


def listed_names_in(lookup: Lookup, text: str, names: Mapping[str, str], first_words: frozenset[str], longest: int = 2) -> list[str]:
    """The names of ``names`` that ``text`` (as typed) names and the knowledge's text does not; ``first_words`` (the
    names' first words) make the cheap gate most questions stop at."""
    words = normalize(text).split()
    return [] if first_words.isdisjoint(words) else names_in(lookup, words, names, longest)


def names_in(lookup: Lookup, words: list[str], names: Mapping[str, str], longest: int) -> list[str]:
    """The names of ``names`` (normalised as typed -> as written) that ``words`` (normalised) hold in up to ``longest``
    words, and that are not all words of the knowledge, as written, longest first."""
    vocabulary = lookup.index.vocabulary
    found = []
    for size in range(longest, 0, -1):
        for n in range(len(words) - size + 1):
            typed = " ".join(words[n:n + size])
            if (name := names.get(typed)) and name not in found and not all(word in vocabulary for word in typed.split()):
                found.append(name)
    return found


def said_in(reply: Reply) -> str:
    """What ``reply`` says, normalised and padded with spaces: its title without the question's words it echoes, and its
    paragraphs without the commands they offer (a pager's "`quotes from zelensky at berlin page 2`" echoes the question)."""
    return f" {normalize(' '.join((_ECHOED.sub(' ', reply.title), *(_words_of(block.text) for block in reply.blocks))))} "


def _words_of(text: Text) -> str:
    """``text``'s own words: its commands (``Code``) left out."""
    return " ".join(part if isinstance(part, str) else part.text for part in inline_parts(text) if not isinstance(part, Code))


_OFFERED = frozenset(("event", "pledge", "initiative", "person"))  # entries a miss may offer: not a quote asked past, nor a source


def offered(lookup: Lookup, reply: Reply) -> tuple[str, ...]:
    """The commands for the first two entries ``reply`` named, offered as suggestions beside the miss that replaces it."""
    return tuple(follow_up(lookup, ref, lookup.item(ref)) for ref in reply.items if ref.type in _OFFERED)[:2]

