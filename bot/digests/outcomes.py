"""What the scheduler, the courier and a platform's sender share: a digest due, its tag, the sender's part, and what became of it. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

from ..reply import Reply
from .schedule import Slot

OutcomeStatus = Literal["sent", "skipped", "failed", "disabled", "lost_claim"]


@dataclass(frozen=True)
class DigestTag:
    """What identifies a digest in its channel: the subscription, the channel's local date and when that day began."""

    subscription: int | None
    local_date: dt.date
    day_starts_at: dt.datetime  # UTC
    nonce: str  # one per (platform, channel, local date), at most 25 characters (Discord's limit)


class Sender(Protocol):
    """A platform's part of a digest: post it, and say whether it is already in the channel.

    ``send`` raises ``ChannelGone`` (never again), ``RateLimited`` (nothing
    posted, try later), ``OutcomeUnknown`` (may have been posted) or any other
    error (not posted). ``find_posted`` answers True, False, or None when it
    cannot tell (a missing scope); a sender without it is taken as "cannot tell".
    """

    async def send(self, channel_id: str, reply: Reply, tag: DigestTag) -> None: ...


@dataclass(frozen=True)
class Outcome:
    """What happened to one channel's digest in one pass."""

    platform: str
    channel: str
    local_date: dt.date
    status: OutcomeStatus
    detail: str = ""


class Parcel(NamedTuple):  # a tuple, not a dataclass: a pass makes one per due channel, 100,000 a day at scale
    """One channel's digest due in this pass; ``reply`` None for an empty day with nothing to post."""

    sender: Sender
    platform: str
    channel: str
    slot: Slot
    reply: Reply | None
    tag: DigestTag | None  # None with ``reply``
