"""``who <a role title without its holder's country>``: everyone whose recorded title holds those words.

    titled(lookup, "chancellor of the duchy of lancaster") -> [(Pat McFadden, his title)]: his card is the answer
    titled(lookup, "defence minister")                   -> the three whose titles hold both words, for ``titles_reply``
                                                            (was: Annalena Baerbock, matched on "minister")
    titled(lookup, "rutte")                              -> []: a name, not a title
"""

from __future__ import annotations

from ...knowledge.model import Person, Role
from ...reply import Block, Reply
from ..described_people import role_words
from ..lookup import Lookup
from ..role_words import ROLE_SYNONYMS
from ..phrasing import item_refs, source_refs
from ..search import STOPWORDS, normalize


def titled(lookup: Lookup, args: str) -> list[tuple[Person, Role]]:
    """Each person and title holding every word of ``args``, when ``args`` is nothing but words of titles; else []."""
    words = _title_words(args)
    if not words or not set(words) <= role_words(lookup):
        return []  # "rutte", "the polish pm": a name, or a title no one holds
    return [(p, r) for p in lookup.knowledge.people.values() for r in p.roles if set(words) <= set(normalize(r.title).split())]


def titles_reply(lookup: Lookup, held: list[tuple[Person, Role]], args: str) -> Reply:
    """Several people holding such titles, one line each: name, then the title."""
    people = list(dict.fromkeys(p for p, _ in held))
    return Reply(
        "list",
        f"{len(people)} people in the knowledge hold or held a title with “{' '.join(_title_words(args))}”",
        blocks=tuple(Block(r.title, style="item", heading=p.name) for p, r in held),
        items=item_refs(people),
        sources=source_refs(lookup.knowledge, people),
        suggestions=tuple(f"who {p.name}" for p in people[:3]),
    )


def _title_words(args: str) -> list[str]:
    return [ROLE_SYNONYMS.get(w, w) for w in normalize(args).split() if w not in STOPWORDS]
