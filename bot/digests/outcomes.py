"""What the scheduler, the courier and a platform's sender share: a digest due, its tag (``digest_tag``), the sender's part,
and what became of it. Pure."""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

from ..reply import Reply
from .schedule import Slot, wall_clock_instant, zone_named

OutcomeStatus = Literal["sent", "skipped", "failed", "disabled", "lost_claim"]


@dataclass(frozen=True, slots=True)
class DigestTag:
    """What identifies a digest in its channel: the subscription, the channel's local date and when that day began."""

    subscription: int | None
    local_date: dt.date
    day_starts_at: dt.datetime  # UTC
    nonce: str  # one per (platform, channel, local date), at most 25 characters (Discord's limit)


def digest_tag(platform: str, channel: str, subscription_id: int | None, zone_name: str, slot: Slot) -> DigestTag:
    """The tag a sender posts with and looks for: the same for every process and every try."""
    day_start = _day_start(slot.local_date, zone_name)
    digest = hashlib.sha256(f"cyberbot-digest|{platform}|{channel}|{slot.local_date.isoformat()}".encode()).digest()
    nonce = str(int.from_bytes(digest[:8], "big") >> 1)  # at most 19 digits: a valid Discord nonce
    return DigestTag(subscription_id, slot.local_date, day_start, nonce)


@lru_cache(maxsize=4096)
def _day_start(local_date: dt.date, zone_name: str) -> dt.datetime:
    """Local midnight of ``local_date``, once per date and zone (every channel of a zone shares it)."""
    return wall_clock_instant(local_date, dt.time(0), zone_named(zone_name))


class Sender(Protocol):
    """A platform's part of a digest: post it, and say whether it is already in the channel.

    ``send`` raises ``ChannelGone`` (never again), ``RateLimited`` (nothing
    posted, try later), ``OutcomeUnknown`` (may have been posted) or any other
    error (not posted). ``find_posted`` answers True, False, or None when it
    cannot tell (a missing scope); a sender without it is taken as "cannot tell".
    """

    async def send(self, channel_id: str, reply: Reply, tag: DigestTag) -> None: ...


@dataclass(frozen=True, slots=True)
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
