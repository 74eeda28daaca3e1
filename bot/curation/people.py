"""Who an article names: known people by name, alias or role held on a date, pronouns,
and names the knowledge does not hold yet.

    index = PeopleIndex(knowledge, dt.date(2025, 10, 9))
    index.mentions("the Secretary General said")[0].person_id  ->  'mark-rutte'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from ..knowledge.model import Knowledge

MentionKind = Literal["name", "role", "pronoun", "new"]

_LESSER_TITLE = re.compile(r"(?<!\w)(?:deputy|vice|assistant|under|former|ex|acting)[ -]$", re.IGNORECASE)
_PRONOUNS = re.compile(r"(?<!\w)(?:he|she|He|She)(?!\w)")
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:[-’'][A-ZÀ-Ž]?[^\W\d_]+)*"
_PARTICLE = r"(?:de|van|von|der|den|da|di|del|la|le|bin|al|ter)"
_NAME_RUN = re.compile(
    rf"(?<!\w)(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_NAME_WORD})*"
)
# Words that come before a name ("NATO Secretary General Mark Rutte") but are not part of it.
TITLE_WORDS = frozenset(
    """Mr Mr. Ms Ms. Mrs Mrs. Dr Dr. Prof Prof. Sir Dame Minister Ministers Secretary General Prime President Vice
    Deputy Foreign Defence Defense Chancellor Ambassador Commissioner Director Chief Head Senator Admiral Colonel
    Major Captain Lieutenant King Queen Mayor Governor Chairman Chair Chairwoman Spokesperson Spokesman Spokeswoman
    State Executive Officer CEO Former Acting Assistant Under Undersecretary Lord Lady Baroness Professor Doctor
    General's Allied Supreme Commander Europe NATO Nato EU UN US UK Dutch German French British American Italian
    Romanian Albanian Estonian Lithuanian Polish Ukrainian Russian Chinese Canadian Swedish Finnish Norwegian""".split()
)
# Words that show a capitalised run is not a person ("Cyber Defence Conference", "Monday").
NOT_NAME_WORDS = frozenset(
    """The A An In At On Of For From To By With And But Or If As It Its This That These Those There Their They We
    Our You Your I He She His Her Him Who What When Where Why How Today Yesterday Tomorrow Meanwhile However Also
    Conference Summit Ministry Alliance Allies Ally Centre Center Agency Council Union Organization Organisation
    Treaty Cyber Defence Defense Headquarters Office Department Government Parliament Commission Committee Forum
    Group Day Week Year Army Navy Force Forces Command Network Networks Strategy Pledge Exercise Campaign
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Photo Source Leave Reply Comment Contact Read More Share Internet""".split()
)


@dataclass(frozen=True)
class Mention:
    """A person named at ``start:end``: a known ``person_id``, or for a ``new`` name, the name itself."""

    start: int
    end: int
    text: str
    kind: MentionKind
    person_id: str | None = None
    name: str | None = None  # for kind "new": the name without titles ("Kajsa Ollongren")
    strong: bool = True  # for kind "new": two words or a title, not just one capitalised word


class PeopleIndex:
    """Finds the people of ``knowledge`` in text; roles resolve to whoever held them on ``date``."""

    def __init__(self, knowledge: Knowledge, date: dt.date | None):
        names: dict[str, str] = {}
        holders: dict[str, set[str]] = {}
        for person in knowledge.people.values():
            for name in (person.name, *person.aliases):
                names.setdefault(name, person.id)
            for role in person.roles:
                undated = role.start is None and role.end is None
                if date is not None and (undated or not role.held_on(date)):
                    continue  # a role with no dates cannot be said to be held on the article's date
                for alias in (role.title, *role.aliases):
                    holders.setdefault(alias.lower(), set()).add(person.id)
        self.names = names
        self.roles = {alias: next(iter(ids)) for alias, ids in holders.items() if len(ids) == 1}
        self._name_pattern = _alternation(names, flags=0)
        self._role_pattern = _alternation(self.roles, flags=re.IGNORECASE)

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Known people and pronouns in ``text[start:end]``, longest match first where they overlap."""
        end = len(text) if end is None else end
        found: list[Mention] = []
        for pattern, kind, table in ((self._name_pattern, "name", self.names), (self._role_pattern, "role", self.roles)):
            if pattern is None:
                continue
            for match in pattern.finditer(text, start, end):
                if kind == "role" and _LESSER_TITLE.search(text, max(0, match.start() - 12), match.start()):
                    continue  # "Deputy Secretary General", "former Secretary General": not who holds the role
                key = match.group() if kind == "name" else match.group().lower()
                found.append(Mention(match.start(), match.end(), match.group(), kind, table[key]))
        found.extend(Mention(m.start(), m.end(), m.group(), "pronoun") for m in _PRONOUNS.finditer(text, start, end))
        return _without_overlaps(found)


