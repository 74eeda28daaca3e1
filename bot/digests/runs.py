"""One run of a pass's due digests: its claims, and what became of each so far. Pure: no I/O.

The courier (``delivery.py``) claims a run's digests together, sends them one
by one and records the posted ones together; a ``Run`` keeps the books between
those steps: which claims are posted but not yet recorded, which were lost to
another process, which were never tried, and the outcomes in the run's order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..store import Claim
from .outcomes import Outcome, Parcel

NOTHING_TO_POST = "nothing on this date"


def run_of(parcels: Sequence[Parcel], start: int, sends: int) -> int:
    """Where the run from ``start`` ends: after at most ``sends`` digests to post (empty days do not count)."""
    end, count = start, 0
    while end < len(parcels):
        if parcels[end].reply is not None:
            if count == sends:
                break
            count += 1
        end += 1
    return end


class Run:
    """The books of one run: claims by id, outcomes, posts awaiting their record, leases known lost."""

    def __init__(self, parcels: Sequence[Parcel], claims: list[Claim], fresh_until: dt.datetime):
        self.parcels = parcels
        won = {(c.platform, c.channel): c for c in claims}  # a channel is in a run once
        self._claim_of = [won.get((p.platform, p.channel)) if p.reply is not None else None for p in parcels]
        self.claims = {c.id: c for c in claims}
        self.fresh_until = fresh_until  # until then the leases need no renewal before a send
        self.lost: set[int] = set()
        self.outcomes: dict[int, Outcome] = {}
        self.unrecorded: list[tuple[Claim, str]] = []  # posted, not yet recorded as sent: (claim, detail)
        self.oldest_unrecorded: dt.datetime | None = None
        self.in_flight: Claim | None = None
        self._end = len(parcels)  # parcels from here on are left to the next run

    def to_send(self) -> Iterator[tuple[Parcel, Claim]]:
        """The run's digests to post that this process won, in order."""
        for parcel, claim in zip(self.parcels, self._claim_of):
            if claim is not None:
                yield parcel, claim

    def finish(self, claim: Claim, outcome: Outcome) -> None:
        self.outcomes[claim.id] = outcome
        self.in_flight = None

    def posted(self, claim: Claim, now: dt.datetime, detail: str) -> Outcome:
        """Sent (or found in the channel): to be recorded with the run's other posts."""
        if not self.unrecorded:
            self.oldest_unrecorded = now
        self.unrecorded.append((claim, detail))
        return Outcome(claim.platform, claim.channel, claim.local_date, "sent", detail)

    def recorded(self, details: dict[int, str]) -> None:
        """The posts awaiting their record are done with (recorded, or logged as not recordable)."""
        for claim, _ in self.unrecorded:
            self.outcomes[claim.id] = Outcome(claim.platform, claim.channel, claim.local_date, "sent", details[claim.id])
        self.unrecorded, self.oldest_unrecorded = [], None

    def held(self) -> list[Claim]:
        """Claims whose lease this process still keeps: not lost, and not finished unless a post awaits its record."""
        waiting = {claim.id for claim, _ in self.unrecorded}
        return [c for c in self.claims.values() if c.id not in self.lost and (c.id not in self.outcomes or c.id in waiting)]

    def renewed(self, kept: set[int], fresh_until: dt.datetime) -> None:
        """After a renewal of ``held()``: the claims not ``kept`` have passed to another process (or were finished meanwhile)."""
        self.lost |= {c.id for c in self.held()} - kept
        self.fresh_until = fresh_until

    def untried(self) -> list[Claim]:
        """Claims never sent nor released, in the run's order: what a stopping process gives back."""
        return [c for c in self._claim_of if c is not None and c.id not in self.outcomes and c is not self.in_flight
                and c.id not in self.lost]

    def cut_before(self, claim: Claim) -> None:
        """End the run before this claim's parcel: it and what follows go to the next run."""
        self._end = self._claim_of.index(claim)

    def dealt_with(self) -> int:
        return self._end

    def finished(self) -> Iterator[Outcome]:
        """Every outcome known, in the run's order: empty days skipped, lost claims, and each send's."""
        for p, claim in zip(self.parcels[: self._end], self._claim_of):
            if p.reply is None:
                yield Outcome(p.platform, p.channel, p.slot.local_date, "skipped", NOTHING_TO_POST)
            elif claim is None:
                yield Outcome(p.platform, p.channel, p.slot.local_date, "lost_claim", "another process has it")
            elif claim.id in self.outcomes:
                yield self.outcomes[claim.id]
