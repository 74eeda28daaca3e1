"""The title a claim gives someone when the knowledge's roles do not read it: still a title to check.

``Lookup.named`` reads a role only when someone in the knowledge holds one called so; "uk defence
secretary" (nobody's) or "foreign minister" said of Ollongren (whose post was defence) is then
no role at all, and "X was <title> at <event>" would be checked as "X was at <event>": a yes.
Such words are still the title claimed, checked against the person's own:

    claimed_title(mcfadden, "was uk defence secretary at the time he spoke in london in 2024") -> "uk defence secretary"
    claimed_title(ollongren, "was foreign minister at the time she spoke at the hague")          -> "foreign minister"
    claimed_title(ollongren, "was defence minister at the hague")  -> None (her own title's words: no claim against it)
    claimed_title(cirielli, "was foreign minister as he spoke in rome") -> "foreign minister" (his title is a deputy's)
    claimed_title(rutte, "spoke at tirana by video")               -> None (no title claimed)

Pure; the caller weighs the title with ``holds_role`` (nobody's title is nobody's to hold).
"""

from __future__ import annotations

from ...knowledge.model import Person
from ...patterns import lazy_pattern
from ..role_words import LESSER_ROLE_WORDS, ROLE_SYNONYMS
from ..search import normalize

_TITLE = lazy_pattern(r"^(?:was|is|were|has been|had been|became|served as|as) (?:the |a |an )?(?:then |still |already )?"
                      r"(?P<title>(?:[a-z]+ ){0,4}?(?:minister|pm|premier|ambassador|chancellor|president|secretary|commander|envoy|chief|head))\b")
#: Words of a title that say what the post is, "nato" among them (not whose country it is of: "uk", "dutch").
_POST_WORDS = frozenset("minister pm premier prime ambassador chancellor president secretary general deputy vice assistant junior commander envoy chief head "
                        "foreign defence defense affairs state duchy lancaster cabinet interior finance nato".split())


def claimed_title(person: Person, predicate: str) -> str | None:
    """The title ``predicate`` gives ``person`` when its words of post are not all in a title of theirs; else None."""
    match = _TITLE.match(predicate)
    if match is None:
        return None
    claimed = {ROLE_SYNONYMS.get(w, w) for w in match["title"].split() if w in _POST_WORDS}
    claimed = {"prime", "minister"} | claimed - {"pm"} if "pm" in claimed else claimed
    owns = [{ROLE_SYNONYMS.get(w, w) for w in normalize(role.title).split()} for role in person.roles]
    held = any(claimed <= own and not (LESSER_ROLE_WORDS & own) - claimed for own in owns)  # "foreign minister" is not a deputy's title
    return match["title"] if claimed and not held else None