def new_names(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """Capitalised names in ``text[start:end]`` that are no known person's name, titles stripped
    (a known role followed by a new name is the new name: "Deputy Secretary General Ann Lee")."""
    found = []
    names = [m for m in known if m.kind == "name"]
    for match in _NAME_RUN.finditer(text, start, end):
        if any(m.start < match.end() and match.start() < m.end for m in names):
            continue
        words = match.group().split()
        titled = False
        while words and (words[0] in TITLE_WORDS or words[0].rstrip(".") in TITLE_WORDS):
            words.pop(0)
            titled = True
        if not words or any(word in NOT_NAME_WORDS for word in words):
            continue
        name = " ".join(words)
        found.append(Mention(match.start(), match.end(), match.group(), "new", name=name, strong=titled or len(words) > 1))
    return found


ROLE_NOUNS = frozenset("Minister President Chancellor Ambassador Commissioner Secretary Director Governor Mayor "
                       "Senator Admiral General Colonel Spokesperson Spokesman Spokeswoman Chairman Chair".split())


def article_people(text: str, known: list[Mention], inside: list[tuple[int, int]]) -> list[Mention]:
    """People the article introduces itself ("NATO Secretary General Ann Lee"), found again where it
    names them by surname ("Lee said") or by the title it gave them ("the Secretary General said")."""
    introduced = [m for m in new_names(text, 0, len(text), known) if m.strong and not _within(m.start, inside)]
    surnames = {m.name.split()[-1]: m.name for m in introduced if len(m.name.split()) > 1}
    titles = {title.lower(): m.name for m in introduced for title in _title_suffixes(m)}
    taken = [(m.start, m.end) for m in known]
    found = list(introduced)
    if surnames:
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surnames)) + r")(?!\w)")
        found += [Mention(m.start(), m.end(), m.group(), "new", name=surnames[m.group()]) for m in pattern.finditer(text)]
    if titles:
        pattern = re.compile(r"(?<!\w)the\s+(" + "|".join(map(re.escape, titles)) + r")(?!\w)", re.IGNORECASE)
        found += [Mention(m.start(), m.end(), m.group(), "new", name=titles[m.group(1).lower()]) for m in pattern.finditer(text)]
    kept = [m for m in found if not _within(m.start, inside) and not any(a < m.end and m.start < b for a, b in taken)]
    return _without_overlaps(kept)


def _title_suffixes(mention: Mention) -> list[str]:
    """"NATO Secretary General" -> ["NATO Secretary General", "Secretary General"]: the titles a later "the ..." may use."""
    if not mention.text.endswith(mention.name):
        return []
    words = [w for w in mention.text[: -len(mention.name)].split() if w.rstrip(".") not in ("Mr", "Ms", "Mrs", "Dr", "Prof")]
    return [" ".join(words[i:]) for i in range(len(words)) if len(words) - i > 1 or words[i] in ROLE_NOUNS]


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def fuller_name(text: str, name: str) -> str:
    """The longest form of ``name`` the article gives: "Ollongren" -> "Kajsa Ollongren"."""
    best = name
    for match in _NAME_RUN.finditer(text):
        words = match.group().split()
        while words and (words[0] in TITLE_WORDS or words[0].rstrip(".") in TITLE_WORDS):
            words.pop(0)
        if words and words[-1] == name.split()[-1] and len(words) > len(best.split()) and len(words) <= 4:
            if not any(word in NOT_NAME_WORDS for word in words):
                best = " ".join(words)
    return best


def _alternation(table: dict[str, str], flags: int) -> re.Pattern | None:
    if not table:
        return None
    choices = "|".join(re.escape(key) for key in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{choices})(?!\w)", flags)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):  # longest first
        if not any(k.start < mention.end and mention.start < k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)
