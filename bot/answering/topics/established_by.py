"""The standing bodies a decision set up: "Establishment of the NATO Integrated Cyber Defence Centre" -> the NICC.

A decision and the body it created are two entries; asked "when did allies agree to set up X", the decision
answers, and its reply names X too, so the body is one click away. A body counts as set up by a decision
agreed on its ``established`` day whose name or summary names it. Built once per knowledge load (``per_load``,
at warm-up): a question pays a dict look-up.
"""

from __future__ import annotations

from ...knowledge.model import Initiative, Pledge
from ..lookup import Lookup
from ..per_load import PerLoad, per_load
from ..search import normalize

_SET_UP = PerLoad("topics.established_by.set_up")
#: Words that ask about the decision itself, not the body it set up.
_DECISION_WORDS = frozenset("decision decided decide agreed agree agreement establishment established establish set setting when date year summit".split())


def initiatives_set_up(lookup: Lookup) -> dict[str, tuple[Initiative, ...]]:
    """Pledge id -> the initiatives that decision set up."""

    def build(lookup: Lookup) -> dict[str, tuple[Initiative, ...]]:
        by_day: dict[str, list] = {}
        for pledge in lookup.knowledge.pledges.values():
            by_day.setdefault(str(pledge.date), []).append(pledge)
        found: dict[str, list[Initiative]] = {}
        for initiative in lookup.knowledge.initiatives.values():
            if initiative.established is None:
                continue
            names = [f" {normalize(n)} " for n in (initiative.name, *initiative.aliases) if len(normalize(n).split()) >= 2]
            for pledge in by_day.get(str(initiative.established), ()):
                text = f" {normalize(pledge.name)} {normalize(pledge.summary)} "
                if any(n in text for n in names):
                    found.setdefault(pledge.id, []).append(initiative)
        return {k: tuple(v) for k, v in found.items()}

    return per_load(_SET_UP, lookup, build)


def itself_not_its_decision(lookup: Lookup, item, text: str):
    """The body a decision set up, where ``text`` names the two alike and does not ask about the decision; else ``item``."""
    if not isinstance(item, Pledge) or not (set_up := initiatives_set_up(lookup).get(item.id)) or not _DECISION_WORDS.isdisjoint(normalize(text).split()):
        return item
    coverage = {h.ref.id: h.coverage for h in lookup.hits(text, ("pledge", "initiative"), limit=5)}
    return next((i for i in set_up if coverage.get(i.id, 0.0) >= coverage.get(item.id, 1.0)), item)


def decision_of(lookup: Lookup, initiative: Initiative):
    """The decision (a pledge entry) that set ``initiative`` up, if the knowledge holds one: "the nicc was decided at
    vilnius" claims something of the decision, not of the centre."""
    return next((lookup.knowledge.pledges[p] for p, set_up in initiatives_set_up(lookup).items() if initiative in set_up), None)
