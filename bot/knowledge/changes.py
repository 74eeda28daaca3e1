"""What a reload would remove, and whether that looks like a torn file.

    change = removals(serving, fresh)
    change.suspicious()   # kinds losing more than a quarter of their entries
    change.lines()        # ["quotes (2 of 34): rutte-x, rutte-y", ...]

A file cut short while it is written is usually still valid YAML that simply
lacks its last entries or sections. A reload is held until an admin confirms
it when it removes more than ``SUSPICIOUS_SHARE`` of any kind, or when the new
knowledge is exactly the served one with entries missing only at the ends of
their sections (nothing added, nothing changed): what a truncated copy looks
like, even when it loses a single entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Knowledge

SUSPICIOUS_SHARE = 0.25
KINDS = ("events", "pledges", "quotes", "people", "initiatives", "sources")
SHOWN_IDS = 20  # per kind in a chat reply; the log names them all


@dataclass(frozen=True)
class Removal:
    """The ids of one kind that the new file no longer has, out of how many served."""

    kind: str
    ids: tuple[str, ...]
    served: int

    @property
    def suspicious(self) -> bool:
        return len(self.ids) > SUSPICIOUS_SHARE * self.served

    def line(self, shown: int | None = None) -> str:
        ids = self.ids if shown is None else self.ids[:shown]
        more = f", … and {len(self.ids) - len(ids)} more" if len(ids) < len(self.ids) else ""
        return f"{self.kind} ({len(self.ids)} of {self.served}): {', '.join(ids)}{more}"


@dataclass(frozen=True)
class Removals:
    """Every kind that loses entries, in a fixed order; empty when nothing is removed."""

    kinds: tuple[Removal, ...] = ()
    cut_short: bool = False  # only the ends of sections are gone, nothing else changed

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def suspicious(self) -> bool:
        return self.cut_short or any(r.suspicious for r in self.kinds)

    def why_suspicious(self) -> str:
        if self.cut_short:
            return "it is the served knowledge with its last entries missing, as a file cut short looks"
        over = ", ".join(r.kind for r in self.kinds if r.suspicious)
        return f"it removes more than a quarter of the {over}"

    def lines(self, shown: int | None = None) -> list[str]:
        return [r.line(shown) for r in self.kinds]

    def summary(self) -> str:
        """ "2 of 34 quotes, 17 of 17 events" """
        return ", ".join(f"{len(r.ids)} of {r.served} {r.kind}" for r in self.kinds)


def removals(serving: Knowledge, fresh: Knowledge) -> Removals:
    """The entries of ``serving`` whose ids ``fresh`` lacks, kind by kind (ids in file order)."""
    found = []
    for kind in KINDS:
        old, new = getattr(serving, kind), getattr(fresh, kind)
        gone = tuple(item_id for item_id in old if item_id not in new)
        if gone:
            found.append(Removal(kind, gone, len(old)))
    return Removals(tuple(found), bool(found) and _only_ends_missing(serving, fresh))


def _only_ends_missing(serving: Knowledge, fresh: Knowledge) -> bool:
    """Each kind of ``fresh`` is a prefix of the served one, entry for entry (the last kept entry may differ)."""
    for kind in KINDS:
        old, new = list(getattr(serving, kind).items()), list(getattr(fresh, kind).items())
        if len(new) > len(old) or [i for i, _ in new] != [i for i, _ in old[: len(new)]]:
            return False
        if new and new[:-1] != old[: len(new) - 1]:
            return False
    return True
